import type { LocalePack } from '../../react/locale-pack.js';
import { account } from './account.js';
import { devices } from './devices.js';
import { form } from './form.js';
import { passwordRules } from './password-rules.js';
import { steps } from './steps.js';

/** Hebrew (gender-neutral forms, right-to-left): every string of the kit, one file per message group. */
export const he: LocalePack = { ...form, ...steps, ...account, ...devices, ...passwordRules, direction: 'rtl', language: 'he' };
export default he;
