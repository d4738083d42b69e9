import { createAttributeFlow } from './attribute-flow.js';
import { createDeleteUserFlow } from './delete-user-flow.js';
import { createDeviceFlow } from './device-flow.js';
import type { FlowContext } from './flow-context.js';
import { createMfaFlow } from './mfa-flow.js';
import { createPasskeyFlow } from './passkey-flow.js';
import { createPasswordFlow } from './password-flow.js';
import { createSignUpConfirmationFlow } from './sign-up-confirmation-flow.js';

// The flows a first screen does not need, one on-demand chunk for all of them (auth-client.ts loads it on the
// first call, or a form asks for it as it mounts).
export const createAccountFlows = (context: FlowContext) => ({
  ...createSignUpConfirmationFlow(context),
  ...createPasswordFlow(context),
  ...createAttributeFlow(context),
  ...createMfaFlow(context),
  ...createDeviceFlow(context),
  ...createDeleteUserFlow(context),
  ...createPasskeyFlow(context),
});

export type AccountFlows = ReturnType<typeof createAccountFlows>;
