import type { Span } from './types';

/** A word: letters, marks and digits, with inner apostrophes, hyphens and dots ("U.S.-led", "don't"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?/gu;

export interface Word extends Span {
  text: string;
}

export function splitWords(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  const segment = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(segment); m; m = WORD.exec(segment)) {
    let value = m[0];
    // A trailing dot belongs to the word only for abbreviations such as "U.S."
    if (value.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(value)) value = value.slice(0, -1);
    words.push({ start: start + m.index, end: start + m.index + value.length, text: value });
  }
  return words;
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}\p{N}_]/u.test(ch);
}
