import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers';

const article = 'Soleimani led the Quds Brigade. The US and U.S. differ.\n';

describe('.mtlintrc.json', () => {
  it('is found upward from each file, turns rules off, re-grades them, and applies per-glob overrides', async () => {
    const dir = tempDir({
      '.mtlintrc.json': JSON.stringify({ root: true, rules: { 'zh-en/us-abbreviation': 'off' }, overrides: [{ files: ['opinion/**'], rules: { 'zh-en/quds-force': 'warning' } }] }),
      'news/a.txt': article,
      'opinion/b.txt': article,
    });
    const r = await runCli(['check', '--format', 'json', 'news/a.txt', 'opinion/b.txt'], { cwd: dir });
    const files = JSON.parse(r.stdout).files;
    const summary = (i: number) => files[i].findings.map((f: any) => `${f.ruleId}:${f.severity}`);
    expect(summary(0)).toEqual(['zh-en/quds-force:error']);
    expect(summary(1)).toEqual(['zh-en/quds-force:warning']);
  });

  it('never flags allowlisted names and skips ignored files', async () => {
    const dir = tempDir({
      '.mtlintrc.json': JSON.stringify({ allowlist: ['Quds Brigade'], ignore: ['drafts/'] }),
      'a.txt': 'The Quds Brigade marched.\n',
      'drafts/b.txt': 'The Quds Brigade marched.\n',
    });
    const r = await runCli(['check', '--format', 'json', '.'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: any) => [f.path, f.findings.length])).toEqual([['a.txt', 0]]);
  });

  it('reports invalid configuration with file:line:col, path and a plain message, exit 2', async () => {
    const dir = tempDir({ '.mtlintrc.json': '{\n  "rules": { "zh-en/quds-force": "loud" }\n}\n', 'a.txt': 'x' });
    const r = await runCli(['check', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.mtlintrc.json:2:34: rules.zh-en/quds-force must be one of off, info, warning, error, critical (got "loud")');
  });

  it('rejects unknown rule ids in the configuration', async () => {
    const dir = tempDir({ '.mtlintrc.json': JSON.stringify({ rules: { 'zh-en/nope': 'off' } }), 'a.txt': 'x' });
    const r = await runCli(['check', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule "zh-en\/nope"/);
  });

  it('mtlint init writes a starter config with $schema, and print-config shows the effective settings', async () => {
    const dir = tempDir({ 'opinion/x.txt': 'x' });
    expect((await runCli(['init'], { cwd: dir })).code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, '.mtlintrc.json'), 'utf8'));
    expect(config.$schema).toMatch(/config\.schema\.json$/);
    expect((await runCli(['init'], { cwd: dir })).code).toBe(2);
    const printed = JSON.parse((await runCli(['print-config', 'opinion/x.txt'], { cwd: dir })).stdout);
    expect(printed.rules['zh-en/us-abbreviation']).toBe('warning');
    expect(printed.configFiles).toEqual(['.mtlintrc.json']);
  });

  it('.mtlintignore uses gitignore syntax', async () => {
    const dir = tempDir({ '.mtlintignore': '*.draft.txt\n', 'a.txt': 'fine.\n', 'b.draft.txt': 'The Quds Brigade.\n' });
    const report = JSON.parse((await runCli(['check', '--format', 'json', '.'], { cwd: dir })).stdout);
    expect(report.files.map((f: any) => f.path)).toEqual(['a.txt']);
  });
});

describe('inputs', () => {
  it('walks folders by extension and expands globs; an unmatched pattern is exit 2 unless allowed', async () => {
    const dir = tempDir({ 'a/x.txt': 'x', 'a/y.md': 'y', 'a/z.json': '{}', 'b/w.html': '<p>w</p>' });
    const listed = async (...args: string[]) => JSON.parse((await runCli(['check', '--format', 'json', ...args], { cwd: dir })).stdout).files.map((f: any) => f.path);
    expect(await listed('a')).toEqual(['a/x.txt', 'a/y.md']);
    expect(await listed('**/*.html')).toEqual(['b/w.html']);
    const r = await runCli(['check', 'nothing/**/*.txt'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/no files match the pattern "nothing\/\*\*\/\*\.txt"/)]);
    expect((await runCli(['check', '--no-error-on-unmatched-pattern', 'nothing/**/*.txt', 'a/x.txt'], { cwd: dir })).code).toBe(0);
  });
});
