import { accountMessages } from '../../react/account-messages.js';
import { deviceMessages } from '../../react/device-messages.js';
import { fieldMessages } from '../../react/field-messages.js';
import { formMessages } from '../../react/form-messages.js';
import type { LocalePack } from '../../react/locale-pack.js';
import { oauthMessages } from '../../react/oauth-messages.js';
import { passkeyMessages } from '../../react/passkey-messages.js';
import { passwordRuleMessages } from '../../react/password-rule-messages.js';
import { passwordlessMessages } from '../../react/passwordless-messages.js';
import { settingsMessages } from '../../react/settings-messages.js';
import { stepMessages } from '../../react/step-messages.js';

/** English: the kit's own defaults, as a pack (for a language switch back to English). */
export const en: LocalePack = {
  ...formMessages,
  ...stepMessages,
  ...accountMessages,
  ...deviceMessages,
  ...oauthMessages,
  ...settingsMessages,
  ...fieldMessages,
  ...passwordlessMessages,
  ...passkeyMessages,
  ...passwordRuleMessages,
  direction: 'ltr',
  language: 'en',
};
export default en;
