import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/locales/ar/index';
import * as ChangePasswordStories from '../../stories/ChangePasswordForm.stories';
import * as DeviceListStories from '../../stories/DeviceList.stories';
import * as ForgotPasswordStories from '../../stories/ForgotPasswordForm.stories';
import * as LoginStories from '../../stories/LoginForm.stories';
import * as RegisterStories from '../../stories/RegisterForm.stories';

// The toolbar's Arabic locale, as a reader switching to it would see the stories: the wrapper (the app's page)
// right to left, every string from the pack, and axe still clean. Rendered without their English play functions.
const arabic = { initialGlobals: { theme: 'light', locale: 'ar', direction: 'auto' } };

const stories = [
  ['LoginForm', composeStories(LoginStories, arabic).Empty, ar.signInTitle],
  ['RegisterForm', composeStories(RegisterStories, arabic).Empty, ar.registerTitle],
  ['ForgotPasswordForm', composeStories(ForgotPasswordStories, arabic).Empty, ar.forgotPasswordTitle],
  ['ChangePasswordForm', composeStories(ChangePasswordStories, arabic).Empty, ar.changePasswordTitle],
  ['DeviceList', composeStories(DeviceListStories, arabic).List, ar.devicesTitle],
] as const;

async function violations() {
  axe.reset();
  axe.configure({ rules: [{ id: 'region', enabled: false }, { id: 'color-contrast', enabled: false }] });
  const results = await axe.run(document.body, { resultTypes: ['violations'] });
  return results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.html) }));
}

describe('stories in Arabic (right to left)', () => {
  it.each(stories)('%s renders right to left in Arabic and passes axe', async (_name, Story, title) => {
    const { container } = render(<Story />);
    await screen.findByRole('heading', { name: title });
    const page = container.querySelector('.sb-kit-canvas');
    expect(page).toHaveAttribute('dir', 'rtl');
    expect(page).toHaveAttribute('lang', 'ar');
    expect(await violations()).toEqual([]);
  });
});
