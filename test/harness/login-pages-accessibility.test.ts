// @vitest-environment jsdom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { idpLoginPage } from '../support/example-idp/idp-login-page';
import { errorPage, loginPage } from '../support/managed-login/login-page';

// The harness's pages as markup, under axe in jsdom (no colour contrast there), instead of a browser test: they were
// driven in Chromium too (test/e2e/managed-login-pages.test.ts, removed to keep the e2e budget for the kit's own
// OAuth tests; in this branch's history).

async function violations(html: string): Promise<string[]> {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  document.documentElement.lang = 'en';
  const results = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const providers = [{ name: 'ExampleIdP', href: '/oauth2/authorize?identity_provider=ExampleIdP' }];

describe('managed login page', () => {
  // With an error: every element the page can show at once (axe in jsdom is slow, so one run per page).
  it('passes axe', async () => {
    expect(await violations(loginPage({ action: '/login?x=1', xsrfToken: 't', providers, username: 'a@b.c', error: 'Incorrect username or password.' }))).toEqual([]);
  });

  it('ties the error to the field and escapes what it echoes', async () => {
    await violations(loginPage({ action: '/login?a=1&b="2"', xsrfToken: 't', providers: [], username: '"><script>', error: '<b>no</b>' }));
    const field = document.getElementById('username') as HTMLInputElement;
    expect(field.getAttribute('aria-describedby')).toBe('login-error');
    expect(document.getElementById('login-error')?.textContent).toBe('<b>no</b>');
    expect(field.value).toBe('"><script>');
    expect(document.querySelector('form')?.getAttribute('action')).toBe('/login?a=1&b="2"');
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('error page announces the error', () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(errorPage('redirect_mismatch'), 'text/html').documentElement.innerHTML;
    expect(document.querySelector('[role=alert]')?.textContent).toBe('redirect_mismatch');
  });
});

describe('Example IdP page', () => {
  it('passes axe', async () => {
    expect(await violations(idpLoginPage({ action: '/interaction/1', email: 'x@y.z', error: 'Wrong email address or password.' }))).toEqual([]);
    expect(document.getElementById('idp-email')?.getAttribute('aria-describedby')).toBe('idp-error');
  });
});
