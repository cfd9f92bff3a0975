import fc from 'fast-check';
import { LinearRegex } from '../../src/regex/linear-regex';
import { toRe2, UnsupportedSyntax } from '../../src/regex/to-re2';

/** Every match as exec reports it, walking the text the way the pattern and term kinds do. */
function allMatches(re: { exec(t: string): RegExpExecArray | null; lastIndex: number }, text: string) {
  const out: unknown[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ index: m.index, groups: [...m], named: m.groups ? { ...m.groups } : undefined });
    if (m[0] === '') re.lastIndex = m.index + 1;
  }
  return out;
}

// Patterns of the kinds custom packs use, over the features whose meaning differs between
// JavaScript and RE2 unless translated: \s, \S, ., ^ and $ with m, Unicode classes, case folding.
const PATTERNS: [string, string][] = [
  ['Iraq|Iraqi|Iran', 'gi'],
  ['(?<![\\p{L}\\p{M}\\p{N}_])(?:US|U\\.S\\.)(?![\\p{L}\\p{M}\\p{N}_])', 'g'],
  ['\\s+', 'g'],
  ['[^\\S\\n]+$', 'gm'],
  ['^\\s*(?:Editor|Reporter)s?\\s*[:：].*$', 'gim'],
  ['a.c', 'g'],
  ['a.c', 'gs'],
  ['\\p{Lu}\\p{Ll}+', 'g'],
  ['\\p{Script=Han}+', 'g'],
  ['[\\p{L}\\p{M}]+(?=[.!?])', 'g'],
  ['(?<word>\\w+)-(?<other>\\w+)', 'g'],
  ['(a)|(b)', 'g'],
  ['x+?y', 'g'],
  ['\\bthe\\b', 'gi'],
  ['[😀-🙏]+', 'g'],
  ['\\d{2,3}', 'g'],
  ['é+', 'gi'],
  ['(?<=\\s)[A-Z]\\w*', 'g'],
  ['[\\s\\S]{3}', 'g'],
  ['[^a-z\\d]+', 'g'],
];

const ALPHABET = ['a', 'b', 'c', 'x', 'y', 'A', 'Z', 'É', 'é', 'ſ', 'K', '1', '23', ' ', '\u00a0', '\u3000', '\t', '\n', '\r\n', '\r', '\u2028', '.', '!', ':', '：', '-', '_', '中', '文', '😀', '🙂', '\u0301', 'Iraq', 'IRAN', 'US', 'U.S.', 'the', 'Editor', 'Reporter'];
const textOf = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((parts) => parts.join(''));
// The one known difference: under the i flag JavaScript's \b counts ſ (U+017F) and K (U+212A), which
// fold to ASCII letters, as word characters; RE2's \b does not. Neither occurs in English news.
const foldsToWord = (source: string, flags: string) => /\\b/i.test(source) && flags.includes('i');

describe('LinearRegex: JavaScript patterns on a linear-time engine', () => {
  it.each(PATTERNS)('/%s/%s finds exactly what RegExp finds, with the same offsets and groups', (source, flags) => {
    const linear = new LinearRegex(source, flags);
    const native = new RegExp(source, flags + 'u');
    const text = textOf(foldsToWord(source, flags) ? ALPHABET.filter((c) => c !== 'ſ' && c !== 'K') : ALPHABET);
    fc.assert(
      fc.property(text, (t) => {
        expect(allMatches(linear, t)).toEqual(allMatches(native, t));
        expect(linear.test(t)).toBe(new RegExp(source, flags.replace('g', '') + 'u').test(t));
      }),
      { numRuns: 150 },
    );
  });

  it('counts offsets in UTF-16 code units, as RegExp does, after astral characters', () => {
    const m = new LinearRegex('b', 'g').exec('😀😀ab')!;
    expect([m.index, m[0]]).toEqual([5, 'b']);
  });

  it('names what it cannot translate', () => {
    expect(() => toRe2('a(?=b)c', '')).toThrow(UnsupportedSyntax);
    expect(() => toRe2('(a)\\1', '')).toThrow(/backreferences are not supported/);
    expect(() => toRe2('\\p{Script_Extensions=Han}', '')).toThrow(/Script_Extensions is not supported; use Script=Han/);
  });
});
