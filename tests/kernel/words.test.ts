import fc from 'fast-check';
import { codeUnits } from '../../src/kernel/code-units';
import { atWordBoundaries, countWords, isWordChar, splitWords, wordBounds, WORD_HAS_DOT, WORD_HAS_HYPHEN, WORD_HAS_MARK, WORD_PATTERN, type Word } from '../../src/kernel/words';

/** The definition: the regex over the slice, with the trailing-dot rule for abbreviations. */
function reference(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  const segment = text.slice(start, end);
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    let value = m[0];
    if (value.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(value)) value = value.slice(0, -1);
    words.push({ start: start + m.index, end: start + m.index + value.length, text: value });
  }
  return words;
}

/** Characters that exercise every branch: separators, marks, digits, astral letters, lone surrogates. */
const unit = fc.oneof(
  fc.constantFrom('a', 'Z', 'é', 'ß', 'İ', '卡', '7', '٣', '\u0301', '.', '-', "'", '’', ' ', '\n', '_', ',', '。', 'U', 'S'),
  fc.constantFrom('𝐀', '😀', '𝟎', '\ud835', '\udc00'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const texts = fc.string({ unit, maxLength: 40 });

describe('splitWords', () => {
  it('splits news text into words, abbreviations keeping their dots', () => {
    expect(splitWords('The US-led coalition, don’t stop. Kadhimi.').map((w) => w.text)).toEqual(['The', 'US-led', 'coalition', 'don’t', 'stop', 'Kadhimi']);
    expect(splitWords('in the U.S. and E.U.').map((w) => w.text)).toEqual(['in', 'the', 'U.S.', 'and', 'E.U.']);
  });

  it('gives the same words as the regex definition on any text', () => {
    fc.assert(fc.property(texts, (text) => expect(splitWords(text)).toEqual(reference(text))), { numRuns: 3000 });
  });

  it('gives the same words as the regex definition on any part of a text', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        expect(splitWords(text, start, end)).toEqual(reference(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts words without building them', () => {
    fc.assert(fc.property(texts, (text) => expect(countWords(text)).toBe(reference(text).length)), { numRuns: 2000 });
  });

  it('counts words in any part of a text without surrogates, where the one-pass count runs', () => {
    const bmp = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '卡', '7', '\u0301', '.', '-', "'", '’', ' ', '_', ',', 'U', 'S'), maxLength: 40 });
    fc.assert(
      fc.property(bmp, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        const expected = reference(text, start, end).length;
        expect(countWords(text, start, end)).toBe(expected);
        expect(countWords(text, start, end, codeUnits(text))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wordBounds', () => {
  it('flags words holding a combining mark or an inner dot, and no others', () => {
    const text = 'cafe\u0301 U.S. x.com US-led don’t plain 𝐀b\u0301 2021';
    const { count, flags } = wordBounds(text, codeUnits(text));
    expect(Array.from(flags.subarray(0, count))).toEqual([WORD_HAS_MARK, WORD_HAS_DOT, WORD_HAS_DOT, WORD_HAS_HYPHEN, 0, 0, WORD_HAS_MARK, 0]);
  });

  it('flags exactly the words whose text holds a mark, a hyphen, or a dot before its last character', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { starts, ends, flags, count } = wordBounds(text, codeUnits(text));
        for (let k = 0; k < count; k++) {
          const word = text.slice(starts[k], ends[k]);
          const expected = (/\p{M}/u.test(word) ? WORD_HAS_MARK : 0) | (word.slice(0, -1).includes('.') ? WORD_HAS_DOT : 0) | (word.includes('-') ? WORD_HAS_HYPHEN : 0);
          expect(flags[k]).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('countWords', () => {
  it('classifies code units it meets for the first time in the middle of a text', () => {
    // Letters of scripts no other test has shown the classifier yet, between known ones.
    const text = "word ᏣᎳᎩ ꓡꓲ-ꓢꓴ don't ᐃᓄᒃᑎᑐᑦ's end.";
    expect(countWords(text, 0, text.length, codeUnits(text))).toBe(reference(text).length);
  });

  it('counts long texts two code units at a time, from any offset, whatever the alignment of the units', () => {
    // Long enough for the pair loop; random BMP units bring kinds not classified yet at either half
    // of a pair (surrogates would hand the text to the full scanner).
    const bmpUnit = fc.integer({ min: 0, max: 0xffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCharCode(c));
    const long = fc.array(fc.oneof(fc.constantFrom('a', 'Z', 'é', '7', '\u0301', '.', '-', "'", '’', ' ', 'U.S.', 'don’t'), bmpUnit), {
      minLength: 300,
      maxLength: 700,
    });
    fc.assert(
      fc.property(long, fc.nat(), fc.nat(), fc.constantFrom(0, 1, 2), (parts, a, b, shift) => {
        const text = parts.join('');
        const start = a % 4;
        const end = text.length - (b % 4);
        // Units at byte offset 0, 2 (no pair view possible) and 4 of their buffer.
        const units = new Uint16Array(text.length + shift).subarray(shift);
        units.set(codeUnits(text));
        expect(countWords(text, start, end, units)).toBe(reference(text, start, end).length);
      }),
      { numRuns: 1500 },
    );
  });

  it('falls back to the full scanner when a surrogate pair turns up', () => {
    const text = 'a 𝐀𝐁 b-𝐂';
    expect(countWords(text, 0, text.length, codeUnits(text))).toBe(reference(text).length);
  });
});

describe('isWordChar', () => {
  it('agrees with the Unicode regex on single characters, longer strings and nothing', () => {
    const re = /[\p{L}\p{M}\p{N}_]/u;
    for (const ch of ['a', 'É', '_', '5', '\u0301', ' ', '-', '.', '卡', '\ud835', '𝐀', 'ab', '']) expect(isWordChar(ch)).toBe(re.test(ch));
    expect(isWordChar(undefined)).toBe(false);
  });
});

describe('atWordBoundaries', () => {
  it('holds when neither end of the span continues a word outside it, code unit by code unit', () => {
    const reference = (text: string, start: number, end: number) =>
      !(isWordChar(text[start]) && isWordChar(text[start - 1])) && !(isWordChar(text[end - 1]) && isWordChar(text[end]));
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(atWordBoundaries(text, start, end)).toBe(reference(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});
