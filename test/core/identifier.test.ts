import { describe, expect, it } from 'vitest';
import { hasInvisibleCharacter } from '../../src/core/identifier';

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

describe('hasInvisibleCharacter', () => {
  const refused: Array<[number, string]> = [
    [0x0000, 'NUL'],
    [0x0009, 'tab'],
    [0x000a, 'line feed'],
    [0x000d, 'carriage return'],
    [0x001b, 'escape'],
    [0x007f, 'delete'],
    [0x0085, 'next line (C1)'],
    [0x009b, 'control sequence introducer (C1)'],
    [0x00ad, 'soft hyphen'],
    [0x034f, 'combining grapheme joiner'],
    [0x061c, 'Arabic letter mark'],
    [0x115f, 'Hangul choseong filler'],
    [0x1160, 'Hangul jungseong filler'],
    [0x180e, 'Mongolian vowel separator'],
    [0x200b, 'zero-width space'],
    [0x200c, 'zero-width non-joiner'],
    [0x200d, 'zero-width joiner'],
    [0x200e, 'left-to-right mark'],
    [0x200f, 'right-to-left mark'],
    [0x2028, 'line separator'],
    [0x2029, 'paragraph separator'],
    [0x202a, 'left-to-right embedding'],
    [0x202e, 'right-to-left override'],
    [0x2060, 'word joiner'],
    [0x2066, 'left-to-right isolate'],
    [0x2069, 'pop directional isolate'],
    [0x2800, 'Braille pattern blank'],
    [0x3164, 'Hangul filler'],
    [0xfe0f, 'variation selector 16'],
    [0xfeff, 'zero-width no-break space (BOM)'],
    [0xffa0, 'halfwidth Hangul filler'],
    [0xe0041, 'tag latin capital A'],
    [0xe0100, 'variation selector 17'],
  ];

  it.each(refused.map(([codePoint, name]) => [hex(codePoint), name, codePoint] as const))('refuses %s (%s) anywhere in an address', (_hex, _name, codePoint) => {
    const char = String.fromCodePoint(codePoint);
    for (const value of [`admin${char}@example.com`, `${char}admin@example.com`, `admin@example.com${char}`, `admin@exa${char}mple.com`]) {
      expect(hasInvisibleCharacter(value)).toBe(true);
    }
  });

  it.each([
    'ada@example.com',
    'Ada.Lovelace+kit@sub.example.co.uk',
    'jürgen@exämple.de',
    'zoë.ñandú@correo.es',
    'δοκιμή@παράδειγμα.δοκιμή',
    'пользователь@пример.рф',
    '用户@例子.广告',
    'ユーザー@例え.jp',
    'अजय@डाटा.भारत',
    'user@xn--exmple-cua.de',
    "o'brien_&-x@example.com",
    // Visible, and trimmed or refused as an address by the email check: not this function's business.
    ' ada@example.com ',
    'ada @example.com',
    '\u00A0ada@example.com',
    '',
  ])('accepts %j', (value) => {
    expect(hasInvisibleCharacter(value)).toBe(false);
  });
});
