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

  it('compiles more patterns than a function call can take arguments', () => {
    // 200,000 names: counting or measuring them must not spread them into one call.
    const m = new LiteralMatcher<number>();
    for (let i = 0; i < 200_000; i++) m.add(`name${i.toString(36)}q`, i);
    const hits: number[] = [];
    m.scan('Here name0q and namezzq.', (_s, _e, id) => hits.push(id));
    expect(hits).toEqual([0, parseInt('zz', 36)]);
  });

  it('delivers every hit of a long text in order, past the size of its first hit log', () => {
    const m = new LiteralMatcher<string>({ tableFrom: 0 });
    m.add('ab', 'ab');
    m.add('卡', 'ka');
    const text = 'ab 卡 '.repeat(3000);
    const ends: number[] = [];
    m.scan(text, (_start, end) => ends.push(end));
    expect(ends).toHaveLength(6000);
    expect(ends.slice(0, 4)).toEqual([2, 4, 7, 9]);
    expect(ends.every((e, i) => i === 0 || e > ends[i - 1])).toBe(true);
  });

  it('reads the code units it is given instead of copying the text', () => {
    const m = new LiteralMatcher<string>({ tableFrom: 0 });
    m.add('News', 'news');
    const text = 'Good News, bad news';
    const units = new Uint16Array([...text].map((c) => c.charCodeAt(0)));
    const hits: string[] = [];
    m.scan(text, (start, end, p) => hits.push(`${p}@${start}-${end}`), units);
    expect(hits).toEqual(['news@5-9']);
  });

  it('can be scanned again from inside a hit handler', () => {
    const m = new LiteralMatcher<string>({ tableFrom: 0 });
    m.add('x', 'x');
    const outer: number[] = [];
    const inner: number[] = [];
    m.scan('x.x.x', (start) => {
      outer.push(start);
      if (start === 0) m.scan('..x', (s) => inner.push(s));
    });
    expect(outer).toEqual([0, 2, 4]);
    expect(inner).toEqual([2]);
  });

  it('can be scanned again from inside a hit handler when it skips through texts', () => {
    const m = new LiteralMatcher<string>({ skipScan: 'always' });
    m.add('Kadhimi', 'k');
    const outer: number[] = [];
    const inner: number[] = [];
    m.scan('Kadhimi, Kadhimi, Kadhimi', (start) => {
      outer.push(start);
      if (start === 0) m.scan('PM Kadhimi', (s) => inner.push(s));
    });
    expect(outer).toEqual([0, 9, 18]);
    expect(inner).toEqual([3]);
  });
});
