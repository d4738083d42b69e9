import type { Page } from 'playwright-core';

// Driving the harness's sign-in pages in Chromium by their labels (the steps of the Chromium test in this branch's
// history, test/e2e/managed-login-pages.test.ts, which passed).

/** On the Example IdP's page (after "Continue with Example IdP"): signs in; the browser then goes back to the app. */
export async function signInAtExampleIdp(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.getByRole('heading', { name: 'Example IdP' }).waitFor();
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** On the Example IdP's page: Cancel, which sends the app `error=access_denied`. */
export async function cancelAtExampleIdp(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Example IdP' }).waitFor();
  await page.getByRole('button', { name: 'Cancel' }).click();
}

/** On the managed login page (no provider chosen): a pool user's email and password. */
export async function signInAtManagedLogin(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
