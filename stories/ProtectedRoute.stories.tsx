import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { ProtectedRoute, useSession, useSignOut } from '../src/index.js';
import { failWith, hang } from '../src/testing/index.js';
import { mockAuth } from './support/mock-auth.js';
import { demo, fillSignIn } from './support/play.js';

/** What an app puts behind the route. */
function Dashboard() {
  const { user, groups } = useSession();
  const signOut = useSignOut();
  return (
    <section aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">Dashboard</h2>
      <p>
        Welcome, {user?.email}
        {groups.length ? ` (${groups.join(', ')})` : ''}.
      </p>
      <button type="button" className="rck-button" onClick={() => signOut.mutate()}>
        Sign out
      </button>
    </section>
  );
}

const meta = {
  title: 'Access/ProtectedRoute',
  component: ProtectedRoute,
  tags: ['autodocs'],
  args: { children: <Dashboard /> },
  argTypes: { children: { control: false }, fallback: { control: false }, forbidden: { control: false }, loading: { control: false } },
  parameters: {
    ...mockAuth({ showSession: true }),
    docs: {
      description: {
        component:
          'Shows its children to a signed-in user (optionally only in some Cognito `groups`); else the `fallback` (default: a LoginForm), a "forbidden" section, or a polite loading status while a stored session is restored.',
      },
    },
  },
} satisfies Meta<typeof ProtectedRoute>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed out: the default fallback is a sign-in form. */
export const SignedOut: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Dashboard' })).not.toBeInTheDocument();
  },
};

/** Signed out with a custom `fallback`: it replaces the default sign-in form. */
export const SignedOutWithFallback: Story = {
  args: { fallback: <p>Please sign in to see your dashboard.</p> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Please sign in to see your dashboard.')).toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Dashboard' })).not.toBeInTheDocument();
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedOut');
  },
};

export const SignedOutRedirects: Story = {
  args: { onSignedOut: fn() },
  play: async ({ args }) => {
    await waitFor(() => expect(args.onSignedOut).toHaveBeenCalled());
  },
};

/** Restoring a stored session whose tokens expired while the app was closed: the refresh is under way. */
export const Loading: Story = {
  parameters: mockAuth({ showSession: true, user: { ...demo, expiresIn: -60 }, scripts: { refresh: hang() } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent('Checking your session…');
  },
};

/** A custom `loading` replaces the default status; neither the page nor a sign-in form shows meanwhile. */
export const LoadingCustom: Story = {
  ...Loading,
  args: { loading: <p role="status">Loading your workspace…</p> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading your workspace…');
    await expect(canvas.queryByText('Checking your session…')).not.toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Dashboard' })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Sign in' })).not.toBeInTheDocument();
  },
};

export const SignedIn: Story = {
  parameters: mockAuth({ showSession: true, user: { email: demo.email } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    await expect(canvas.getByText('Welcome, ada@example.com.')).toBeInTheDocument();
  },
};

export const InRequiredGroup: Story = {
  args: { groups: ['admin'] },
  parameters: mockAuth({ showSession: true, user: { email: demo.email, groups: ['admin'] } }),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
  },
};

/** Signed in, but not in any of `groups`. */
export const WrongGroup: Story = {
  args: { groups: ['admin'] },
  parameters: mockAuth({ showSession: true, user: { email: 'bob@example.com', groups: ['staff'] } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Dashboard' })).not.toBeInTheDocument();
  },
};

/** Signed in outside `groups` with a custom `forbidden`: it replaces the default section; the page stays hidden. */
export const WrongGroupCustom: Story = {
  ...WrongGroup,
  args: { groups: ['admin'], forbidden: <p>Only admins can open the billing page. Ask an admin for access.</p> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Only admins can open the billing page. Ask an admin for access.')).toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Dashboard' })).not.toBeInTheDocument();
    await expect(canvas.queryByRole('heading', { name: 'Access denied' })).not.toBeInTheDocument();
    // Signed in, so it is the groups check that keeps the page hidden, not a missing session.
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: signedIn · bob@example.com · groups: staff');
  },
};

/**
 * The tokens run out while Cognito cannot be reached: the session is kept (status `offline`, retried with
 * backoff), never dropped for a network error. Here the tokens live 2 s, so it turns offline after ~2 s.
 */
export const OfflineKeepsSession: Story = {
  parameters: mockAuth({ showSession: true, user: { ...demo, expiresIn: 2 }, scripts: { refresh: failWith('network') } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId('session-readout')).toHaveTextContent('Session: offline · ada@example.com'), {
      timeout: 5000,
    });
    await expect(canvas.getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
  },
};

/** The refresh token was revoked (signed out everywhere): back to the sign-in form, reason `revoked`. */
export const SessionRevoked: Story = {
  parameters: mockAuth({ showSession: true, user: { ...demo, expiresIn: -60 }, scripts: { refresh: failWith('sessionRevoked') } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await expect(canvas.getByTestId('session-readout')).toHaveTextContent('reason: revoked');
  },
};

/** Interaction: signed out → sign in as an admin → the page. */
export const SignInToContinue: Story = {
  args: { groups: ['admin'] },
  parameters: mockAuth({ showSession: true, users: [{ email: demo.email, groups: ['admin'] }] }),
  play: async ({ canvasElement }) => {
    const canvas = await fillSignIn(canvasElement, { ...demo, submit: true });
    await expect(await canvas.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    await expect(canvas.getByText('Welcome, ada@example.com (admin).')).toBeInTheDocument();
  },
};
