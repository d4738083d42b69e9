// Characters that change an identifier without changing how it looks: `admin\u200B@example.com` would register
// as a second account that every screen shows as "admin@example.com".
//  - Cc: control characters (NUL, tab, newline, DEL, the C1 controls).
//  - Cf: format characters: zero-width space and joiners (U+200B–U+200D), LRM/RLM and the bidi embeddings,
//    overrides and isolates (U+202A–U+202E, U+2066–U+2069), word joiner, soft hyphen, U+FEFF, tag characters.
//    The joiners have a use inside some scripts' words, never in an address someone types to sign in.
//  - Zl, Zp: the line and paragraph separators.
//  - DI (Default_Ignorable_Code_Point): what fonts draw as nothing though it is not Cf: the Hangul fillers
//    (U+115F, U+1160, U+3164, U+FFA0), the combining grapheme joiner U+034F, the variation selectors.
//  - U+2800, the blank Braille pattern: a symbol, but drawn as empty space; the usual way to fake a blank name.
// Not ordinary spaces (Zs): the forms trim them at the ends, and one inside an address is visible (and fails the
// email check). Not letters of any script: `jürgen@exämple.de` is a real address.
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{DI}\u2800]/u;

/** Whether `value` has an invisible or control character (what sign-up refuses). */
export const hasInvisibleCharacter = (value: string): boolean => invisible.test(value);
