import { scoreFindings } from '../../src/engine/score';
import type { Finding } from '../../src/kernel/types';
import { pack, runCli, tempDir, termRule } from '../helpers';

const f = (severity: Finding['severity'], category = 'terminology'): Finding => ({
  ruleId: 'r', severity, category, message: '', line: 1, column: 1, endLine: 1, endColumn: 2, text: 'x', suggestions: [], start: 0, end: 1,
});

describe('quality score', () => {
  it('is 100 − penalty per 1,000 words (the README worked example)', () => {
    // 2 errors (5 each) + 3 warnings (1 each) + 4 infos (0) in 400 words: penalty 13, 100 − 13 × 1000 / 400 = 67.5
    const findings = [f('error'), f('error', 'accuracy/mistranslation'), f('warning', 'style'), f('warning', 'style'), f('warning', 'style'), f('info'), f('info'), f('info'), f('info')];
    const s = scoreFindings(findings, 400);
    expect(s).toEqual({ score: 67.5, penalty: 13, words: 400, categories: { terminology: 5, 'accuracy/mistranslation': 5, style: 3 } });
  });

  it('applies configurable severity and category weights (longest prefix wins)', () => {
    const s = scoreFindings([f('error', 'fluency/spelling'), f('warning', 'style')], 1000, {
      weights: { info: 0, warning: 2, error: 10, critical: 25 },
      categories: { fluency: 0.5, style: 0 },
    });
    expect([s.penalty, s.score]).toEqual([5, 95]);
  });
});

describe('quality gate', () => {
  const words = Array.from({ length: 98 }, (_, i) => `w${i}`).join(' ');

  it('--min-score fails the run when a file scores below it', async () => {
    const warn = { ...termRule('t/w', 'foo', 'bar'), severity: 'warning' };
    const dir = tempDir({ 'p.json': pack([warn]), 'a.txt': `foo foo ${words}` }); // 100 words, penalty 2 → 80
    const base = ['check', '--format', 'json', '--no-default-rules', '--rules', 'p.json', 'a.txt'];
    const ok = await runCli([...base, '--min-score', '80'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).files[0]).toMatchObject({ score: 80, penalty: 2, words: 100, passed: true });
    const failed = await runCli([...base, '--min-score', '81'], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/a\.txt fails the quality gate: score 80 is below the minimum 81/);
  });

  it('a critical finding fails the file whatever its score, unless configured otherwise', async () => {
    const crit = { ...termRule('t/c', 'foo', 'bar'), severity: 'critical' };
    const dir = tempDir({ 'p.json': pack([crit]), 'a.txt': `foo ${words}` });
    const r = await runCli(['check', '--format', 'json', '--no-default-rules', '--rules', 'p.json', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].passed).toBe(false);
  });

  it('shows the score in the JSON summary', async () => {
    const dir = tempDir({ 'a.txt': `Clean text. ${words}` });
    const report = JSON.parse((await runCli(['check', '--format', 'json', 'a.txt'], { cwd: dir })).stdout);
    expect(report.summary).toMatchObject({ files: 1, score: 100, failed: [] });
  });
});
