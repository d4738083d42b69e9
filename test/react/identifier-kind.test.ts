import { describe, expect, it } from 'vitest';
import { identifierKind, isSoundIdentifier } from '../../src/react/fields/identifier-kind';

// What the code step calls the identifier, and what a kept step must look like to be reopened, per pool (#16).

describe('identifierKind', () => {
  it.each([
    [['email'], 'ada@example.com', 'email'],
    [['phone_number'], '+447700900123', 'phone_number'],
    [['username'], 'ada', 'username'],
    [['preferred_username'], 'lovelace', 'username'],
    [['username', 'email', 'phone_number'], '+447700900123', 'phone_number'],
    [['username', 'email', 'phone_number'], 'ada@example.com', 'email'],
    [['username', 'email', 'phone_number'], 'ada', 'username'],
    [['email', 'phone_number'], '+447700900123', 'phone_number'],
  ] as const)('%j: %s is %s', (mechanisms, value, kind) => {
    expect(identifierKind(value, mechanisms)).toBe(kind);
  });
});

describe('isSoundIdentifier', () => {
  it.each([
    [['email'], 'ada@example.com', true],
    [['email'], ' ada@example.com', false],
    [['email'], 'ada', false],
    [['phone_number'], '+447700900123', true],
    [['phone_number'], '+44 7700 900123', false],
    [['phone_number'], '07700900123', false],
    [['username'], 'ada.lovelace_1815', true],
    [['username'], 'ada lovelace', false],
    [['username'], 'ada\u200B', false],
    [['username'], 'a'.repeat(128), true],
    [['username'], 'a'.repeat(129), false],
    [['username', 'email'], 'ada@example.com', true],
  ] as const)('%j: %j → %s', (mechanisms, value, sound) => {
    expect(isSoundIdentifier(value, mechanisms)).toBe(sound);
  });
});
