import type { LocalePack } from '../../react/locale-pack.js';
import { account } from './account.js';
import { devices } from './devices.js';
import { fields } from './fields.js';
import { form } from './form.js';
import { oauth, oauthErrors } from './oauth.js';
import { passkeyErrors, passkeys } from './passkeys.js';
import { passwordRules } from './password-rules.js';
import { passwordless } from './passwordless.js';
import { settings } from './settings.js';
import { steps } from './steps.js';

/** Korean (polite 합니다/하세요): every string of the kit, one file per message group. */
export const ko: LocalePack = {
  ...form,
  ...steps,
  ...account,
  ...devices,
  ...passwordRules,
  ...oauth,
  ...settings,
  ...fields,
  ...passwordless,
  ...passkeys,
  errors: { ...form.errors, ...oauthErrors, ...passkeyErrors },
  direction: 'ltr',
  language: 'ko',
};
export default ko;
