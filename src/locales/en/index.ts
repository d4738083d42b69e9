import { accountMessages } from '../../react/account-messages.js';
import { deviceMessages } from '../../react/device-messages.js';
import { formMessages } from '../../react/form-messages.js';
import type { LocalePack } from '../../react/locale-pack.js';
import { passwordRuleMessages } from '../../react/password-rule-messages.js';
import { stepMessages } from '../../react/step-messages.js';

/** English: the kit's own defaults, as a pack (for a language switch back to English). */
export const en: LocalePack = {
  ...formMessages,
  ...stepMessages,
  ...accountMessages,
  ...deviceMessages,
  ...passwordRuleMessages,
  direction: 'ltr',
  language: 'en',
};
export default en;
