// Loaded on demand by load-step-modules.ts.
export { ChallengeStepForm } from './ChallengeStepForm.js';
export { ConfirmSignUpStep } from './ConfirmSignUpStep.js';
export { ForgotPasswordForm } from './ForgotPasswordForm.js';
export { LoginFormStep } from './LoginFormStep.js';
import { fieldMessages } from '../field-messages.js';
import { passwordlessMessages } from '../passwordless-messages.js';
import { stepMessages as ownStepMessages } from '../step-messages.js';
// The code step names the identifier as the sign-in field did ("Phone number", "Username").
const { phoneLabel, usernameLabel } = fieldMessages;
/** The steps' strings, choice-based sign-in's included. */
export const stepMessages = { ...ownStepMessages, ...passwordlessMessages, phoneLabel, usernameLabel };
export { readPendingStep } from './pending-step-store.js';
export { keptView } from './kept-view.js';
export { PasswordChecklist } from '../fields/PasswordChecklist.js';
