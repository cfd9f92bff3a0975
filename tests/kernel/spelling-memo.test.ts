import fc from 'fast-check';
import { codeUnits } from '../../src/kernel/code-units';
import { SpellingMemo } from '../../src/kernel/spelling-memo';

describe('SpellingMemo', () => {
  it('answers for a spelling wherever it occurs, and nothing for one it was not told', () => {
    const text = 'Kadimi met Kadhimi; Kadimi left.';
    const units = codeUnits(text);
    const memo = new SpellingMemo();
    expect(memo.get(units, 0, 6)).toBeUndefined();
    memo.set(units, 0, 6, 'Kadimi', true);
    memo.set(units, 11, 18, 'Kadhimi', false);
    expect(memo.get(units, 20, 26)).toBe(true);
    expect(memo.get(units, 11, 18)).toBe(false);
    expect(memo.get(units, 0, 5)).toBeUndefined();
  });

  it('agrees with a Map on any sequence of spellings, past its limit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'K', 'é', '卡'), minLength: 0, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.boolean()), { maxLength: 60 }), (entries) => {
        const memo = new SpellingMemo(8);
        const expected = new Map<string, boolean>();
        for (const [w, answer] of entries) {
          const units = codeUnits(`(${w})`);
          const known = memo.get(units, 1, units.length - 1);
          // Past the limit the memo starts afresh, so it may have forgotten, but never misremembers.
          if (known !== undefined) expect(known).toBe(expected.get(w));
          if (known === undefined) {
            if (expected.size >= 8) expected.clear();
            memo.set(units, 1, units.length - 1, w, answer);
            expected.set(w, answer);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
