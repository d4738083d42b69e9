import { describe, expect, it } from 'vitest';
import { checkPassword, cognitoPasswordSymbols, defaultPasswordPolicy } from '../../src/core/password-policy';

const metRules = (password: string, policy?: Parameters<typeof checkPassword>[1]) =>
  checkPassword(password, policy)
    .filter((r) => r.met)
    .map((r) => r.rule);

describe('checkPassword (Cognito’s password policy rules)', () => {
  it('defaults to Cognito’s policy: 8 characters, lower, upper, number, symbol, in Cognito’s order', () => {
    expect(defaultPasswordPolicy).toEqual({ minimumLength: 8, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true });
    expect(checkPassword('', undefined)).toEqual([
      { rule: 'minimumLength', met: false },
      { rule: 'requireLowercase', met: false },
      { rule: 'requireUppercase', met: false },
      { rule: 'requireNumbers', met: false },
      { rule: 'requireSymbols', met: false },
    ]);
    expect(metRules('Passw0rd!')).toEqual(['minimumLength', 'requireLowercase', 'requireUppercase', 'requireNumbers', 'requireSymbols']);
  });

  it('counts the minimum length inclusively', () => {
    expect(metRules('abcdefg')).not.toContain('minimumLength');
    expect(metRules('abcdefgh')).toContain('minimumLength');
    expect(metRules('abcdefghijk', { minimumLength: 12 })).not.toContain('minimumLength');
    expect(metRules('abcdefghijkl', { minimumLength: 12 })).toContain('minimumLength');
  });

  it.each([...cognitoPasswordSymbols].map((c) => [JSON.stringify(c), c]))('counts %s as a symbol', (_name, symbol) => {
    expect(metRules(`ab${symbol}cd`)).toContain('requireSymbols');
  });

  it('has exactly the developer guide’s 32 symbols and the space', () => {
    expect([...'^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'].length).toBe(32);
    expect(cognitoPasswordSymbols).toBe('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ');
  });

  it.each(['€', '£', '§', '°', '¿', '·', '\u00A0', '\t'])('does not count %j as a symbol', (character) => {
    expect(metRules(`ab${character}cd`)).not.toContain('requireSymbols');
  });

  it('counts only Basic Latin letters and ASCII digits, as Cognito does', () => {
    expect(metRules('ÉÀÜ')).not.toContain('requireUppercase');
    expect(metRules('éàü')).not.toContain('requireLowercase');
    expect(metRules('٣٤５')).not.toContain('requireNumbers');
    expect(metRules('Aa1')).toEqual(expect.arrayContaining(['requireUppercase', 'requireLowercase', 'requireNumbers']));
  });

  it('lists only the rules the policy turns on', () => {
    expect(checkPassword('x', { requireSymbols: false, requireUppercase: false }).map((r) => r.rule)).toEqual(['minimumLength', 'requireLowercase', 'requireNumbers']);
  });
});
