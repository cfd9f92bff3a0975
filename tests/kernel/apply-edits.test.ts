import { applyEdits, selectEdits } from '../../src/kernel/apply-edits';
import { fixUntilStable } from '../../src/kernel/fix-loop';
import type { Finding } from '../../src/kernel/types';

describe('applyEdits / selectEdits', () => {
  it('applies edits left to right and refuses overlaps', () => {
    expect(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'A' }])).toBe('AbcdEf');
    expect(() => applyEdits('abc', [{ start: 0, end: 2, text: '' }, { start: 1, end: 3, text: '' }])).toThrow(/overlapping/);
  });

  it('keeps one of two overlapping edits, deterministically, by rank then position then length', () => {
    const edits = [
      { start: 2, end: 6, text: 'x', rank: 2 },
      { start: 4, end: 8, text: 'y', rank: 1 },
      { start: 9, end: 10, text: 'z', rank: 3 },
    ];
    expect(selectEdits(edits)).toEqual([1, 2]);
    expect(selectEdits([...edits].reverse())).toEqual([1, 0]); // same choice, in text order
  });

  it('treats touching edits as compatible', () => {
    expect(selectEdits([{ start: 0, end: 2, text: '', rank: 0 }, { start: 2, end: 4, text: '', rank: 0 }])).toEqual([0, 1]);
  });
});

function finding(start: number, end: number, text: string, ruleId = 'r'): Finding {
  return { ruleId, severity: 'error', category: 'c', message: 'm', line: 1, column: start + 1, endLine: 1, endColumn: end + 1, text: '', suggestions: [text], start, end, fix: { start, end, text } };
}

describe('fixUntilStable', () => {
  it('applies an overlapped fix in a later pass', () => {
    // Pass 1 fixes "bb" → "B"; the overlapping "abb" fix is found again on the new text.
    const check = (t: string): Finding[] => {
      const out: Finding[] = [];
      const i = t.indexOf('bb');
      if (i !== -1) out.push(finding(i, i + 2, 'B'));
      const j = t.indexOf('aB');
      if (j !== -1) out.push(finding(j, j + 2, 'A'));
      return out;
    };
    const result = fixUntilStable('xabbx', check);
    expect(result.output).toBe('xAx');
    expect(result.converged).toBe(true);
    expect(result.passes).toBe(2);
  });

  it('stops a fix that re-triggers its own rule and names the rule', () => {
    const check = (t: string) => [finding(0, 1, t[0] + t[0], 'loop')];
    const result = fixUntilStable('a', check, 5);
    expect(result.converged).toBe(false);
    expect(result.unstableRules).toEqual(['loop']);
    expect(result.passes).toBe(5);
  });
});
