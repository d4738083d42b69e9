import type { LocalePack } from '../../src/index.js';
import { ar } from '../../src/locales/ar/index.js';
import { de } from '../../src/locales/de/index.js';
import { en } from '../../src/locales/en/index.js';
import { es } from '../../src/locales/es/index.js';
import { fr } from '../../src/locales/fr/index.js';
import { he } from '../../src/locales/he/index.js';
import { it } from '../../src/locales/it/index.js';
import { ja } from '../../src/locales/ja/index.js';
import { ko } from '../../src/locales/ko/index.js';
import { nl } from '../../src/locales/nl/index.js';
import { ptBR } from '../../src/locales/pt-BR/index.js';
import { zhCN } from '../../src/locales/zh-CN/index.js';

/** Every pack, for the toolbar's locale switch (an app imports only its own). */
export const localePacks: Record<string, LocalePack> = { en, es, fr, de, it, 'pt-BR': ptBR, nl, ja, ko, 'zh-CN': zhCN, ar, he };

export type KitDirection = 'auto' | 'ltr' | 'rtl';

/** The toolbar's locale and direction: 'auto' takes the pack's own. */
export function localeOf(globals: Record<string, unknown>): { pack: LocalePack; dir: 'ltr' | 'rtl' } {
  const pack = localePacks[String(globals.locale ?? 'en')] ?? en;
  const direction = (globals.direction as KitDirection | undefined) ?? 'auto';
  return { pack, dir: direction === 'auto' ? pack.direction : direction };
}
