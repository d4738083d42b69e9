import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LoginForm } from '../src/index.js';
import { failWith, hang, mockTotpSecret, resolveWith } from '../src/testing/index.js';
import { mockAuth } from './support/mock-auth.js';
import { demo, enterCode, expectAlert, fillSignIn } from './support/play.js';

const meta = {
  title: 'Forms/LoginForm/MFA',
  component: LoginForm,
  tags: ['autodocs'],
  args: { onSignedIn: fn(), onNextStep: fn() },
  parameters: {
    ...mockAuth({ showSession: true }),
    docs: {
      description: {
        component:
          'Email MFA (a code Cognito emails) and MFA set-up during sign-in, when the pool requires MFA and the user has none: choose an authenticator app or email, then finish the sign-in. Nothing is left to `onNextStep`.',
      },
    },
  },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const emailMfa = { step: 'emailMfa', delivery: { destination: 'a***@e***', medium: 'EMAIL' } } as const;

/** Email MFA: where the code went, and a way to get a new one. */
export const EmailCode: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith(emailMfa) } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByLabelText('Verification code')).toHaveAccessibleDescription('Enter the code we emailed to a***@e***.');
    await expect(canvas.getByRole('button', { name: 'Send a new code' })).toBeEnabled();
  },
};

export const EmailCodeMismatch: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith(emailMfa), answerChallenge: failWith('codeMismatch') } }),
  play: async (context) => {
    await EmailCode.play!(context);
    await enterCode(context.canvasElement, '000000', 'Verify');
    await expectAlert(context.canvasElement, 'That code is not right.');
  },
};

/** "Send a new code" signs in again (Cognito has no resend): the same step, with a note that a code is coming. */
export const EmailCodeResent: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith(emailMfa) } }),
  play: async (context) => {
    await EmailCode.play!(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Send a new code' }));
    await expectAlert(context.canvasElement, 'A new code is on its way to a***@e***.', 'status');
  },
};

export const EmailCodeResending: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith(emailMfa), answerChallenge: hang() } }),
  play: async (context) => {
    await EmailCode.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send a new code' }));
    await expect(await canvas.findByRole('button', { name: 'Sending…' })).toBeDisabled();
  },
};

/** Interaction: the emailed code signs in. */
export const SignInWithEmailCode: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith(emailMfa) } }),
  play: async (context) => {
    await EmailCode.play!(context);
    await enterCode(context.canvasElement, '123456', 'Verify');
    await waitFor(() => expect(context.args.onSignedIn).toHaveBeenCalledOnce());
  },
};

/** With email among the user's factors, the choice offers it. */
export const SelectMfaWithEmail: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: {
      signIn: resolveWith({ step: 'selectMfa', options: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] }),
      answerChallenge: (answer) => (answer.kind === 'selectMfa' && answer.mfa === 'EMAIL_OTP' ? resolveWith(emailMfa) : resolveWith({ step: 'totpMfa' })),
    },
  }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    const group = await canvas.findByRole('group', { name: 'How do you want to get your code?' });
    await userEvent.click(within(group).getByRole('radio', { name: 'Email' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByLabelText('Verification code')).toHaveAccessibleDescription('Enter the code we emailed to a***@e***.');
  },
};

/** MFA set-up at sign-in: the pool requires MFA, the user has none; both factors offered. */
export const ChooseFactorToSetUp: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith({ step: 'mfaSetup', options: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] }) } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('heading', { name: 'Set up two-step verification' })).toBeInTheDocument();
    const group = canvas.getByRole('group', { name: 'How do you want to get your codes?' });
    await expect(within(group).getByRole('radio', { name: 'Authenticator app' })).toBeChecked();
    await expect(within(group).getByRole('radio', { name: 'Email' })).not.toBeChecked();
  },
};

/** TOTP set-up at sign-in: QR code and key, then the first code. */
export const TotpSetUpAtSignIn: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith({ step: 'totpSetup', secret: mockTotpSecret }) } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeInTheDocument();
    await expect(canvas.getByText(mockTotpSecret.replace(/(.{4})/g, '$1 ').trim())).toBeInTheDocument();
    await expect(canvas.getByLabelText('Verification code')).toHaveAccessibleDescription('Enter the 6-digit code from your authenticator app.');
  },
};

export const TotpSetUpCodeMismatch: Story = {
  parameters: mockAuth({
    showSession: true,
    scripts: { signIn: resolveWith({ step: 'totpSetup', secret: mockTotpSecret }), answerChallenge: failWith('EnableSoftwareTokenMFAException', { message: 'Code mismatch' }) },
  }),
  play: async (context) => {
    await TotpSetUpAtSignIn.play!(context);
    await enterCode(context.canvasElement, '000000', 'Verify');
    await expectAlert(context.canvasElement, 'That code is not right.');
  },
};

/** Interaction: choose the authenticator app, scan, the first code signs in (the mock's default answers). */
export const SetUpTotpAndSignIn: Story = {
  parameters: ChooseFactorToSetUp.parameters,
  play: async (context) => {
    await ChooseFactorToSetUp.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeInTheDocument();
    await enterCode(context.canvasElement, '123456', 'Verify');
    await waitFor(() => expect(context.args.onSignedIn).toHaveBeenCalledOnce());
  },
};

/** Email set-up at sign-in: the address, prefilled with the sign-in email. */
export const EmailSetUpAtSignIn: Story = {
  parameters: mockAuth({ showSession: true, scripts: { signIn: resolveWith({ step: 'emailSetup' }) } }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('heading', { name: 'Codes by email' })).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveValue(demo.email);
  },
};

export const EmailSetUpAddressRequired: Story = {
  parameters: EmailSetUpAtSignIn.parameters,
  play: async (context) => {
    await EmailSetUpAtSignIn.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Email' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: 'Email' })).toHaveFocus();
  },
};

/** Interaction: choose email, keep the address, the emailed code signs in. */
export const SetUpEmailAndSignIn: Story = {
  parameters: ChooseFactorToSetUp.parameters,
  play: async (context) => {
    await ChooseFactorToSetUp.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Email' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Send code' }));
    await expect(await canvas.findByLabelText('Verification code')).toHaveAccessibleDescription('Enter the code we emailed to a***@e***.');
    await enterCode(context.canvasElement, '123456', 'Verify');
    await waitFor(() => expect(context.args.onSignedIn).toHaveBeenCalledOnce());
  },
};
