import { codePointLength, codePointWithClass, LETTER, MARK, SURROGATE, unitClasses, unitClassTable, WORD } from './char-class';
import { codeUnits, unitPairs } from './code-units';
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
function skipWordChars(text: string, units: Uint16Array, i: number, end: number): number {
  while (i < end) {
    const c = units[i];
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
function skipOtherChars(text: string, units: Uint16Array, i: number, end: number): number {
  while (i < end) {
    const c = units[i];
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

/**
 * The words of a text as parallel arrays of their bounds, `starts[k]` and `ends[k]` for k <
 * `count`, and `flags[k]`: WORD_HAS_MARK, WORD_HAS_DOT and WORD_HAS_HYPHEN, for the readers that
 * look inside words (a run of letters after a mark or a dot, the parts of "pro-Kadimi").
 */
export interface WordBounds {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  count: number;
}

/** A combining mark is part of the word ("e\u0301"). */
export const WORD_HAS_MARK = 1;
/** A dot joins two runs of the word ("U.S.", "x.com"). */
export const WORD_HAS_DOT = 2;
/** A hyphen joins two runs of the word ("US-led"). */
export const WORD_HAS_HYPHEN = 4;

/** Word bounds as they are found, in arrays that grow. */
class BoundsWriter implements WordBounds {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  count = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  add(start: number, end: number, flags: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts, this.count * 2);
      this.ends = grown(this.ends, this.count * 2);
      const bigger = new Uint8Array(this.count * 2);
      bigger.set(this.flags);
      this.flags = bigger;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.flags[this.count] = flags;
    this.count++;
  }
}

/**
 * The bounds of each word of `text[start, end)`, in order. `units` are the text's code units
 * (`codeUnits(text)`). Written to arrays rather than handed to a callback per word: a document
 * has a word every six characters, and its readers walk the arrays in loops of their own.
 */
export function wordBounds(text: string, units: Uint16Array, start = 0, end = text.length): WordBounds {
  // News copy has a word every six or so code units; the arrays grow if it has more.
  const out = new BoundsWriter(Math.max(16, ((end - start) >> 2) + 1));
  let i = start;
  for (;;) {
    i = settledWordBounds(text, units, i, end, out);
    if (i >= end) return out;
    // A code unit not classified yet, at or shortly after where the walk stopped: settled once,
    // and the walk resumes. A surrogate (rare in news copy) hands the rest of the text to the
    // scanner that reads code points.
    let unsettled = i;
    while (wordKinds[units[unsettled]] !== UNSETTLED) unsettled++;
    if (settleWordKind(units[unsettled]) === UNSETTLED) {
      scanWordBounds(text, units, i, end, out);
      return out;
    }
  }
}

/**
 * The word walk over code units already classified, by one table load each. Stops at the first
 * unit that is not, returning where to resume: the start of the word it was in, else that unit.
 * The stretch it walked needs no surrogate handling, as every unit in it was classified.
 */
function settledWordBounds(text: string, units: Uint16Array, from: number, end: number, out: BoundsWriter): number {
  const kinds = wordKinds;
  let i = from;
  while (i < end) {
    let kind = kinds[units[i]];
    if (kind !== WORD_UNIT && kind !== MARK_UNIT) {
      if (kind === UNSETTLED) return i;
      i++;
      continue;
    }
    const wordStart = i;
    let flags = kind === MARK_UNIT ? WORD_HAS_MARK : 0;
    // Runs of word characters, joined by single separators with a word character after them.
    for (;;) {
      i++;
      for (;;) {
        while (i < end && (kind = kinds[units[i]]) === WORD_UNIT) i++;
        // Marks are rare: they leave the tight loop above and come back to it.
        if (i < end && kind === MARK_UNIT) {
          flags |= WORD_HAS_MARK;
          i++;
          continue;
        }
        break;
      }
      if (i >= end) break;
      if (kind === UNSETTLED) return wordStart;
      if (kind !== JOINER || i + 1 >= end) break;
      const next = kinds[units[i + 1]];
      if (next === UNSETTLED) return wordStart;
      if (next !== WORD_UNIT && next !== MARK_UNIT) break;
      if (units[i] === DOT) flags |= WORD_HAS_DOT;
      else if (units[i] === HYPHEN) flags |= WORD_HAS_HYPHEN;
      if (next === MARK_UNIT) flags |= WORD_HAS_MARK;
      i++;
    }
    // A trailing dot belongs to the word only for abbreviations such as "U.S."; it is passed either way.
    if (i < end && units[i] === DOT) {
      out.add(wordStart, isLetterDotRun(text, wordStart, i + 1) ? i + 1 : i, flags);
      i++;
    } else {
      out.add(wordStart, i, flags);
    }
  }
  return i;
}

/** The same walk by code point, for text with surrogates. */
function scanWordBounds(text: string, units: Uint16Array, start: number, end: number, out: BoundsWriter): void {
  for (let i = skipOtherChars(text, units, start, end); i < end; i = skipOtherChars(text, units, i, end)) {
    const wordStart = i;
    i = skipWordChars(text, units, i, end);
    // Inner separators join runs only when a word character follows them.
    while (i + 1 < end) {
      const c = units[i];
      if (c !== APOSTROPHE && c !== RIGHT_QUOTE && c !== DOT && c !== HYPHEN) break;
      if (!codePointWithClass(text, i + 1, end, WORD)) break;
      i = skipWordChars(text, units, i + 1, end);
    }
    let matchEnd = i;
    if (i < end && units[i] === DOT) matchEnd = i + 1;
    out.add(wordStart, matchEnd > i && !isLetterDotRun(text, wordStart, matchEnd) ? i : matchEnd, flagsOf(text, units, wordStart, i));
    i = matchEnd;
  }
}

/** `WordBounds.flags` of the word `text[start, end)`, by code point. */
function flagsOf(text: string, units: Uint16Array, start: number, end: number): number {
  let flags = 0;
  for (let i = start; i < end; i += codePointLength(text, i, end)) {
    if (units[i] === DOT) flags |= WORD_HAS_DOT;
    else if (units[i] === HYPHEN) flags |= WORD_HAS_HYPHEN;
    else if (codePointWithClass(text, i, end, MARK)) flags |= WORD_HAS_MARK;
  }
  return flags;
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

export function splitWords(text: string, start = 0, end = text.length): Word[] {
  const { starts, ends, count } = wordBounds(text, codeUnits(text), start, end);
  const words: Word[] = [];
  for (let k = 0; k < count; k++) words.push({ start: starts[k], end: ends[k], text: text.slice(starts[k], ends[k]) });
  return words;
}

/**
 * How many words `splitWords` would return, without building them (for per-word scores).
 * `units` are the text's code units (`codeUnits(text)`), when the caller has them.
 */
export function countWords(text: string, start = 0, end = text.length, units?: Uint16Array): number {
  const all = units ?? codeUnits(text);
  return countBmpWords(all, start, end) ?? wordBounds(text, all, start, end).count;
}

/** `wordKinds` values: what a code unit means to word bounds and the word count. */
const OTHER = 0;
/** A letter or digit. */
const WORD_UNIT = 1;
/** A separator that joins a word to the one before ("US-led", "don't"). */
const JOINER = 2;
/** A combining mark: part of a word, told apart for WORD_HAS_MARK. */
const MARK_UNIT = 3;
/** Not classified yet, or a surrogate half. */
const UNSETTLED = 4;

// Int32Array rather than Uint8Array: V8 loads 32-bit elements faster in these loops (a quarter
// off the word count), and only the rows of the scripts a text uses are ever touched.
const wordKinds = new Int32Array(0x10000).fill(UNSETTLED);

function settleWordKind(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return UNSETTLED;
  const bits = unitClasses(c);
  const kind =
    (bits & MARK) !== 0 ? MARK_UNIT : (bits & WORD) !== 0 ? WORD_UNIT : c === APOSTROPHE || c === RIGHT_QUOTE || c === DOT || c === HYPHEN ? JOINER : OTHER;
  wordKinds[c] = kind;
  return kind;
}

const isWordKind = (kind: number) => kind === WORD_UNIT || kind === MARK_UNIT;

/**
 * Whether a word starts at a code unit, given its kind and the kinds of the two before it,
 * indexed by before-last << 4 | last << 2 | this one: it is a word character, the one before is
 * not, and the one before is not a joiner that follows a word character.
 */
const WORD_STARTS = (() => {
  const starts = new Int32Array(64);
  for (let beforeLast = 0; beforeLast < 4; beforeLast++) {
    for (let last = 0; last < 4; last++) {
      const joined = last === JOINER && isWordKind(beforeLast);
      const start = !isWordKind(last) && !joined ? 1 : 0;
      for (const kind of [WORD_UNIT, MARK_UNIT]) starts[(beforeLast << 4) | (last << 2) | kind] = start;
    }
  }
  return starts;
})();

/** Running state of a word count: [words so far, kinds of the last three code units]. */
const countState = new Int32Array(2);

/**
 * The count in one branch-free pass, for text without surrogates (nearly all news copy).
 * Undefined when a surrogate turns up.
 */
function countBmpWords(units: Uint16Array, start: number, end: number): number | undefined {
  const state = countState;
  state[0] = 0;
  state[1] = 0;
  for (let i = countSettled(units, start, end, state); i < end; i = countSettled(units, i + 1, end, state)) {
    const kind = settleWordKind(units[i]);
    if (kind === UNSETTLED) return undefined;
    state[1] = ((state[1] << 2) | kind) & 63;
    state[0] += WORD_STARTS[state[1]];
  }
  return state[0];
}

/**
 * Counts on from `from` until a code unit not classified yet; returns where it stopped. Long
 * stretches are read two code units per load.
 */
function countSettled(units: Uint16Array, from: number, end: number, state: Int32Array): number {
  let i = from;
  const pairs = end - from >= PAIRS_FROM ? unitPairs(units) : undefined;
  if (pairs) {
    if (i % 2 === 1) i = countUnits(units, i, i + 1, state);
    // Stops at the pair that holds an unclassified unit; the unit loop below stops at the unit.
    if (i % 2 === 0) i = 2 * countPairs(pairs, i / 2, Math.floor(end / 2), state);
  }
  return countUnits(units, i, end, state);
}

/** Below this many code units, making the pair view costs more than it saves. */
const PAIRS_FROM = 256;

/**
 * The count loop, one code unit per step. The last three kinds travel in a register, so no step
 * waits on a load of the step before, and the loop has no call: V8 keeps it tight only that way.
 */
function countUnits(units: Uint16Array, from: number, end: number, state: Int32Array): number {
  const kinds = wordKinds;
  const starts = WORD_STARTS;
  let count = state[0];
  let recent = state[1];
  let i = from;
  for (; i < end; i++) {
    const kind = kinds[units[i]];
    if (kind === UNSETTLED) break;
    recent = ((recent << 2) | kind) & 63;
    count += starts[recent];
  }
  state[0] = count;
  state[1] = recent;
  return i;
}

/** `countUnits` over pairs of code units (see `unitPairs`); returns the first pair it did not count. */
function countPairs(pairs: Uint32Array, from: number, end: number, state: Int32Array): number {
  const kinds = wordKinds;
  const starts = WORD_STARTS;
  let count = state[0];
  let recent = state[1];
  let p = from;
  for (; p < end; p++) {
    const pair = pairs[p];
    const first = kinds[pair & 0xffff];
    const second = kinds[pair >>> 16];
    if (first === UNSETTLED || second === UNSETTLED) break;
    recent = ((recent << 2) | first) & 63;
    count += starts[recent];
    recent = ((recent << 2) | second) & 63;
    count += starts[recent];
  }
  state[0] = count;
  state[1] = recent;
  return p;
}

const WORD_OR_UNDERSCORE = /[\p{L}\p{M}\p{N}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? isWordUnit(ch, 0) : WORD_OR_UNDERSCORE.test(ch);
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
