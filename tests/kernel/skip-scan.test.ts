import { foldTable } from '../../src/kernel/case-fold';
import { codeUnits } from '../../src/kernel/code-units';
import { blockSize, mightSkip, SkipScanner } from '../../src/kernel/skip-scan';

function scanner(literals: string[]): SkipScanner {
  const fold = foldTable();
  const units: number[] = [];
  const starts = [0];
  for (const literal of literals) {
    for (let i = 0; i < literal.length; i++) units.push(fold[literal.charCodeAt(i)]);
    starts.push(units.length);
  }
  return new SkipScanner(Uint16Array.from(units), Int32Array.from(starts), fold);
}

function occurrences(literals: string[], text: string): [number, number][] {
  const found: [number, number][] = [];
  scanner(literals).scan(codeUnits(text), { add: (end, id) => found.push([end, id]) });
  return found;
}

const copy = 'Biden met Iraqi Prime Minister Mustafa al-Kadhimi at the White House on Monday. '.repeat(300);

describe('SkipScanner', () => {
  it('finds every occurrence, case folded, by where it starts', () => {
    const text = 'KADHIMI met Kadhimi; al-Kadhimi.';
    expect(occurrences(['kadhimi', 'al-kadhimi'], text)).toEqual([
      [7, 0],
      [19, 0],
      [31, 1],
      [31, 0],
    ]);
  });

  it('finds occurrences whose windows end one code unit apart', () => {
    expect(occurrences(['aaaaa'], 'aaaaaaa')).toEqual([
      [5, 0],
      [6, 0],
      [7, 0],
    ]);
    expect(occurrences(['Iraqi', 'raqi ', 'aqi P'], 'Iraqi PM')).toEqual([
      [5, 0],
      [6, 1],
      [7, 2],
    ]);
  });

  it('finds literals at the very start and the very end of the text, and none in a shorter text', () => {
    expect(occurrences(['Quds Force'], 'Quds Force')).toEqual([[10, 0]]);
    expect(occurrences(['Quds Force'], 'Quds Forc')).toEqual([]);
    expect(occurrences(['Quds Force'], '')).toEqual([]);
  });

  it('refuses literals too short to skip over', () => {
    expect(() => scanner(['Kadhimi', 'Iraq'])).toThrow(/at least 5/);
    expect(() => scanner([])).toThrow(/at least 5/);
  });

  it('pays for a few names that seldom occur in news copy', () => {
    const s = scanner(['Kadimi', 'Quds Brigade', 'Revolutionary Guard of Iran', 'US-Iran joint']);
    expect(s.worthwhile(codeUnits(copy), 16384)).toBe(true);
  });

  it('does not pay when the literals are made of the text’s own commonest pieces', () => {
    // Every block of the copy is in some literal: no window can be skipped.
    const words = [...new Set(copy.slice(0, 200).match(/.{5}/g))];
    expect(scanner(words).worthwhile(codeUnits(copy), 16384)).toBe(false);
  });
});

describe('blockSize', () => {
  it('takes blocks of three for a few hundred long names, of four for thousands, none for short literals or too many', () => {
    expect(blockSize(100, 11)).toBe(3);
    expect(blockSize(1000, 11)).toBe(4);
    expect(blockSize(10000, 11)).toBe(4);
    expect(blockSize(100000, 11)).toBe(0);
    expect(blockSize(100, 4)).toBe(0);
    expect(blockSize(5000, 5)).toBe(0);
    expect(blockSize(0, 11)).toBe(0);
    expect(mightSkip(100, 11)).toBe(true);
    expect(mightSkip(100, 4)).toBe(false);
  });
});
