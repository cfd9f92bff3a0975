/**
 * A hint's literals (see RegexAnalyser) are taken down to this rarity, in bits: a "(" is about 8.
 * Found in the shared literal pass they cost less than a scan of their own; a single space (2.5
 * bits, one character in six) would not. Its own module so that start-up need not load the
 * regex parser to read it.
 */
export const HINT_MIN_BITS = 5;
