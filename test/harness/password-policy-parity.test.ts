import { describe, expect, it } from 'vitest';
import { checkPassword, cognitoPasswordSymbols, type PasswordPolicy } from '../../src/core/password-policy';
import { PASSWORD_SYMBOLS, passwordPolicyViolation, type PasswordPolicy as HarnessPolicy } from '../support/password-policy';

// The kit's checklist and the harness's enforcement are two implementations of one AWS page: any password the
// checklist calls fine, the harness (Cognito's stand-in) must accept, and the other way round.
const harnessPolicy = (p: PasswordPolicy): HarnessPolicy => ({
  MinimumLength: p.minimumLength,
  RequireUppercase: p.requireUppercase,
  RequireLowercase: p.requireLowercase,
  RequireNumbers: p.requireNumbers,
  RequireSymbols: p.requireSymbols,
});

const policies: PasswordPolicy[] = [
  { minimumLength: 8, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true },
  { minimumLength: 12, requireUppercase: false, requireLowercase: true, requireNumbers: false, requireSymbols: true },
  { minimumLength: 6, requireUppercase: true, requireLowercase: false, requireNumbers: true, requireSymbols: false },
];

const alphabet = ['a', 'Z', '7', 'é', 'Ü', '€', '٣', ...cognitoPasswordSymbols];
const passwords = [
  '',
  'Passw0rd!',
  'Passw0rd',
  'passw0rd!',
  'PASSW0RD!',
  'Password!',
  'Pass w0rd',
  'Éclair1!x',
  'abcdefghijk!',
  'abcdefghijk ',
  'abcdefghijkl',
  ...alphabet.map((c) => `Abcdef1${c}`),
  ...alphabet.map((c) => `abcdefgh${c}`),
  ...alphabet.map((c) => `ABCDEFG1${c}${c}${c}${c}`),
];

describe('the harness enforces the same password rules as the kit’s checklist', () => {
  it('has the same symbol set', () => {
    expect([...PASSWORD_SYMBOLS].sort()).toEqual([...cognitoPasswordSymbols].sort());
  });

  it.each(policies.map((p) => [JSON.stringify(p), p] as const))('agrees on every sample password under %s', (_name, policy) => {
    const disagreements = passwords.filter((password) => {
      const kitAccepts = checkPassword(password, policy).every((r) => r.met);
      const harnessAccepts = passwordPolicyViolation(password, harnessPolicy(policy)) === undefined;
      return kitAccepts !== harnessAccepts;
    });
    expect(disagreements).toEqual([]);
    // The samples exercise both answers, so agreement means something.
    expect(passwords.some((p) => checkPassword(p, policy).every((r) => r.met))).toBe(true);
    expect(passwords.some((p) => !checkPassword(p, policy).every((r) => r.met))).toBe(true);
  });
});
