/**
 * What rule kinds need from a compiled pattern: the part of RegExp they use. A native RegExp is
 * one; so is the linear-time engine that runs the patterns of packs that are not trusted.
 */
export interface TextRegex {
  /** Where the next `exec` of a global pattern starts, as with RegExp. */
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

export interface RegexOptions {
  /** Match only whole words: no letter, mark, digit or underscore right before or after the match. */
  wholeWord?: boolean;
}

/** The characters that continue a word for `wholeWord`. */
export const WORD_CHAR_CLASS = '[\\p{L}\\p{M}\\p{N}_]';

/** Wraps a pattern so that it only matches whole words, Unicode-aware. */
export function wholeWordSource(source: string): string {
  return `(?<!${WORD_CHAR_CLASS})(?:${source})(?!${WORD_CHAR_CLASS})`;
}
