import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TotpSetup } from '../src/index.js';
import { failWith, hang, mockTotpSecret, resolveWith } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, enterCode, expectAlert } from './support/play.js';
import { ptBR } from './support/pt-BR.js';

/** Setting up an authenticator needs a signed-in user. */
const signedIn = (auth: MockAuthParameters = {}) => mockAuth({ showSession: true, user: { email: demo.email }, ...auth });

const meta = {
  title: 'Forms/TotpSetup',
  component: TotpSetup,
  tags: ['autodocs'],
  args: { issuer: 'Acme', onEnabled: fn() },
  parameters: {
    ...signedIn(),
    docs: {
      description: {
        component:
          'Adds an authenticator app for a signed-in user: a QR code (and the key to type by hand), then the first code; TOTP becomes the preferred MFA.',
      },
    },
  },
} satisfies Meta<typeof TotpSetup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Before setup starts: what it is for and one button; no QR code or code field yet. */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Authenticator app' })).toBeInTheDocument();
    await expect(canvas.getByText(/Add an authenticator app .* as a second step when you sign in\./)).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Set up authenticator app' })).toBeEnabled();
    await expect(canvas.queryByRole('img', { name: 'QR code to scan with your authenticator app' })).not.toBeInTheDocument();
    await expect(canvas.queryByLabelText('Verification code')).not.toBeInTheDocument();
    await expect(canvas.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
  },
};

export const Starting: Story = {
  parameters: signedIn({ scripts: { associateTotp: hang() } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Set up authenticator app' }));
    await expect(await canvas.findByRole('button', { name: 'Starting…' })).toBeDisabled();
  },
};

export const StartFailsOffline: Story = {
  parameters: signedIn({ scripts: { associateTotp: failWith('network') } }),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Set up authenticator app' }));
    await expectAlert(canvasElement, 'Cannot reach the sign-in service.');
  },
};

/** Next step: the QR code to scan, the key to type by hand, the first code. */
export const ScanQrCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Set up authenticator app' }));
    await expect(await canvas.findByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeInTheDocument();
    await expect(canvas.getByText(mockTotpSecret.replace(/(.{4})/g, '$1 ').trim())).toBeInTheDocument();
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription('Enter the 6-digit code from your authenticator app.');
  },
};

export const CodeRequired: Story = {
  play: async (context) => {
    await ScanQrCode.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }));
    await expect(canvas.getByLabelText('Verification code')).toHaveAttribute('aria-invalid', 'true');
  },
};

export const CodeMismatch: Story = {
  parameters: signedIn({ scripts: { verifyTotp: failWith('EnableSoftwareTokenMFAException', { message: 'Code mismatch' }) } }),
  play: async (context) => {
    await ScanQrCode.play!(context);
    await enterCode(context.canvasElement, '000000', 'Verify');
    await expectAlert(context.canvasElement, 'That code is not right.');
  },
};

export const Verifying: Story = {
  parameters: signedIn({ scripts: { verifyTotp: hang() } }),
  play: async (context) => {
    await ScanQrCode.play!(context);
    const canvas = await enterCode(context.canvasElement, '123456', 'Verify');
    await expect(await canvas.findByRole('button', { name: 'Verifying…' })).toBeDisabled();
  },
};

/** Interaction: start → scan → a wrong code → the right one → enabled. */
export const SetUpAuthenticator: Story = {
  parameters: signedIn({
    scripts: { verifyTotp: (_username, _tokens, code) => (code === '123456' ? resolveWith(undefined) : failWith('codeMismatch')) },
  }),
  play: async (context) => {
    await ScanQrCode.play!(context);
    await enterCode(context.canvasElement, '654321', 'Verify');
    await expectAlert(context.canvasElement, 'That code is not right.');
    await enterCode(context.canvasElement, '123 456', 'Verify');
    await expectAlert(context.canvasElement, 'Your authenticator app is set up.', 'status');
    await waitFor(() => expect(context.args.onEnabled).toHaveBeenCalledOnce());
  },
};

export const Portuguese: Story = {
  args: { messages: ptBR },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Configurar app autenticador' }));
    await expect(await canvas.findByRole('img', { name: 'Código QR para escanear com o seu app autenticador' })).toBeInTheDocument();
  },
};
