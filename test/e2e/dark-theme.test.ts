import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthProvider, DeleteAccount, LoginForm, SignOutEverywhere, TextField } from '../../src/index';
import { ar } from '../../src/locales/ar/index';
import { launchChromium } from '../e2e-support/chromium';
import { axeViolations } from '../e2e-support/demo';

// The kit's light and dark themes in Chromium's real cascade, with axe's colour-contrast rule (jsdom cannot run it):
// the forms as the server renders them (the Authenticator card, a field in error, the account sections), no JS.
// RCK_SCREENSHOTS=1 also writes the README's pictures to stories/assets/.

const kitCss = readFileSync(join(__dirname, '../../src/styles.css'), 'utf8');
const config = { userPoolId: 'eu-west-1_AbC123xyZ', clientId: 'client', storage: 'memory' as const };
const inProvider = (...children: ReactElement[]) => renderToString(createElement(AuthProvider, { config }, ...children));

const card = inProvider(
  createElement('div', { className: 'rck-card' }, createElement(LoginForm, { onRegisterClick: () => {}, onForgotPasswordClick: () => {} })),
);
const states = inProvider(
  createElement(
    'div',
    { className: 'rck-settings' },
    createElement('form', { className: 'rck-form', 'aria-label': 'Code' }, createElement(TextField, { label: 'Verification code', name: 'code', error: 'That code is not right. Check the latest email and try again.' })),
    createElement(SignOutEverywhere),
    createElement(DeleteAccount),
  ),
);

// The Arabic pack on a right-to-left page: the kit's CSS uses logical properties only, so the form mirrors.
const arabicCard = renderToString(
  createElement(
    AuthProvider,
    { config, messages: ar },
    createElement('div', { className: 'rck-card' }, createElement(LoginForm, { onRegisterClick: () => {}, onForgotPasswordClick: () => {} })),
  ),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function themed(colorScheme: 'light' | 'dark', { theme, width = 1280 }: { theme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const pageBackground = (theme ?? colorScheme) === 'dark' ? '#0b0f17' : '#f3f4f6';
  await page.setContent(
    `<!doctype html><html lang="en"${theme ? ` data-theme="${theme}"` : ''}><head><title>Kit</title><style>${kitCss}</style>` +
      `<style>body{margin:0;padding:1px 0;font-family:system-ui,sans-serif;background:${pageBackground}}</style></head>` +
      `<body><main>${card}<div style="max-width:40rem;margin:1rem auto">${states}</div></main></body></html>`,
  );
  return page;
}

const primaryButton = (page: Page) => page.locator('.rck-card .rck-button[data-variant="primary"]').evaluate((b) => getComputedStyle(b).backgroundColor);

describe('light and dark themes', () => {
  it('follow prefers-color-scheme, and pass axe (contrast included) in both', async () => {
    const light = await themed('light');
    const dark = await themed('dark');
    try {
      expect(await primaryButton(light)).toBe('rgb(29, 78, 216)');
      expect(await primaryButton(dark)).toBe('rgb(147, 197, 253)');
      const surface = (page: Page) => page.locator('.rck-card').evaluate((c) => getComputedStyle(c).backgroundColor);
      expect(await surface(dark)).not.toBe(await surface(light));
      expect(await axeViolations(light)).toEqual([]);
      expect(await axeViolations(dark)).toEqual([]);
      if (process.env.RCK_SCREENSHOTS) await light.locator('.rck-card').screenshot({ path: join(__dirname, '../../stories/assets/authenticator-light.png') });
    } finally {
      await light.close();
      await dark.close();
    }
  });

  it('data-theme pins one against the system, at 390 px too', async () => {
    const pinnedDark = await themed('light', { theme: 'dark', width: 390 });
    const pinnedLight = await themed('dark', { theme: 'light' });
    try {
      expect(await primaryButton(pinnedDark)).toBe('rgb(147, 197, 253)');
      expect(await primaryButton(pinnedLight)).toBe('rgb(29, 78, 216)');
      expect(await axeViolations(pinnedDark)).toEqual([]);
      // The card fills a phone's width: no horizontal scrolling.
      expect(await pinnedDark.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      if (process.env.RCK_SCREENSHOTS) await pinnedDark.screenshot({ path: join(__dirname, '../../stories/assets/authenticator-dark-390.png'), fullPage: false, clip: { x: 0, y: 0, width: 390, height: 560 } });
    } finally {
      await pinnedDark.close();
      await pinnedLight.close();
    }
  });

  it('the show-password toggle sits inside the field: the input keeps nearly the whole width', async () => {
    const page = await themed('light', { width: 390 });
    try {
      const input = await page.locator('.rck-card input[name="password"]').boundingBox();
      const toggle = await page.getByRole('button', { name: 'Show password' }).boundingBox();
      expect(toggle!.x).toBeGreaterThan(input!.x);
      expect(toggle!.x + toggle!.width).toBeLessThanOrEqual(input!.x + input!.width + 0.5);
      expect(input!.width).toBeGreaterThan(300);
    } finally {
      await page.close();
    }
  });

  it('right to left (the Arabic pack, dir="rtl" on the page): the form mirrors, the toggle sits at the inline end, axe passes', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
    try {
      await page.setContent(
        `<!doctype html><html lang="ar" dir="rtl"><head><title>Kit</title><style>${kitCss}</style></head>` +
          `<body style="margin:0;font-family:system-ui,sans-serif"><main>${arabicCard}</main></body></html>`,
      );
      const form = page.getByRole('form', { name: ar.signInTitle });
      await expect(form.evaluate((f) => getComputedStyle(f).direction)).resolves.toBe('rtl');
      const input = (await page.locator('.rck-card input[name="password"]').boundingBox())!;
      const toggle = (await page.getByRole('button', { name: ar.showPassword }).boundingBox())!;
      // Inside the field, on its left: the inline end of a right-to-left line.
      expect(toggle.x).toBeGreaterThanOrEqual(input.x - 0.5);
      expect(toggle.x + toggle.width / 2).toBeLessThan(input.x + input.width / 2);
      // Labels start at the right edge, as the text does.
      const label = (await page.getByText(ar.passwordLabel, { exact: true }).boundingBox())!;
      expect(Math.abs(label.x + label.width - (input.x + input.width))).toBeLessThan(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

