import fc from 'fast-check';
import { sortIfNeeded } from '../../src/kernel/spans';

describe('sortIfNeeded', () => {
  it('gives what a stable sort gives, leaving a sorted array untouched', () => {
    const byKey = (a: [number, number], b: [number, number]) => a[0] - b[0];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat())), (items) => {
        const expected = items.slice().sort(byKey);
        expect(sortIfNeeded(items.slice(), byKey)).toEqual(expected);
        expect(sortIfNeeded(expected, byKey)).toBe(expected);
      }),
    );
  });
});
