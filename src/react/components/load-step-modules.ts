import { loadAccountFlows } from '../../core/auth-client.js';
import { onDemand } from '../../core/on-demand.js';
import type * as StepModuleExports from './step-modules.js';

// The steps most visits never reach (MFA, a new password, confirming an account, a required reset) are one
// chunk apart from the forms: a page shows the sign-in and sign-up forms without them. A form fetches the chunk
// when Cognito's answer asks for one of these steps (RegisterForm as it submits), and shows the step once it is here.
export type StepModules = typeof StepModuleExports;

// Confirming an account and a reset send through the client's account flows, a chunk of their own: asked for
// alongside, so pressing "Confirm" waits for neither.
export const loadStepModules: () => Promise<StepModules> = onDemand(() => {
  loadAccountFlows().catch(() => undefined);
  return import('./step-modules.js');
});
