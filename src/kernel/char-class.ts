/**
 * Unicode character classes of UTF-16 code units, looked up in a table instead of testing a
 * `\p{…}` regular expression per character: word and sentence splitting ask this question for
 * every character of every checked text. Each code unit is classified by the same regular
 * expressions the first time it is seen, so the table agrees with them by construction and costs
 * nothing at start-up (a text uses a few hundred distinct code units, not 65,536).
 */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const SPACE = 8;
/** Lower-case letters (\p{Ll}). */
export const LOWER = 16;
/** Letters, marks and digits: what a word is made of. */
export const WORD = LETTER | MARK | NUMBER;

const CLASSES: [bit: number, re: RegExp][] = [
  [LETTER, /\p{L}/u],
  [MARK, /\p{M}/u],
  [NUMBER, /\p{N}/u],
  [SPACE, /\s/u],
  [LOWER, /\p{Ll}/u],
];

const UNKNOWN = 0x80;
/** Marks a surrogate half in the table, so that a scan over it can tell at no extra cost. */
export const SURROGATE = 0x40;
const bmp = new Uint8Array(0x10000).fill(UNKNOWN).fill(SURROGATE, 0xd800, 0xe000);
const astral = new Map<number, number>();

function classesOf(s: string): number {
  let bits = 0;
  for (const [bit, re] of CLASSES) if (re.test(s)) bits |= bit;
  return bits;
}

function classify(unit: number): number {
  const bits = classesOf(String.fromCharCode(unit));
  bmp[unit] = bits;
  return bits;
}

/** Classes of one UTF-16 code unit (none but SURROGATE for a surrogate half). */
export function unitClasses(unit: number): number {
  const bits = bmp[unit];
  return bits < SURROGATE ? bits : bits === SURROGATE ? 0 : classify(unit);
}

/**
 * The table itself, for the hottest loops. An entry of SURROGATE or more is either a surrogate
 * half (exactly SURROGATE) or not classified yet (ask `unitClasses`).
 */
export function unitClassTable(): Uint8Array {
  return bmp;
}

/** Classes of a code point outside the BMP (rare in news copy, so memoised one by one). */
export function astralClasses(codePoint: number): number {
  let bits = astral.get(codePoint);
  if (bits === undefined) {
    bits = classesOf(String.fromCodePoint(codePoint));
    astral.set(codePoint, bits);
  }
  return bits;
}

/**
 * Length in code units (1 or 2) of the code point at `i` when it has one of `mask`'s classes,
 * else 0. A surrogate pair counts only when both halves lie before `end`, as when a regular
 * expression in Unicode mode runs on `text.slice(…, end)`.
 */
export function codePointWithClass(text: string, i: number, end: number, mask: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClasses((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) & mask ? 2 : 0;
  }
  return unitClasses(c) & mask ? 1 : 0;
}

/** Length in code units of the code point at `i` (2 for a whole surrogate pair before `end`). */
export function codePointLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}
