'use client';
import { useEffect, useRef, useState } from 'react';
import { checkPassword, resolvePasswordPolicy, type PasswordRule, type PasswordRuleResult } from '../../core/password-policy.js';
import { useAuthClient } from '../hooks/useAuthClient.js';
import type { MessageOverrides } from '../messages.js';
import { passwordRuleMessages, type PasswordRuleMessages } from '../password-rule-messages.js';

export interface PasswordChecklistProps {
  /** The form's strings: provider and form overrides, on top of the checklist's own defaults. */
  messages?: MessageOverrides;
  /** Quiet time after the last keystroke before a change is announced. */
  announceDelay?: number;
}

function ruleText(rule: PasswordRule, messages: PasswordRuleMessages, minimumLength: number): string {
  switch (rule) {
    case 'minimumLength':
      return messages.passwordRuleLength(minimumLength);
    case 'requireLowercase':
      return messages.passwordRuleLowercase;
    case 'requireUppercase':
      return messages.passwordRuleUppercase;
    case 'requireNumbers':
      return messages.passwordRuleNumber;
    case 'requireSymbols':
      return messages.passwordRuleSymbol;
  }
}

/**
 * The pool's password rules as the description of a new-password field (inside its `.rck-description`, so the
 * input's `aria-describedby` already reads it): each rule met or not in words for a screen reader and in shape
 * (✓ or ○) on screen, never by colour alone. Changes are announced politely once the user pauses, only the rules
 * whose state changed. It never blocks typing, pasting or submitting: Cognito stays the judge. Phrasing elements
 * only (spans with list roles), as it sits in a <p>.
 */
export function PasswordChecklist({ messages: overrides, announceDelay = 900 }: PasswordChecklistProps) {
  const policy = useAuthClient().config.passwordPolicy;
  const messages: PasswordRuleMessages = { ...passwordRuleMessages, ...overrides };
  const { minimumLength } = resolvePasswordPolicy(policy);
  const root = useRef<HTMLSpanElement>(null);
  const [results, setResults] = useState<PasswordRuleResult[]>(() => checkPassword('', policy));
  const announced = useRef(results);
  const [announcement, setAnnouncement] = useState('');

  // The field's input, read on each `input` event: the password itself never enters React state.
  useEffect(() => {
    const input = root.current?.closest('.rck-field')?.querySelector('input');
    if (!input) return;
    const update = () => setResults(checkPassword(input.value, policy));
    update();
    announced.current = checkPassword(input.value, policy);
    input.addEventListener('input', update);
    return () => input.removeEventListener('input', update);
  }, [policy]);

  const text = (rule: PasswordRule) => ruleText(rule, messages, minimumLength);
  useEffect(() => {
    const timer = setTimeout(() => {
      const before = new Map(announced.current.map((r) => [r.rule, r.met]));
      const changed = results.filter((r) => before.get(r.rule) !== r.met);
      announced.current = results;
      if (!changed.length) return;
      setAnnouncement(
        results.every((r) => r.met) ? messages.passwordRulesAllMet : changed.map((r) => messages.passwordRuleState(text(r.rule), r.met)).join('. '),
      );
    }, announceDelay);
    return () => clearTimeout(timer);
    // Only a new result restarts the quiet time; the strings are read when it ends.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results, announceDelay]);

  return (
    <>
      {/* The spaces keep the words apart where the description is read as one string. */}
      <span>{messages.passwordHint}</span>{' '}
      <span className="rck-rules" role="list" aria-label={messages.passwordHint} ref={root}>
        {results.map(({ rule, met }) => (
          <span role="listitem" key={rule} data-rule={rule} data-met={met ? '' : undefined}>
            <span aria-hidden="true">
              {met ? '✓' : '○'} {text(rule)}
            </span>
            <span className="rck-sr">{messages.passwordRuleState(text(rule), met)}</span>{' '}
          </span>
        ))}
      </span>
      <span className="rck-sr" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </>
  );
}
