/**
 * Unicode character classes of UTF-16 code units, looked up in a table instead of testing a
 * `\p{…}` regular expression per character: word and sentence splitting ask this question for
 * every character of every checked text. The table is filled from the same regular expressions
 * (run once over all of the BMP), so it agrees with them by construction.
 */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const SPACE = 8;
/** Letters, marks and digits: what a word is made of. */
export const WORD = LETTER | MARK | NUMBER;

const CLASSES: [bit: number, re: RegExp][] = [
  [LETTER, /\p{L}+/gu],
  [MARK, /\p{M}+/gu],
  [NUMBER, /\p{N}+/gu],
  [SPACE, /\s+/gu],
];

let bmp: Uint8Array | undefined;
const astral = new Map<number, number>();

function classesOf(s: string): number {
  let bits = 0;
  for (const [bit, re] of CLASSES) {
    re.lastIndex = 0;
    if (re.test(s)) bits |= bit;
  }
  return bits;
}

/** Classes of every BMP code unit; surrogates, which are no character on their own, have none. */
export function bmpClasses(): Uint8Array {
  if (bmp) return bmp;
  const table = new Uint8Array(0x10000);
  let all = '';
  for (let start = 0; start < 0x10000; start += 0x1000) {
    const units: number[] = [];
    for (let c = start; c < start + 0x1000; c++) units.push(c >= 0xd800 && c <= 0xdfff ? 0 : c);
    all += String.fromCharCode(...units);
  }
  for (const [bit, re] of CLASSES) {
    re.lastIndex = 0;
    for (let m = re.exec(all); m; m = re.exec(all)) {
      for (let i = m.index; i < m.index + m[0].length; i++) table[i] |= bit;
    }
  }
  bmp = table;
  return table;
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
  return (bmp ?? bmpClasses())[c] & mask ? 1 : 0;
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
