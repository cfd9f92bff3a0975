import { LiteralMatcher } from '../../src/kernel/literal-matcher';

function scan(patterns: [string, boolean][], text: string) {
  const m = new LiteralMatcher<string>();
  for (const [p, ci] of patterns) m.add(p, p, ci);
  const hits: string[] = [];
  m.scan(text, (start, end, payload) => hits.push(`${payload}@${start}-${end}`));
  return hits.sort();
}

describe('LiteralMatcher (Aho–Corasick)', () => {
  it('finds every occurrence of every pattern, overlapping ones included', () => {
    expect(scan([['he', false], ['she', false], ['hers', false], ['his', false]], 'ushers')).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
  });

  it('matches case-insensitively without changing offsets', () => {
    expect(scan([['quds brigade', true]], 'The QUDS Brigade and quds brigade')).toEqual(['quds brigade@21-33', 'quds brigade@4-16']);
  });

  it('keeps offsets right after characters whose lower case is longer (İ)', () => {
    expect(scan([['iran', true]], 'İİ Iran')).toEqual(['iran@3-7']);
  });

  it('handles astral characters and CJK', () => {
    expect(scan([['卡迪米', false]], '😀 卡迪米 said')).toEqual(['卡迪米@3-6']);
  });

  it('scales to thousands of patterns in one pass', () => {
    const m = new LiteralMatcher<number>();
    for (let i = 0; i < 5000; i++) m.add(`term${i}x`, i);
    const hits: number[] = [];
    m.scan('a term4999x and term12x', (_start, _end, payload) => hits.push(payload));
    expect(hits).toEqual([4999, 12]);
  });
});
