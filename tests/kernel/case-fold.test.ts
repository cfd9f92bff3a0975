import { foldCase, foldOf, foldTable } from '../../src/kernel/case-fold';

describe('foldTable', () => {
  it('folds the variants a case-insensitive regex treats as one letter', () => {
    expect(foldCase('ſ K µ ς Σ')).toBe('s k μ σ σ');
    expect(foldCase('İı')).toBe('İı');
  });

  it('is built over the cased blocks only, and agrees with folding every code unit', () => {
    const table = foldTable();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (table[c] !== foldOf(c)) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });

  // The prefilter relies on this: a literal that a regex with the i flag matches is also found
  // by the case-folded literal matcher.
  it('maps every BMP code unit to a form a case-insensitive regex equates with it', () => {
    const table = foldTable();
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (table[c] === c || (c >= 0xd800 && c <= 0xdfff)) continue;
      const folded = String.fromCharCode(table[c]);
      if (!new RegExp(`^${folded.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$`, 'iu').test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
