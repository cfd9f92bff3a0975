import { codePointLength, codePointWithClass, LETTER, SURROGATE, unitClasses, unitClassTable, WORD } from './char-class';
import type { Span } from './types';

/**
 * A word: letters, marks and digits, with inner apostrophes, hyphens and dots ("US-led", "don't",
 * "U.S."; "U.S.-led" is two words, because ".-" is not one separator).
 * This is the definition; `splitWords` implements it as a hand-written scanner because it runs
 * over every document, and tests hold the two to the same result.
 */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?/gu;

export interface Word extends Span {
  text: string;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const DOT = 0x2e;
const HYPHEN = 0x2d;

const classes = unitClassTable();

/** End of the run of word characters that starts at `i`. */
function skipWordChars(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    const bits = classes[c];
    // Fast path for the common case, a classified code unit that is a whole character.
    if (bits < SURROGATE) {
      if ((bits & WORD) === 0) break;
      i++;
    } else if (bits !== SURROGATE) {
      if ((unitClasses(c) & WORD) === 0) break;
      i++;
    } else {
      const w = codePointWithClass(text, i, end, WORD);
      if (!w) break;
      i += w;
    }
  }
  return i;
}

/** Start of the next word character at or after `i` (or `end`). */
function skipOtherChars(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    const bits = classes[c];
    if (bits < SURROGATE) {
      if ((bits & WORD) !== 0) break;
      i++;
    } else if (bits !== SURROGATE) {
      if ((unitClasses(c) & WORD) !== 0) break;
      i++;
    } else {
      if (codePointWithClass(text, i, end, WORD)) break;
      i += codePointLength(text, i, end);
    }
  }
  return i;
}

/** "U.S.", "E.U.": single letters each followed by a dot, the only words that keep a final dot. */
function isLetterDotRun(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const w = codePointWithClass(text, i, end, LETTER);
    if (!w || i + w >= end || text.charCodeAt(i + w) !== DOT) return false;
    i += w + 1;
  }
  return i > start;
}

/** Calls `onWord` with the bounds of each word of `text[start, end)`, in order. Returns how many. */
export function scanWords(text: string, start: number, end: number, onWord?: (wordStart: number, wordEnd: number) => void): number {
  let count = 0;
  for (let i = skipOtherChars(text, start, end); i < end; i = skipOtherChars(text, i, end)) {
    const wordStart = i;
    i = skipWordChars(text, i, end);
    // Inner separators join runs only when a word character follows them.
    while (i + 1 < end) {
      const c = text.charCodeAt(i);
      if (c !== APOSTROPHE && c !== RIGHT_QUOTE && c !== DOT && c !== HYPHEN) break;
      if (!codePointWithClass(text, i + 1, end, WORD)) break;
      i = skipWordChars(text, i + 1, end);
    }
    let matchEnd = i;
    if (i < end && text.charCodeAt(i) === DOT) matchEnd = i + 1;
    count++;
    if (onWord) {
      // A trailing dot belongs to the word only for abbreviations such as "U.S."
      onWord(wordStart, matchEnd > i && !isLetterDotRun(text, wordStart, matchEnd) ? i : matchEnd);
    }
    i = matchEnd;
  }
  return count;
}

export function splitWords(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  scanWords(text, start, end, (s, e) => words.push({ start: s, end: e, text: text.slice(s, e) }));
  return words;
}

/** How many words `splitWords` would return, without building them (for per-word scores). */
export function countWords(text: string, start = 0, end = text.length): number {
  return countBmpWords(text, start, end) ?? scanWords(text, start, end, undefined);
}

/**
 * The same count in one tight pass, for text without surrogates (nearly all news copy): a word
 * starts at every word character that follows a non-word one, except where a single separator
 * joins it to the word before ("US-led", "don't"). Undefined when a surrogate turns up.
 */
function countBmpWords(text: string, start: number, end: number): number | undefined {
  const table = classes;
  let count = 0;
  // Whether the previous code unit is a word character; whether it is a separator right after
  // one (so that a word starting now is joined to that one).
  let previousIsWord = false;
  let joinable = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let bits = table[c];
    if (bits >= SURROGATE) {
      if (bits === SURROGATE) return undefined;
      bits = unitClasses(c);
    }
    if ((bits & WORD) !== 0) {
      if (!previousIsWord && !joinable) count++;
      joinable = false;
      previousIsWord = true;
    } else {
      joinable = previousIsWord && (c === APOSTROPHE || c === RIGHT_QUOTE || c === DOT || c === HYPHEN);
      previousIsWord = false;
    }
  }
  return count;
}

const WORD_OR_UNDERSCORE = /[\p{L}\p{M}\p{N}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length !== 1) return WORD_OR_UNDERSCORE.test(ch);
  return ch === '_' || (unitClasses(ch.charCodeAt(0)) & WORD) !== 0;
}

/** `isWordChar` of the code unit at `i` (false outside the text), without making a string of it. */
function isWordUnit(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c === 0x5f || (unitClasses(c) & WORD) !== 0;
}

/** A match's first and last characters must not continue a word outside it. */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  if (isWordUnit(text, start) && isWordUnit(text, start - 1)) return false;
  if (isWordUnit(text, end - 1) && isWordUnit(text, end)) return false;
  return true;
}
