import fc from 'fast-check';
import { LineIndex } from '../../src/kernel/positions';

describe('LineIndex', () => {
  it('gives 1-based lines and UTF-16 columns', () => {
    const idx = new LineIndex('ab\n😀x\r\nlast');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(3)).toEqual({ line: 2, column: 1 });
    expect(idx.position(5)).toEqual({ line: 2, column: 3 }); // after the surrogate pair
    expect(idx.position(8)).toEqual({ line: 3, column: 1 });
  });

  it('knows where line content ends before CRLF', () => {
    const idx = new LineIndex('ab\r\ncd\nef');
    expect(idx.lineContentEnd(0)).toBe(2);
    expect(idx.lineContentEnd(1)).toBe(6);
    expect(idx.lineContentEnd(2)).toBe(9);
  });

  it('finds the line of any offset, asked in any order, as counting line breaks does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\n', '\r', ' '), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 64 }), { maxLength: 30 }), (t, offsets) => {
        const index = new LineIndex(t);
        for (const offset of offsets) {
          const expected = offset <= 0 ? 0 : t.slice(0, Math.min(offset, t.length)).split('\n').length - 1;
          expect(index.lineOf(offset)).toBe(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
