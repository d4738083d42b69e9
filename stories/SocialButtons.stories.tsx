import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { OAuthErrorCode } from '../src/core/errors.js';
import { AuthCallback, LoginForm, RegisterForm, SocialButtons } from '../src/index.js';
import { mockAuth } from './support/mock-auth.js';

const providers = ['Google', 'SignInWithApple', 'Facebook', 'LoginWithAmazon', { name: 'AcmeSSO', label: 'Acme SSO' }] as const;

const meta = {
  title: 'Forms/SocialButtons',
  component: SocialButtons,
  tags: ['autodocs'],
  args: { providers: [...providers] },
  parameters: {
    ...mockAuth({ oauth: {}, showSession: true }),
    docs: {
      description: {
        component:
          'Sign-in through Cognito\'s managed login: a "Continue with …" button per provider, with the marks of the providers Cognito names and a neutral key for any OIDC or SAML provider. A way back that failed shows here, focused. In these stories the mock answers the redirect at once.',
      },
    },
  },
} satisfies Meta<typeof SocialButtons>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Buttons: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const group = await canvas.findByRole('group', { name: 'Other ways to sign in' });
    for (const name of ['Google', 'Apple', 'Facebook', 'Amazon', 'Acme SSO']) {
      await expect(within(group).getByRole('button', { name: `Continue with ${name}` })).toBeEnabled();
    }
  },
};

/** Pressing a button: the mock provider signs the user in at once (a federated user with the identities claim). */
export const SignsIn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with Google' }));
    await waitFor(() => expect(canvas.getByTestId('session-readout')).toHaveTextContent('signedIn'));
  },
};

/** The way back is being finished (code exchange and checks). */
export const FinishingSignIn: Story = {
  parameters: mockAuth({ oauth: { pending: true } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Signing you in…')).toBeInTheDocument();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Continue with Google' })).toBeDisabled());
  },
};

const failed = (code: OAuthErrorCode, text: RegExp): Story => ({
  parameters: mockAuth({ oauth: { redirectError: code } }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByText(text);
    await waitFor(() => expect(alert).toHaveFocus());
  },
});

/** `error=access_denied`: the user pressed Cancel at the provider. */
export const Declined = failed('oauthDeclined', /You declined/);
/** A state this tab never issued, or already used: possible CSRF, nothing was exchanged. */
export const StateMismatch = failed('oauthStateMismatch', /nothing was signed in/);
/** The code expired, was replayed, or the PKCE verifier did not match. */
export const CodeRejected = failed('oauthCodeRejected', /expired or was already used/);
export const ProviderError = failed('oauthProviderError', /provider reported a problem/);
export const TokenRejected = failed('oauthTokenRejected', /did not pass its checks/);

/** A provider refuses when pressed (here: the user declines). */
export const DeclinedWhenPressed: Story = {
  parameters: mockAuth({ oauth: { result: 'oauthDeclined' } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue with Facebook' }));
    await expect(await canvas.findByText(/You declined/)).toBeInTheDocument();
  },
};

/** Themed through CSS variables, like every form. */
export const Themed: Story = {
  decorators: [
    (Story) => (
      <div style={{ ['--rck-accent' as string]: '#7c3aed', ['--rck-radius' as string]: '999px', ['--rck-gap' as string]: '1rem' }}>
        <Story />
      </div>
    ),
  ],
};

/** `providers` on LoginForm: the buttons under an "or" divider. */
export const OnLoginForm: Story = {
  render: () => <LoginForm providers={['Google', { name: 'AcmeSSO', label: 'Acme SSO' }]} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: 'Continue with Acme SSO' })).toBeInTheDocument();
    await expect(canvas.getByRole('separator')).toHaveTextContent('or');
  },
};

/** `providers` on RegisterForm: signing up through a provider. */
export const OnRegisterForm: Story = {
  render: () => <RegisterForm providers={['SignInWithApple']} />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('button', { name: 'Continue with Apple' })).toBeInTheDocument();
  },
};

/** `<AuthCallback>` on an app-routed callback page, while the way back is finished. */
export const CallbackPending: Story = {
  parameters: mockAuth({ oauth: { pending: true } }),
  render: () => <AuthCallback />,
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Signing you in…')).toBeInTheDocument();
  },
};

/** `<AuthCallback>` after a failed way back: the message, focused, and the app's way back to sign-in. */
export const CallbackFailed: Story = {
  parameters: mockAuth({ oauth: { redirectError: 'oauthStateMismatch' } }),
  render: () => (
    <AuthCallback>
      <a href="#sign-in">Back to sign in</a>
    </AuthCallback>
  ),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByText(/nothing was signed in/);
    await waitFor(() => expect(alert).toHaveFocus());
  },
};
