import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles } from '../../src/engine/check-files';
import { sarif } from '../../src/formatters/sarif';
import { LineIndex } from '../../src/kernel/positions';
import { loadRules } from '../../src/loader/load-rules';
import { pack, REPO, runCli, SEED, tempDir, termRule } from '../helpers';
import { fakeContext, finding, report, sarifValidator, seedReport } from './format-context';

const validate = sarifValidator();
const SEED_PATH = 'samples/biden-iraq-2021.en.txt';

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

/** Offsets of a SARIF region (1-based lines, UTF-16 columns, end exclusive) in `text`. */
function offsets(text: string, region: { startLine: number; startColumn: number; endLine: number; endColumn: number }) {
  const { lineStarts } = new LineIndex(text);
  return { start: lineStarts[region.startLine - 1] + region.startColumn - 1, end: lineStarts[region.endLine - 1] + region.endColumn - 1 };
}

describe('sarif formatter', () => {
  const { report: seed, ctx } = seedReport();
  const findings = seed.files[0].findings;
  const log = JSON.parse(sarif(seed, ctx));
  const run = log.runs[0];

  it('produces a log valid against the official SARIF 2.1.0 schema for the seed article', () => {
    expect(findings.length).toBeGreaterThan(5);
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('mtlint');
    expect(run.tool.driver.version).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('gives one result per finding, with its rule, level, message and exact region', () => {
    expect(run.results).toHaveLength(findings.length);
    const levels = { critical: 'error', error: 'error', warning: 'warning', info: 'note' };
    run.results.forEach((r: any, i: number) => {
      const f = findings[i];
      expect(r.ruleId).toBe(f.ruleId);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(f.ruleId);
      expect(r.level).toBe(levels[f.severity]);
      expect(r.message.text).toBe(f.message);
      const location = r.locations[0].physicalLocation;
      expect(location.artifactLocation).toEqual({ uri: SEED_PATH, uriBaseId: '%SRCROOT%' });
      expect(location.region).toEqual({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
    });
    const infos = run.results.filter((r: any) => r.level === 'note');
    expect(infos.length).toBeGreaterThan(0); // the US / U.S. consistency finding
  });

  it('describes exactly the rules that produced findings, from their pack metadata', () => {
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(new Set(ids)).toEqual(new Set(findings.map((f) => f.ruleId)));
    expect(ids).toHaveLength(new Set(ids).size);
    const levels = { critical: 'error', error: 'error', warning: 'warning', info: 'note' };
    for (const descriptor of run.tool.driver.rules) {
      const rule = ctx.rule(descriptor.id)!;
      expect(descriptor.shortDescription.text).not.toMatch(/[{}]/); // placeholders are not for readers
      expect(descriptor.fullDescription.text).toBe(rule.description);
      expect(descriptor.help.text.startsWith(`${rule.description}\n\nExample: flags "`)).toBe(true);
      expect(descriptor.defaultConfiguration.level).toBe(levels[rule.severity]);
      expect(descriptor.properties.category).toBe(rule.category);
    }
  });

  it('writes help from the rule description and its first bad example', () => {
    const dir = tempDir({ 'p.json': pack([termRule('t/quds', 'Quds Brigade', 'Quds Force')]), 'a.txt': 'Then the Quds Brigade struck.\n' });
    const rules = loadRules({ paths: ['p.json'], defaults: false, cwd: dir });
    const { report: checked, sources } = checkFiles(['a.txt'], { rules, cwd: dir, config: false });
    const out = JSON.parse(sarif(checked, { ...fakeContext({}, dir), rule: (id) => rules.rule(id), source: (p) => sources.get(p) }));
    expectValid(out);
    expect(out.runs[0].tool.driver.rules).toEqual([
      {
        id: 't/quds',
        shortDescription: { text: 'Use …' },
        fullDescription: { text: 'test' },
        help: {
          text: 'test\n\nExample: flags "Quds Brigade" in\n    The Quds Brigade met.\nFix: "Quds Force"',
          markdown: 'test\n\n**Example:** flags “Quds Brigade” in\n\n> The **Quds Brigade** met\\.\n\n**Fix:** “Quds Force”',
        },
        defaultConfiguration: { level: 'error' },
        properties: { category: 'terminology', severity: 'error' },
      },
    ]);
  });

  it('turns each fix into a replacement whose region, applied to the source, equals the engine fix', () => {
    const source = ctx.source(SEED_PATH)!;
    let wider = 0;
    run.results.forEach((r: any, i: number) => {
      const f = findings[i];
      if (!f.fix) return expect(r.fixes).toBeUndefined();
      const change = r.fixes[0].artifactChanges[0];
      expect(change.artifactLocation.uri).toBe(SEED_PATH);
      const { deletedRegion, insertedContent } = change.replacements[0];
      expect(offsets(source, deletedRegion)).toEqual({ start: f.fix.start, end: f.fix.end });
      expect(insertedContent.text).toBe(f.fix.text);
      if (f.fix.start < f.start || f.fix.end > f.end) wider++;
    });
    expect(wider).toBeGreaterThan(0); // boilerplate lines are removed with their line break
  });

  it('lists files that could not be checked as error notifications, and stays valid', () => {
    const dir = tempDir({ 'bin.dat': Buffer.from([0x89, 0x50, 0x00, 0x01]), 'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    const rules = loadRules({ defaults: false, cwd: dir });
    const { report: broken, sources } = checkFiles(['missing.txt', 'bin.dat', 'latin1.txt'], { rules, cwd: dir, config: false });
    const out = JSON.parse(sarif(broken, { ...fakeContext({}, dir), source: (p) => sources.get(p) }));
    expectValid(out);
    const invocation = out.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    const notes = invocation.toolExecutionNotifications;
    expect(notes.map((n: any) => [n.level, n.message.text])).toEqual([
      ['error', 'missing.txt: cannot read: no such file'],
      ['error', 'bin.dat: binary file (NUL byte at offset 2); skipped'],
      ['error', 'latin1.txt: invalid UTF-8 at byte offset 3 (0xe9); convert the file to UTF-8'],
    ]);
    expect(notes[2].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'latin1.txt', uriBaseId: '%SRCROOT%' }, region: { byteOffset: 3 } });
    expect(out.runs[0].results).toEqual([]);
  });

  it('ties a rule that failed on a file to that rule', () => {
    const files = [{ path: 'a.txt', findings: [finding()], errors: [{ ruleId: 'test/rule', message: 'rule "test/rule" failed: boom' }, { ruleId: 'other/rule', message: 'rule "other/rule" failed: boom' }] }];
    const out = JSON.parse(sarif(report(...files), fakeContext()));
    expectValid(out);
    expect(out.runs[0].invocations[0].toolExecutionNotifications.map((n: any) => n.associatedRule)).toEqual([{ id: 'test/rule', index: 0 }, { id: 'other/rule' }]);
    expect(out.runs[0].tool.driver.rules[0]).toEqual({
      id: 'test/rule',
      shortDescription: { text: 'test/rule' }, // no pack metadata: the id stands in
      defaultConfiguration: { level: 'error' },
      properties: { category: 'terminology', severity: 'error' },
    });
  });

  it('writes paths as relative, percent-encoded URI references with forward slashes', () => {
    const files = [
      { path: '/repo/news/a b#1.txt', findings: [finding()] },
      { path: 'news\\win:dows.txt', findings: [finding()] },
      { path: '<stdin>', findings: [finding()] },
    ];
    const out = JSON.parse(sarif(report(...files), fakeContext()));
    expectValid(out);
    expect(out.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['news/a%20b%231.txt', 'news/win%3Adows.txt', '%3Cstdin%3E']);
    expect(out.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
  });

  it('offers every suggestion as a fix, and places a wider fix only when the source is known', () => {
    const text = 'One A two.\n\nEditor: X\n';
    const many = finding({ suggestions: ['B', 'C'], fix: { start: 4, end: 5, text: 'B' } });
    const line = finding({ line: 3, column: 1, endColumn: 10, start: 12, end: 21, text: 'Editor: X', suggestions: [''], fix: { start: 10, end: 21, text: '' } });
    const withSource = JSON.parse(sarif(report({ path: 'a.txt', findings: [many, line] }), fakeContext({ 'a.txt': text })));
    expectValid(withSource);
    const [first, second] = withSource.runs[0].results;
    expect(first.fixes.map((x: any) => [x.description.text, x.artifactChanges[0].replacements[0].insertedContent.text])).toEqual([
      ['Replace with "B"', 'B'],
      ['Replace with "C"', 'C'],
    ]);
    expect(second.fixes[0].description.text).toBe('Delete the flagged text');
    expect(second.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual({ startLine: 1, startColumn: 11, endLine: 3, endColumn: 10 });

    const withoutSource = JSON.parse(sarif(report({ path: 'a.txt', findings: [many, line] }), fakeContext()));
    expectValid(withoutSource);
    expect(withoutSource.runs[0].results[0].fixes).toHaveLength(2);
    expect(withoutSource.runs[0].results[1].fixes).toBeUndefined();
  });

  it('carries quality scores in run.properties when the report has them, and nothing otherwise', () => {
    const summary = { files: 1, words: 40, penalty: 5, score: 87.5, failed: ['a.txt'] };
    const scored = { version: 1 as const, summary, files: [{ path: 'a.txt', findings: [], score: 87.5, penalty: 5, words: 40, passed: false, gate: ['score 87.5 < 90'] }] };
    const out = JSON.parse(sarif(scored, fakeContext()));
    expectValid(out);
    expect(out.runs[0].properties).toEqual({ scores: [{ uri: 'a.txt', score: 87.5, penalty: 5, words: 40, passed: false, gate: ['score 87.5 < 90'] }], summary });
    expect(JSON.parse(sarif(report({ path: 'a.txt', findings: [] }), fakeContext())).runs[0].properties).toBeUndefined();
  });

  it('is what `mtlint check --format sarif --output-file` writes', async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'article.txt'));
    const r = await runCli(['check', '--format', 'sarif', '--output-file', 'out.sarif', 'article.txt'], { cwd: dir });
    expect(r.code).toBe(1); // the seed has errors
    expect(r.stdout).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expectValid(written);
    expect(written.runs[0].results.length).toBe(findings.length);
    expect(written.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('article.txt');
  });
});
