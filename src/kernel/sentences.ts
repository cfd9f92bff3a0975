import { LETTER, NUMBER, SPACE, unitClasses } from './char-class';
import type { Span } from './types';

/**
 * Abbreviations that never end a sentence in news copy: titles before names, and
 * shorthand that is always followed by more words ("e.g. the").
 */
export const NON_TERMINAL = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Maj', 'Adm', 'Cmdr', 'Gov', 'Sen',
  'Rep', 'Rev', 'Sr', 'Jr', 'St', 'Mt', 'Ft', 'No', 'Nos', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'Jan',
  'Feb', 'Mar', 'Apr', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Inc', 'Corp', 'Co', 'Ltd', 'Dept', 'Fig',
]);

/**
 * Abbreviations that usually continue a sentence ("the U.S. State Department") but can end one
 * ("... troops to the U.S. He said"). They end it only before a word that typically starts one.
 */
export const AMBIGUOUS = new Set(['U.S', 'U.N', 'U.K', 'E.U', 'D.C', 'a.m', 'p.m', 'etc', 'al', 'U.S.A', 'S.A']);

export const SENTENCE_STARTERS = new Set([
  'He', 'She', 'It', 'They', 'We', 'I', 'You', 'The', 'This', 'That', 'These', 'Those', 'There', 'But',
  'And', 'However', 'In', 'On', 'At', 'A', 'An', 'His', 'Her', 'Their', 'Its', 'Our', 'After', 'Before',
  'When', 'While', 'Meanwhile', 'Subsequently', 'According', 'Earlier', 'Later', 'Since', 'As', 'If',
]);

const TERMINATOR = /[.!?。！？]+["'”’»)\]）」』]*/gu;

// These helpers run for every character around every full stop, so they test single code
// units against the class table; a lone surrogate half has no class, as in /[\p{L}]/u.test(text[i]).
const DOT = 0x2e;

function hasClass(text: string, i: number, mask: number): boolean {
  return (unitClasses(text.charCodeAt(i)) & mask) !== 0;
}

/** White space, or a zero-width space (which MT output scatters and \s does not cover). */
function isTrimmed(text: string, i: number): boolean {
  return hasClass(text, i, SPACE) || text.charCodeAt(i) === 0x200b;
}

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && (hasClass(text, i - 1, LETTER | NUMBER) || text.charCodeAt(i - 1) === DOT)) i--;
  return text.slice(i, end);
}

/** The end of the run of letters and digits from `from`, before `limit`. */
function wordEnd(text: string, from: number, limit: number): number {
  let j = from;
  while (j < limit && hasClass(text, j, LETTER | NUMBER)) j++;
  return j;
}

const CJK_FULL_STOP = 0x3002;
const FULLWIDTH_EXCLAMATION = 0xff01;
const FULLWIDTH_QUESTION = 0xff1f;

/** Whether `text[from, to)` holds a CJK full stop, exclamation or question mark. */
function hasCjkStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === CJK_FULL_STOP || c === FULLWIDTH_EXCLAMATION || c === FULLWIDTH_QUESTION) return true;
  }
  return false;
}

const OPENS_SENTENCE = /[\p{Lu}\p{N}"'“‘(\[\p{Script=Han}]/u;
/** Per code unit: 0 not asked yet, 1 can open a sentence, 2 cannot. */
const opensSentenceMemo = new Uint8Array(0x10000);

/** Whether the code unit can open a sentence: a capital, a digit, an opening quote or bracket, Han. */
function opensSentence(c: number): boolean {
  if (opensSentenceMemo[c] === 0) opensSentenceMemo[c] = OPENS_SENTENCE.test(String.fromCharCode(c)) ? 1 : 2;
  return opensSentenceMemo[c] === 1;
}

/**
 * Whether the terminator run `text[termStart, termEnd)` ends a sentence. Runs around every full
 * stop of a batch, so it reads code units and makes a string only for an abbreviation check.
 */
function isBoundary(text: string, termStart: number, termEnd: number, limit: number): boolean {
  let next = termEnd;
  while (next < limit && hasClass(text, next, SPACE)) next++;
  if (next >= limit) return true;
  if (termEnd === next && !hasCjkStop(text, termStart, termEnd)) return false;
  if (!opensSentence(text.charCodeAt(next))) return false;
  if (text.charCodeAt(termStart) !== DOT || (termEnd - termStart >= 3 && text.charCodeAt(termStart + 1) === DOT && text.charCodeAt(termStart + 2) === DOT)) return true;
  const before = wordBefore(text, termStart);
  if (before === '') return true;
  if (NON_TERMINAL.has(before)) return false;
  const startsSentence = () => SENTENCE_STARTERS.has(text.slice(next, wordEnd(text, next, limit)));
  if (AMBIGUOUS.has(before) || AMBIGUOUS.has(before.replace(/^.*\./, ''))) return startsSentence();
  // Initials such as "J. K. Rowling" or the "U" of a spaced-out abbreviation.
  if (/^\p{Lu}$/u.test(before)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return startsSentence();
  return true;
}

/** Splits `text[start, end)` into sentence spans, trimmed of surrounding white space. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  forEachSentence(text, start, end, (s, e) => spans.push({ start: s, end: e }));
  return spans;
}

/** The same sentences as `splitSentences`, handed over as bounds (the document builds its own objects). */
export function forEachSentence(text: string, start: number, end: number, onSentence: (start: number, end: number) => void): void {
  const push = (s: number, e: number) => {
    while (s < e && isTrimmed(text, s)) s++;
    while (e > s && isTrimmed(text, e - 1)) e--;
    if (e > s) onSentence(s, e);
  };
  const segment = text.slice(start, end);
  let sentenceStart = start;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(segment); m; m = TERMINATOR.exec(segment)) {
    const termStart = start + m.index;
    const termEnd = termStart + m[0].length;
    if (isBoundary(text, termStart, termEnd, end)) {
      push(sentenceStart, termEnd);
      sentenceStart = termEnd;
    }
  }
  push(sentenceStart, end);
}
