import fc from 'fast-check';
import { codeUnits, unitPairs } from '../../src/kernel/code-units';

const byCharCodeAt = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

describe('codeUnits', () => {
  it('gives the UTF-16 code units of any text, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => expect(Array.from(codeUnits(text))).toEqual(byCharCodeAt(text))), { numRuns: 500 });
  });

  it('handles the empty text, short texts from the shared pool and long ones', () => {
    expect(codeUnits('')).toHaveLength(0);
    for (const text of ['a', 'ab\u00e9\u4e2d', 'x\ud835\udc00'.repeat(5000)]) {
      // Short ones first, so that later ones start at an offset into the pool.
      expect(Array.from(codeUnits(text))).toEqual(byCharCodeAt(text));
    }
  });
});

describe('unitPairs', () => {
  it('reads the code units two at a time, the first in the low half, over the same memory', () => {
    const units = codeUnits('Kadhimi, 卡迪米.');
    const pairs = unitPairs(units)!;
    expect(pairs).toHaveLength(units.length >> 1);
    pairs.forEach((pair, p) => expect([pair & 0xffff, pair >>> 16]).toEqual([units[2 * p], units[2 * p + 1]]));
    units[0] = 0x6b;
    expect(pairs[0] & 0xffff).toBe(0x6b);
  });

  it('declines units that do not start on a four-byte boundary', () => {
    const units = new Uint16Array(8);
    expect(unitPairs(units.subarray(1))).toBeUndefined();
    expect(unitPairs(units.subarray(2))).toBeDefined();
  });
});
