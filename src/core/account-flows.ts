import { createAttributeFlow } from './attribute-flow.js';
import { AuthError } from './errors.js';
import { createDeleteUserFlow } from './delete-user-flow.js';
import { createDeviceFlow } from './device-flow.js';
import type { FlowContext } from './flow-context.js';
import { createMfaFlow } from './mfa-flow.js';
import { createPasskeyFlow } from './passkey-flow.js';
import { createPasswordFlow } from './password-flow.js';
import { createSignUpConfirmationFlow } from './sign-up-confirmation-flow.js';

// The flows a first screen does not need, one on-demand chunk for all of them (auth-client.ts loads it on the
// first call, or a form asks for it as it mounts).
const accountFlows = (context: FlowContext) => ({
  ...createSignUpConfirmationFlow(context),
  ...createPasswordFlow(context),
  ...createAttributeFlow(context),
  ...createMfaFlow(context),
  ...createDeviceFlow(context),
  ...createDeleteUserFlow(context),
  ...createPasskeyFlow(context),
});

export type AccountFlows = ReturnType<typeof accountFlows>;

type Method = (...args: never[]) => Promise<unknown>;

/**
 * The flows by name, as the client reaches them (it has no list of them: auth-client.ts). A name that is none of
 * them (a typo, a method of a later version) rejects saying so, where it would have thrown "… is not a function".
 */
export function createAccountFlows(context: FlowContext): (name: string) => Method {
  const flows: Record<string, Method> = accountFlows(context);
  return (name) =>
    Object.hasOwn(flows, name)
      ? (flows[name] as Method)
      : () => Promise.reject(new AuthError('invalidConfig', `react-cognito-kit: the client has no method ${name}(). Check the name against AuthClient.`));
}
