import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MfaSettings } from '../src/index.js';
import { failWith, hang, resolveWith } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';
import { ptBR } from './support/pt-BR.js';

const signedIn = (auth: MockAuthParameters = {}) => mockAuth({ showSession: true, user: { email: demo.email }, ...auth });

const meta = {
  title: 'Forms/MfaSettings',
  component: MfaSettings,
  tags: ['autodocs'],
  args: { issuer: 'Acme' },
  parameters: {
    ...signedIn(),
    docs: { description: { component: "The signed-in user's two-step verification: each factor on or off, which one is asked for first." } },
  },
} satisfies Meta<typeof MfaSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = (canvasElement: HTMLElement, label: string) => within(canvasElement).getByText(label, { selector: '.rck-label' }).closest('li')!;

export const Loading: Story = {
  parameters: signedIn({ scripts: { getMfaPreference: hang() } }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Checking your session…')).toBeInTheDocument();
    await expect(within(canvasElement).queryByRole('list')).not.toBeInTheDocument();
  },
};

/** No factor on yet. */
export const NoneOn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('list')).toBeInTheDocument();
    await expect(row(canvasElement, 'Authenticator app')).toHaveTextContent('Off');
    await expect(row(canvasElement, 'Email')).toHaveTextContent('Off');
    await expect(canvas.getByRole('button', { name: 'Turn on email' })).toBeEnabled();
  },
};

/** Both on, the app asked for first. */
export const BothOnTotpPreferred: Story = {
  parameters: signedIn({ scripts: { getMfaPreference: resolveWith({ enabled: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'], preferred: 'SOFTWARE_TOKEN_MFA' }) } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('list');
    await expect(row(canvasElement, 'Authenticator app')).toHaveTextContent('On · Asked first');
    await expect(canvas.getByRole('button', { name: 'Ask for email first' })).toBeEnabled();
  },
};

/** Interaction: turn email on; it is saved and shown on. */
export const TurnOnEmail: Story = {
  play: async (context) => {
    await NoneOn.play!(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Turn on email' }));
    await expectAlert(context.canvasElement, 'Your two-step verification settings are saved.', 'status');
    await waitFor(() => expect(row(context.canvasElement, 'Email')).toHaveTextContent('On'));
    // The pressed button was disabled while saving: focus is back on the section, not lost to <body>.
    await expect(within(context.canvasElement).getByRole('heading', { level: 2 })).toHaveFocus();
  },
};

export const Saving: Story = {
  parameters: signedIn({ scripts: { setMfaPreference: hang() } }),
  play: async (context) => {
    await NoneOn.play!(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Turn on email' }));
    await expectAlert(context.canvasElement, 'Saving…', 'status');
  },
};

/** The settings cannot be loaded (offline): said, with a way to try again. */
export const LoadFailsOffline: Story = {
  parameters: signedIn({ scripts: { getMfaPreference: failWith('network') } }),
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, 'Cannot reach the sign-in service.');
    await expect(within(canvasElement).getByRole('button', { name: 'Try again' })).toBeEnabled();
    await expect(within(canvasElement).queryByRole('list')).not.toBeInTheDocument();
  },
};

export const SaveFails: Story = {
  parameters: signedIn({ scripts: { setMfaPreference: failWith('network') } }),
  play: async (context) => {
    await NoneOn.play!(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Turn on email' }));
    await expectAlert(context.canvasElement, 'Cannot reach the sign-in service.');
    await expect(within(context.canvasElement).getByRole('alert')).toHaveFocus();
  },
};

/** Turning on the authenticator app opens its set-up. */
export const TurnOnAuthenticator: Story = {
  play: async (context) => {
    await NoneOn.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Turn on authenticator app' }));
    await expect(await canvas.findByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument();
  },
};

export const Portuguese: Story = {
  args: { messages: ptBR },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('list')).toBeInTheDocument();
  },
};
