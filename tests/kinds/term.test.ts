import { runRule } from '../helpers';

describe('term rules', () => {
  const quds = { kind: 'term', terms: [{ match: ['Quds Brigade', { regex: 'Jerusalem Brigades?' }], replace: 'Quds Force' }] };

  it('maps literal and regex forms to the replacement, as whole words', () => {
    const f = runRule(quds, 'The Quds Brigade and the Jerusalem Brigades; not QudsBrigade.');
    expect(f.map((x) => [x.text, x.suggestions])).toEqual([
      ['Quds Brigade', ['Quds Force']],
      ['Jerusalem Brigades', ['Quds Force']],
    ]);
  });

  it('matches case-insensitively, keeping proper-noun replacements as written', () => {
    expect(runRule(quds, 'the quds brigade')[0].suggestions).toEqual(['Quds Force']);
  });

  it('makes lower-case replacements follow the case of the match', () => {
    const rule = { kind: 'term', terms: [{ match: ['anti-terrorism'], replace: 'counterterrorism' }] };
    expect(runRule(rule, 'Anti-terrorism work and anti-terrorism talks').map((f) => f.suggestions[0])).toEqual(['Counterterrorism', 'counterterrorism']);
  });

  it('respects Unicode word boundaries', () => {
    const rule = { kind: 'term', terms: [{ match: ['Iran'], replace: 'X' }] };
    expect(runRule(rule, 'Iranian Irané Iran')).toHaveLength(1);
  });

  it('does not fire inside the already-correct longer form', () => {
    const rule = { kind: 'term', terms: [{ match: ['Islamic Revolutionary Guard'], replace: 'Islamic Revolutionary Guard Corps' }] };
    expect(runRule(rule, 'the Islamic Revolutionary Guard Corps')).toHaveLength(0);
    expect(runRule(rule, 'the Islamic Revolutionary Guard of Iran')).toHaveLength(1);
  });

  it('skips matches whose sentence matches an unless pattern', () => {
    const rule = { ...quds, unless: ['Islamic Jihad'] };
    expect(runRule(rule, "Islamic Jihad's Quds Brigade fired. Iran's Quds Brigade did not.")).toHaveLength(1);
  });

  it('prefers the longest match at a position', () => {
    const rule = { kind: 'term', terms: [{ match: ['Quds Brigade', 'Quds Brigades'], replace: 'Quds Force' }] };
    expect(runRule(rule, 'Quds Brigades')[0].text).toBe('Quds Brigades');
  });

  it('rejects a regex that matches the empty string', () => {
    expect(() => runRule({ kind: 'term', terms: [{ match: [{ regex: 'a*' }], replace: 'b' }] }, 'x')).toThrow(/empty string/);
  });
});
