import type { LocalePack } from '../../react/locale-pack.js';
import { account } from './account.js';
import { devices } from './devices.js';
import { form } from './form.js';
import { passwordRules } from './password-rules.js';
import { steps } from './steps.js';

/** Korean (polite 합니다/하세요): every string of the kit, one file per message group. */
export const ko: LocalePack = { ...form, ...steps, ...account, ...devices, ...passwordRules, direction: 'ltr', language: 'ko' };
export default ko;
