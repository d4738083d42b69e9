import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DeviceList } from '../src/index.js';
import { failWith, hang, mockDevices, resolveWith } from '../src/testing/index.js';
import { mockAuth, type MockAuthParameters } from './support/mock-auth.js';
import { demo, expectAlert } from './support/play.js';

/** The devices of a signed-in user. */
const signedIn = (auth: MockAuthParameters = {}) => mockAuth({ user: { email: demo.email }, ...auth });

const meta = {
  title: 'Account/DeviceList',
  component: DeviceList,
  tags: ['autodocs'],
  args: { onForgotten: fn() },
  parameters: {
    ...signedIn(),
    docs: {
      description: {
        component:
          'The devices Cognito remembers for the user (pools with device tracking): this device marked, when each was last used, and Forget with a confirmation. A forgotten device is asked for an MFA code again.',
      },
    },
  },
} satisfies Meta<typeof DeviceList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Loading: Story = {
  parameters: signedIn({ scripts: { listDevices: hang() } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Loading your devices…')).toBeInTheDocument();
    await expect(canvas.queryByRole('list')).not.toBeInTheDocument();
  },
};

/** This browser (remembered) and a phone that is only tracked. */
export const List: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list', { name: 'Your devices' });
    const [mine, phone] = within(list).getAllByRole('listitem');
    await expect(mine).toHaveTextContent(`${mockDevices[0]?.name} (This device)`);
    await expect(mine).toHaveTextContent('Remembered: no code needed when signing in');
    await expect(mine).toHaveTextContent(/Last used/);
    await expect(phone).toHaveTextContent('Not remembered');
    await expect(within(phone!).getByRole('button', { name: `Forget ${mockDevices[1]?.name}` })).toBeEnabled();
  },
};

/**
 * This browser is tracked but not remembered (a pool with `rememberDevice: 'ask'` that asked no MFA code): it can be
 * remembered from here; the result is announced and focus goes back to the heading.
 */
export const RememberThisDevice: Story = {
  parameters: signedIn({
    scripts: { listDevices: resolveWith({ devices: [{ ...mockDevices[0]!, remembered: false }], currentDeviceKey: mockDevices[0]!.deviceKey }) },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const mine = await canvas.findByRole('listitem');
    await expect(mine).toHaveTextContent('Not remembered');
    await expect(within(canvasElement).queryByRole('button', { name: 'Remember this device' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Remember this device' }));
    await expectAlert(canvasElement, 'This device is remembered: no code will be asked for here when you sign in.', 'status');
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Your devices' })).toHaveFocus());
  },
};

export const Empty: Story = {
  parameters: signedIn({ scripts: { listDevices: resolveWith({ devices: [] }) } }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No devices are remembered for your account.')).toBeInTheDocument();
  },
};

export const LoadFailsOffline: Story = {
  parameters: signedIn({ scripts: { listDevices: failWith('network') } }),
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, 'Cannot reach the sign-in service.');
    await expect(within(canvasElement).getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

/** Forget asks first; the question has the focus. */
export const ConfirmForget: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: `Forget ${mockDevices[1]?.name}` }));
    await expect(canvas.getByRole('group', { name: /^Forget Safari on iPhone\?/ })).toBeInTheDocument();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Forget device' })).toHaveFocus());
  },
};

export const Forgetting: Story = {
  parameters: signedIn({ scripts: { forgetDevice: hang() } }),
  play: async (context) => {
    await ConfirmForget.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Forget device' }));
    await expect(await canvas.findByRole('button', { name: 'Forgetting…' })).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  },
};

export const Forgotten: Story = {
  play: async (context) => {
    await ConfirmForget.play!(context);
    const canvas = within(context.canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Forget device' }));
    await expectAlert(context.canvasElement, 'Safari on iPhone is forgotten.', 'status');
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(1));
    await expect(canvas.getByRole('heading', { name: 'Your devices' })).toHaveFocus();
    await waitFor(() => expect(context.args.onForgotten).toHaveBeenCalledOnce());
  },
};

export const ForgetFails: Story = {
  parameters: signedIn({ scripts: { forgetDevice: failWith('network') } }),
  play: async (context) => {
    await ConfirmForget.play!(context);
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Forget device' }));
    await expectAlert(context.canvasElement, 'Cannot reach the sign-in service.');
  },
};
