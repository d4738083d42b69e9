// Loaded on demand by load-step-modules.ts.
export { ChallengeStepForm } from './ChallengeStepForm.js';
export { ConfirmSignUpStep } from './ConfirmSignUpStep.js';
export { ForgotPasswordForm } from './ForgotPasswordForm.js';
export { LoginFormStep } from './LoginFormStep.js';
import type { FieldMessages } from '../field-messages.js';
import { passwordlessMessages } from '../passwordless-messages.js';
import { stepMessages as ownStepMessages } from '../step-messages.js';
// The code step names the identifier as the sign-in field did. field-messages.ts's English, written again: imported,
// that module would become a chunk of its own, whose name the first load carries for this chunk's preload.
const identifierLabels: Pick<FieldMessages, 'phoneLabel' | 'usernameLabel'> = { phoneLabel: 'Phone number', usernameLabel: 'Username' };
/** The steps' strings, choice-based sign-in's included. */
export const stepMessages = { ...ownStepMessages, ...passwordlessMessages, ...identifierLabels };
export { readPendingStep } from './pending-step-store.js';
export { keptView } from './kept-view.js';
export { PasswordChecklist } from '../fields/PasswordChecklist.js';
