import { check, loadRules } from '../../src';
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
});
