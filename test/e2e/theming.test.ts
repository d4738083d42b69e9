import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e-support/chromium';

// Real CSS cascade in Chromium: the kit's stylesheet and an app's theme, in both orders.
const kitCss = readFileSync(join(__dirname, '../../src/styles.css'), 'utf8');
const markup = `<div class="theme"><form class="rck-form"><input class="rck-input" aria-invalid="true">
  <button class="rck-button" data-variant="primary">Sign in</button></form></div>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function styles(css: string[]) {
  const page = await browser.newPage();
  await page.setContent(`<style>${css.join('</style><style>')}</style>${markup}`);
  const result = await page.evaluate(() => ({
    button: getComputedStyle(document.querySelector('.rck-button')!).backgroundColor,
    radius: getComputedStyle(document.querySelector('.rck-input')!).borderTopLeftRadius,
    invalid: getComputedStyle(document.querySelector('.rck-input')!).borderTopColor,
  }));
  await page.close();
  return result;
}

describe('theming through CSS variables', () => {
  it('has working defaults', async () => {
    expect(await styles([kitCss])).toEqual({ button: 'rgb(29, 78, 216)', radius: '6px', invalid: 'rgb(185, 28, 28)' });
  });

  it.each([
    ['on :root, after the kit', (theme: string) => [kitCss, `:root { ${theme} }`]],
    ['on :root, before the kit', (theme: string) => [`:root { ${theme} }`, kitCss]],
    ['on an ancestor', (theme: string) => [kitCss, `.theme { ${theme} }`]],
    ['on the form itself', (theme: string) => [kitCss, `.rck-form { ${theme} }`]],
  ])('an override %s wins', async (_where, sheets) => {
    const theme = '--rck-accent: rgb(124, 58, 237); --rck-radius: 12px; --rck-danger: rgb(1, 2, 3);';
    expect(await styles(sheets(theme))).toEqual({ button: 'rgb(124, 58, 237)', radius: '12px', invalid: 'rgb(1, 2, 3)' });
  });
});

describe('the empty alert', () => {
  it('is out of sight but stays in the accessibility tree, so its first message is announced', async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<style>${kitCss}</style><form class="rck-form"><div class="rck-alert" data-tone="error" data-empty="" role="alert" aria-live="assertive">` +
        `</div><button class="rck-button">Sign in</button></form>`,
    );
    const alert = page.locator('.rck-alert');
    const box = await alert.boundingBox();
    expect(box, 'laid out (display: none has no box and no accessibility node)').not.toBeNull();
    expect(box!.width * box!.height).toBeLessThanOrEqual(1);
    // Chromium's accessibility tree (what screen readers read) has the live region before it has text.
    const snapshot = await page.locator('form').ariaSnapshot();
    expect(snapshot).toContain('alert');
    // With a message it shows at its full size.
    await alert.evaluate((el) => {
      el.removeAttribute('data-empty');
      el.textContent = 'Incorrect email or password.';
    });
    expect((await alert.boundingBox())!.height).toBeGreaterThan(10);
    await page.close();
  });
});
