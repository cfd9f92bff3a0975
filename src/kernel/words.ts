import { codePointLength, codePointWithClass, LETTER, unitClasses, WORD } from './char-class';
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

/** End of the run of word characters that starts at `i`. */
function skipWordChars(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    // Fast path for the common case, a code unit that is a whole character.
    if (c < 0xd800 || c > 0xdfff) {
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
    if (c < 0xd800 || c > 0xdfff) {
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

/** Finds the words of `text[start, end)`; collects them into `into` when given. Returns how many. */
function scanWords(text: string, start: number, end: number, into: Word[] | undefined): number {
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
    if (into) {
      // A trailing dot belongs to the word only for abbreviations such as "U.S."
      const wordEnd = matchEnd > i && !isLetterDotRun(text, wordStart, matchEnd) ? i : matchEnd;
      into.push({ start: wordStart, end: wordEnd, text: text.slice(wordStart, wordEnd) });
    }
    i = matchEnd;
  }
  return count;
}

export function splitWords(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  scanWords(text, start, end, words);
  return words;
}

/** How many words `splitWords` would return, without building them (for per-word scores). */
export function countWords(text: string, start = 0, end = text.length): number {
  return scanWords(text, start, end, undefined);
}

const WORD_OR_UNDERSCORE = /[\p{L}\p{M}\p{N}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length !== 1) return WORD_OR_UNDERSCORE.test(ch);
  return ch === '_' || (unitClasses(ch.charCodeAt(0)) & WORD) !== 0;
}

/** A match's first and last characters must not continue a word outside it. */
export function atWordBoundaries(text: string, start: number, end: number): boolean {
  if (isWordChar(text[start]) && isWordChar(text[start - 1])) return false;
  if (isWordChar(text[end - 1]) && isWordChar(text[end])) return false;
  return true;
}
