import { check, fix, loadRules } from '../../src';
import { pack, tempDir, termRule } from '../helpers';
import { join } from 'node:path';

describe('library API', () => {
  it('check() returns the report contract', () => {
    const report = check('Soleimani led the Quds Brigade.', { filename: 'a.txt' });
    expect(report.version).toBe(1);
    const [f] = report.files[0].findings.filter((x) => x.ruleId === 'zh-en/quds-force');
    expect(f).toMatchObject({ ruleId: 'zh-en/quds-force', severity: 'error', category: 'terminology', line: 1, column: 19, endLine: 1, endColumn: 31, text: 'Quds Brigade', suggestions: ['Quds Force'] });
    expect(typeof f.message).toBe('string');
  });

  it('loadRules() + check() with a custom pack only', () => {
    const dir = tempDir({ 'p.json': pack([termRule('t/x', 'foo', 'bar')]) });
    const rules = loadRules({ paths: [join(dir, 'p.json')], defaults: false });
    expect(check('a foo b', { rules }).files[0].findings.map((f) => f.suggestions)).toEqual([['bar']]);
  });

  it('check() and fix() read the format from the filename, as the command line does', () => {
    const text = '# The Quds Brigade\n\nThe `Quds Brigade` is quoted as code.\n';
    const quds = (filename: string) => check(text, { filename }).files[0].findings.filter((f) => f.ruleId === 'zh-en/quds-force');
    expect(quds('a.md').map((f) => f.line)).toEqual([1]);
    expect(quds('a.txt').map((f) => f.line)).toEqual([1, 3]);
    expect(fix(text, { filename: 'a.md' }).output).toBe('# The Quds Force\n\nThe `Quds Brigade` is quoted as code.\n');
  });

  it('check() honours inline suppressions', () => {
    const text = '# mtlint-disable-next-line zh-en/quds-force\nSoleimani led the Quds Brigade.\n';
    expect(check(text, { filename: 'a.txt' }).files[0].findings.filter((f) => f.ruleId === 'zh-en/quds-force')).toEqual([]);
  });
});
