import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareReplacements, mtlintReplacements, textlintReplacements } from '../../bench/findings';
import { tempDir } from '../helpers';

/** Reports in the shape each tool prints with --format json (textlint 15, mtlint report version 1). */
const MTLINT = {
  version: 1,
  files: [
    {
      path: 'corpus/a.txt',
      findings: [
        { ruleId: 'bench/terms', line: 1, column: 5, start: 4, end: 16, suggestions: ['Quds Force'] },
        { ruleId: 'zh-en/other', line: 2, column: 1, start: 18, end: 20, suggestions: [] },
        { ruleId: 'bench/terms', line: 3, column: 15, start: 37, end: 49, suggestions: ['Quds Force'] },
      ],
    },
  ],
};
const TEXTLINT = [
  {
    filePath: '/abs/corpus/a.txt',
    messages: [
      { ruleId: 'prh', line: 3, column: 15, index: 37, range: [37, 38], fix: { range: [37, 49], text: 'Quds Force' } },
      { ruleId: 'prh', line: 1, column: 5, index: 4, range: [4, 5], fix: { range: [4, 16], text: 'Quds Force' } },
    ],
  },
];

function write(value: unknown): string {
  const file = join(tempDir(), 'report.json');
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe('findings comparison', () => {
  it('reads the term findings of mtlint and the prh messages of textlint, with the span from the fix and the file name', () => {
    expect(mtlintReplacements(write(MTLINT))).toEqual([
      { file: 'a.txt', line: 1, column: 5, start: 4, end: 16, text: 'Quds Force' },
      { file: 'a.txt', line: 3, column: 15, start: 37, end: 49, text: 'Quds Force' },
    ]);
    expect(textlintReplacements(write(TEXTLINT))[1]).toEqual({ file: 'a.txt', line: 1, column: 5, start: 4, end: 16, text: 'Quds Force' });
  });

  it('finds the same findings the same, whatever their order', () => {
    const result = compareReplacements(mtlintReplacements(write(MTLINT)), textlintReplacements(write(TEXTLINT)));
    expect(result).toEqual({ same: true, mtlint: 2, textlint: 2 });
  });

  it('names the first difference: an off-by-one column, or a finding only one tool has', () => {
    const shifted = structuredClone(TEXTLINT);
    shifted[0].messages[1].column = 4;
    const moved = compareReplacements(mtlintReplacements(write(MTLINT)), textlintReplacements(write(shifted)));
    expect(moved.same).toBe(false);
    expect(moved.firstDifference).toContain('a.txt:1:5');

    const missing = compareReplacements(mtlintReplacements(write(MTLINT)), textlintReplacements(write([{ filePath: 'a.txt', messages: [TEXTLINT[0].messages[0]] }])));
    expect(missing).toMatchObject({ same: false, mtlint: 2, textlint: 1 });
  });
});
