import fc from 'fast-check';
import { codeUnits } from '../../src/kernel/code-units';

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
