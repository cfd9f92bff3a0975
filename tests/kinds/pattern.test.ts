import { applyEdits } from '../../src/kernel/apply-edits';
import { runRule } from '../helpers';

describe('pattern rules', () => {
  it('removes a whole boilerplate line together with the blank lines before it', () => {
    const text = 'Last sentence.\n\n(Reporter A produced B)\n\nEditor in charge: [C]\n';
    const rules = [
      { kind: 'pattern', scope: 'line', pattern: '^\\(Reporter .*\\)$', removeLine: true },
      { kind: 'pattern', scope: 'line', pattern: '^Editor in charge:.*$', removeLine: true },
    ];
    const edits = rules.flatMap((r) => runRule(r, text)).map((f) => f.fix!);
    expect(applyEdits(text, edits)).toBe('Last sentence.\n');
  });

  it('reports the span without its line break, and suggests deletion', () => {
    const [f] = runRule({ kind: 'pattern', scope: 'line', pattern: '^Editor:.*$', removeLine: true }, 'Text.\r\nEditor: X\r\n');
    expect(f.text).toBe('Editor: X');
    expect(f.suggestions).toEqual(['']);
    expect(f.line).toBe(2);
  });

  it('runs at sentence scope with anchors relative to the sentence', () => {
    const rule = { kind: 'pattern', scope: 'sentence', pattern: '^Make adjustments\\.$', notFirstInParagraph: true };
    expect(runRule(rule, 'It depends on the mission. Make adjustments.')).toHaveLength(1);
    expect(runRule(rule, 'Make adjustments.\n\nNothing else.')).toHaveLength(0);
  });

  it('skips quoted matches when asked', () => {
    const rule = { kind: 'pattern', pattern: 'Hold on\\.', skipQuoted: true };
    expect(runRule(rule, 'He shouted, "Hold on." Hold on.')).toHaveLength(1);
  });

  it('expands capture groups in replacements and can report one group', () => {
    const rule = { kind: 'pattern', pattern: '\\b(\\w+) \\1\\b', flags: 'i', replace: '$1' };
    expect(runRule(rule, 'in the the end')[0].suggestions).toEqual(['the']);
    const spaceRule = { kind: 'pattern', pattern: '\\w( +)[,.]', group: 1, replace: '' };
    const [f] = runRule(spaceRule, 'word , next');
    expect([f.text, f.column]).toEqual([' ', 5]);
  });

  it('skips a document without the required text, and finds the same as without the hint otherwise', () => {
    const rule = { kind: 'pattern', pattern: '，(?=\\S)', replace: ', ' };
    const hinted = { ...rule, requires: '[，、]' };
    for (const text of ['Plain English, no Chinese punctuation.', 'Trade，energy and finance.']) {
      expect(runRule(hinted, text)).toEqual(runRule(rule, text));
    }
    expect(runRule(hinted, 'Trade，energy')).toHaveLength(1);
  });

  it('runs a line-scope rule only on the lines the requires hint finds, with the same findings', () => {
    const rule = { kind: 'pattern', scope: 'line', pattern: '^[ \\t]+(?=\\S)', replace: '' };
    const hinted = { ...rule, requires: '(?:^|\\n)[ \\t]' };
    const text = '  First line indented.\nSecond line.\n\tThird, with a tab.\r\n   Fourth.\nFifth.';
    expect(runRule(hinted, text).map((f) => f.line)).toEqual([1, 3, 4]);
    expect(runRule(hinted, text)).toEqual(runRule(rule, text));
  });

  it('keeps every unit a hint match runs over, and only units holding a needed literal', () => {
    const rule = { kind: 'pattern', scope: 'line', pattern: '^Editor: .+$', removeLine: true };
    const text = 'Story.\nEditor: A\nMore.\n\nEditor: B';
    expect(runRule(rule, text).map((f) => f.line)).toEqual([2, 5]);
    // No literal to go by: the hint's one match runs from line 1 into line 2, so line 2 is checked.
    const shaped = { kind: 'pattern', scope: 'line', pattern: '^\\p{Lu}\\p{Ll}+: .+$', removeLine: true };
    const spanning = { ...shaped, requires: 'y\\.\\nE' };
    expect(runRule(spanning, 'Story.\nEditor: A\n').map((f) => f.line)).toEqual([2]);
    const sentences = { kind: 'pattern', scope: 'sentence', pattern: 'Quds Brigade', replace: 'Quds Force' };
    expect(runRule(sentences, 'One. The Quds Brigade. Two.\n\nQuds Brigade again.').map((f) => f.column)).toEqual([10, 1]);
  });
});
