// Loaded on demand by load-step-modules.ts.
export { ChallengeStepForm } from './ChallengeStepForm.js';
export { ConfirmSignUpStep } from './ConfirmSignUpStep.js';
export { ForgotPasswordForm } from './ForgotPasswordForm.js';
export { LoginFormStep } from './LoginFormStep.js';
export { stepMessages } from '../step-messages.js';
export { readPendingStep } from './pending-step-store.js';
export { PasswordChecklist } from '../fields/PasswordChecklist.js';
