import { astralClasses, LETTER, LOWER, NUMBER, SPACE, SURROGATE, unitClasses, unitClassTable } from '../kernel/char-class';
import type { RuleKind } from '../kernel/rule-kind';
import type { RuleMeta } from '../kernel/types';

export interface RepetitionRule extends RuleMeta {
  ignore?: string[];
  exceptions?: { words: string[]; after: string[] }[];
  capitalized?: string[];
}

const wordList = (description: string) => ({ type: 'array', items: { type: 'string', pattern: '^\\p{Ll}+$' }, uniqueItems: true, description });

/**
 * A word written twice in a row ("the the"), as MT leaves where two Chinese phrases were joined.
 * Found by one walk over the letters of each paragraph, as LanguageTool's word-repeat rule does
 * in code: a regular expression with a backreference tries every position of the text, and cost
 * a third of all checking time.
 *
 * A word is a run of lower-case letters that touches no letter, digit, apostrophe or hyphen on
 * either side ("don't don't" and "well-well" are not doubles); the two are separated by white
 * space within one paragraph. The fix keeps one of them.
 */
export const repetition: RuleKind<RepetitionRule> = {
  kind: 'repetition',
  summary: 'A word repeated immediately ("the the", "The the"), with lists of words that may legitimately double ("had had").',
  schema: {
    properties: {
      ignore: wordList('Lower-case words that may legitimately be doubled ("had had", "that that").'),
      exceptions: {
        type: 'array',
        description: 'Words whose doubling is right after certain words: "what it is is".',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['words', 'after'],
          properties: {
            words: wordList('The doubled words this exception covers.'),
            after: wordList('A doubled word right after one of these is not flagged.'),
          },
        },
      },
      capitalized: wordList('Words also flagged when written capitalised and then in lower case ("The the"), as at a sentence start.'),
    },
  },
  create(rule) {
    const ignore = new Set(rule.ignore ?? []);
    const licensors = new Map<string, string[]>();
    for (const e of rule.exceptions ?? []) for (const w of e.words) licensors.set(w, [...(licensors.get(w) ?? []), ...e.after]);
    const capitalized = new Map((rule.capitalized ?? []).map((w) => [w[0].toUpperCase() + w.slice(1), w]));

    const longestCapitalized = Math.max(0, ...[...capitalized.keys()].map((w) => w.length));

    /**
     * The doubled pair at word start `s`, whose lower-case letters end at `lowerEnd` and letters
     * at `runEnd`: where the pair ends and the word to keep.
     */
    const pairAt = (scan: Scanner, s: number, lowerEnd: number, runEnd: number): { end: number; keep: string } | undefined => {
      if (lowerEnd > s) {
        if (lowerEnd !== runEnd || !scan.isSpace(lowerEnd)) return undefined;
        const again = scan.skip(lowerEnd, SPACE);
        // Compared in place first: nearly every word is followed by a different one.
        if (!scan.sameAt(s, lowerEnd, again) || scan.touchesWordAt(again + lowerEnd - s)) return undefined;
        const word = scan.text.slice(s, lowerEnd);
        const after = licensors.get(word);
        if (ignore.has(word) || (after && scan.followsOneOf(s, after))) return undefined;
        return { end: again + word.length, keep: word };
      }
      // "The the": a capitalised word, then the same in lower case.
      if (runEnd - s > longestCapitalized || !scan.isSpace(runEnd)) return undefined;
      const lower = capitalized.get(scan.text.slice(s, runEnd));
      if (!lower) return undefined;
      const again = scan.skip(runEnd, SPACE);
      if (!scan.startsWith(lower, again) || scan.touchesWordAt(again + lower.length)) return undefined;
      return { end: again + lower.length, keep: scan.text.slice(s, runEnd) };
    };

    // First code unit of a capitalised word ("T" of "The") to that of its lower case ("t"): a
    // word can start a "The the" pair only if the next word starts so. A key starting with a
    // surrogate turns the shortcut off.
    const capitalFirst = new Uint16Array(0x10000).fill(NONE);
    let everyWord = false;
    for (const [key, lower] of capitalized) {
      const c = key.charCodeAt(0);
      if (c >= 0xd800 && c <= 0xdfff) everyWord = true;
      else capitalFirst[c] = lower.charCodeAt(0);
    }

    return {
      check({ doc, report }) {
        const text = doc.text;
        const units = doc.units;
        const paragraphs = doc.paragraphs;
        const { starts, ends, flags, count } = doc.words;
        let p = 0;
        let scan: Scanner | undefined;
        // Where the walk goes on after a doubled pair: past its second word.
        let resume = 0;
        for (let k = 0; k + 1 < count; k++) {
          const start = starts[k];
          const next = units[starts[k + 1]];
          // A doubled word is the last run of letters of one word, then white space, then the
          // same again at the start of the next word. In a word without marks or inner dots that
          // run can only start where the word does (a digit, apostrophe or hyphen before it
          // would touch it), so the next word must begin with the same code unit.
          if (next !== units[start] && next !== capitalFirst[units[start]] && flags[k] === 0 && !everyWord) continue;
          const wordEnd = ends[k];
          if (wordEnd <= resume) continue;
          while (p < paragraphs.length && paragraphs[p].end <= start) {
            p++;
            scan = undefined;
          }
          if (p === paragraphs.length || paragraphs[p].start > start) continue;
          scan ??= new Scanner(text, units, paragraphs[p].start, paragraphs[p].end);
          const found = pairInWord(scan, units, Math.max(start, resume), wordEnd);
          if (!found) continue;
          report({ start: found.start, end: found.end, suggestions: [found.keep] });
          resume = found.end;
        }
      },
    };

    /**
     * The doubled pair that starts with a run of letters in `[from, wordEnd)`, found by the walk
     * over the letters that defines this kind: run by run, each checked where it begins.
     */
    function pairInWord(scan: Scanner, units: Uint16Array, from: number, wordEnd: number): { start: number; end: number; keep: string } | undefined {
      for (let i = from; i < wordEnd; ) {
        // The common case in one table load: a BMP code unit that is not a letter.
        const bits = classTable[units[i]];
        if (bits < SURROGATE) {
          if ((bits & LETTER) === 0) {
            i++;
            continue;
          }
        } else if (!scan.lengthAt(i, LETTER)) {
          i += scan.lengthAt(i, -1);
          continue;
        }
        // The word's lower-case start, then the rest of its letters.
        const lowerEnd = scan.skip(i, LOWER);
        const runEnd = scan.skip(lowerEnd, LETTER);
        const found = scan.touchesWordBefore(i) ? undefined : pairAt(scan, i, lowerEnd, runEnd);
        if (found) return { start: i, end: found.end, keep: found.keep };
        i = runEnd;
      }
      return undefined;
    }
  },
};

/** `capitalFirst` of a code unit no capitalised word starts with. */
const NONE = 0xffff;

const classTable = unitClassTable();
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Character questions about `text[start, end)`, read by code point as a Unicode regex would. */
class Scanner {
  constructor(
    readonly text: string,
    /** `text` as code units, which the hot loops read. */
    private readonly units: Uint16Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** Length of the code point at `i` if it has one of `mask`'s classes (any, for -1), else 0. */
  lengthAt(i: number, mask: number): number {
    if (i >= this.end) return 0;
    const c = this.units[i];
    const bits = classTable[c];
    if (bits < SURROGATE) return mask === -1 || bits & mask ? 1 : 0;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < this.end) {
      const d = this.units[i + 1];
      if (d >= 0xdc00 && d <= 0xdfff) return mask === -1 || astralClasses((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) & mask ? 2 : 0;
    }
    return mask === -1 || unitClasses(c) & mask ? 1 : 0;
  }

  /** End of the run of `mask` characters from `i`. */
  skip(i: number, mask: number): number {
    const { units, end } = this;
    while (i < end) {
      // Most code units are answered by the table in one load; the rest go through lengthAt.
      const bits = classTable[units[i]];
      if (bits < SURROGATE) {
        if ((bits & mask) === 0) break;
        i++;
      } else {
        const n = this.lengthAt(i, mask);
        if (!n) break;
        i += n;
      }
    }
    return i;
  }

  isSpace(i: number): boolean {
    return this.lengthAt(i, SPACE) !== 0;
  }

  /** Whether the text at `at` repeats `text[from, to)`. */
  sameAt(from: number, to: number, at: number): boolean {
    if (at + (to - from) > this.end) return false;
    const units = this.units;
    for (let k = 0; k < to - from; k++) if (units[from + k] !== units[at + k]) return false;
    return true;
  }

  startsWith(word: string, i: number): boolean {
    return i + word.length <= this.end && this.text.startsWith(word, i);
  }

  /** Whether the character at `i` continues a word: a letter, digit, apostrophe or hyphen. */
  touchesWordAt(i: number): boolean {
    if (i >= this.end) return false;
    const c = this.units[i];
    return c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN || this.lengthAt(i, LETTER | NUMBER) !== 0;
  }

  /** Whether the character before `i` continues a word into it. */
  touchesWordBefore(i: number): boolean {
    if (i <= this.start) return false;
    const c = this.units[i - 1];
    if (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) return true;
    return this.classesBefore(i) & (LETTER | NUMBER) ? true : false;
  }

  /** Classes of the code point that ends at `i`. */
  private classesBefore(i: number): number {
    const c = this.units[i - 1];
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= this.start) {
      const h = this.units[i - 2];
      if (h >= 0xd800 && h <= 0xdbff) return astralClasses((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000);
    }
    return unitClasses(c);
  }

  /**
   * Whether white space before `i` follows one of `words`, itself at the paragraph start or
   * after a character that is not a letter ("what it is is", but "bit is is" is flagged).
   */
  followsOneOf(i: number, words: string[]): boolean {
    let k = i;
    while (k > this.start && this.classesBefore(k) & SPACE) k--;
    if (k === i) return false;
    return words.some((w) => {
      const at = k - w.length;
      return at >= this.start && this.text.startsWith(w, at) && (at === this.start || !(this.classesBefore(at) & LETTER));
    });
  }
}
