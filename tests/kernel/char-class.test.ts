import { astralClasses, codePointWithClass, LETTER, LOWER, MARK, NUMBER, SPACE, unitClasses, WORD } from '../../src/kernel/char-class';

const REGEXES: [number, RegExp][] = [
  [LETTER, /^\p{L}$/u],
  [MARK, /^\p{M}$/u],
  [NUMBER, /^\p{N}$/u],
  [SPACE, /^\s$/u],
  [LOWER, /^\p{Ll}$/u],
];

function expected(s: string): number {
  return REGEXES.reduce((bits, [bit, re]) => (re.test(s) ? bits | bit : bits), 0);
}

describe('character class table', () => {
  it('agrees with the Unicode property regexes on every BMP code unit, first look and cached', () => {
    const wrong: string[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 0; c < 0x10000; c++) {
        if (unitClasses(c) !== expected(String.fromCharCode(c))) wrong.push(c.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('classifies astral code points like the regexes do', () => {
    for (const cp of [0x1d400 /* 𝐀 */, 0x1f600 /* 😀 */, 0x20000 /* 𠀀 */, 0x1d7ce /* 𝟎 */, 0xe0100 /* variation selector */, 0x10ffff]) {
      expect(astralClasses(cp)).toBe(expected(String.fromCodePoint(cp)));
    }
  });

  it('reads a surrogate pair as one code point only when both halves are in range', () => {
    const text = 'a𝐀';
    expect(codePointWithClass(text, 1, text.length, WORD)).toBe(2);
    expect(codePointWithClass(text, 1, 2, WORD)).toBe(0); // the pair is cut at `end`: a lone half
    expect(codePointWithClass('😀', 0, 2, WORD)).toBe(0);
  });
});
