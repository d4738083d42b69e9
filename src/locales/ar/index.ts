import type { LocalePack } from '../../react/locale-pack.js';
import { account } from './account.js';
import { devices } from './devices.js';
import { form } from './form.js';
import { passwordRules } from './password-rules.js';
import { steps } from './steps.js';

/** Arabic (Modern Standard, right-to-left): every string of the kit, one file per message group. */
export const ar: LocalePack = { ...form, ...steps, ...account, ...devices, ...passwordRules, direction: 'rtl', language: 'ar' };
export default ar;
