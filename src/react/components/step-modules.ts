// Loaded on demand by load-step-modules.ts.
export { ChallengeStepForm } from './ChallengeStepForm.js';
export { ConfirmSignUpStep } from './ConfirmSignUpStep.js';
export { ForgotPasswordForm } from './ForgotPasswordForm.js';
export { LoginFormStep } from './LoginFormStep.js';
import { passwordlessMessages } from '../passwordless-messages.js';
import { stepMessages as ownStepMessages } from '../step-messages.js';
/** The steps' strings, choice-based sign-in's included. */
export const stepMessages = { ...ownStepMessages, ...passwordlessMessages };
export { readPendingStep } from './pending-step-store.js';
export { keptView } from './kept-view.js';
export { PasswordChecklist } from '../fields/PasswordChecklist.js';
