import { runRule } from '../helpers';

describe('consistency rules', () => {
  const us = { kind: 'consistency', variants: [{ name: 'US', forms: ['US'] }, { name: 'U.S.', forms: ['U.S.'] }] };

  it('flags the minority forms and suggests the majority form', () => {
    const f = runRule(us, 'US troops, US-Iraq ties, U.S. envoy, US aid.');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['U.S.', 'US']]);
  });

  it('prefers the first-listed variant on a tie', () => {
    expect(runRule(us, 'US and U.S.').map((x) => x.text)).toEqual(['U.S.']);
  });

  it('maps parallel forms and follows case when case-insensitive', () => {
    const rule = {
      kind: 'consistency',
      caseSensitive: false,
      variants: [
        { name: 'American', forms: ['color', 'organize'] },
        { name: 'British', forms: ['colour', 'organise'] },
      ],
    };
    const f = runRule(rule, 'The color and the color. Organise it.');
    expect(f.map((x) => x.suggestions[0])).toEqual(['Organize']);
  });
});
