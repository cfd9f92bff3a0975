import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeData, escapeProperty, github } from '../../src/formatters/github';
import { REPO, runCli, SEED, tempDir } from '../helpers';
import { fakeContext, finding, report } from './format-context';

/** Reads a workflow command back the way the Actions runner does: split first, then unescape. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1], properties, message: unescape(m[3]) };
}

describe('github formatter', () => {
  it('escapes data and property values by the Actions rules', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext%3A a%2Cb');
    // "%" first, so an escape already in the text is not mistaken for one of ours.
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('writes one annotation per finding, with position, rule id and suggestion', () => {
    const out = github(report({ path: 'news/a.txt', findings: [finding({ line: 7, column: 21, endLine: 7, endColumn: 28, message: '"US-Iran" may be wrong.', suggestions: ['US-Iraq'], ruleId: 'zh-en/iraq-iran' })] }), fakeContext());
    expect(out).toBe('::error file=news/a.txt,line=7,col=21,endLine=7,endColumn=28,title=zh-en/iraq-iran::"US-Iran" may be wrong. Suggestion: “US-Iraq”\n');
  });

  it('keeps special characters in file names and messages intact through the escaping', () => {
    const path = 'news/50%, then: more\nlines.txt';
    const message = 'Rate rose 5%: from 1,000\r\nto 1,050 (%0A stays text).';
    const out = github(report({ path, findings: [finding({ message, suggestions: ['a, b: c', ''] })] }), fakeContext());
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1); // a newline anywhere would end the command early
    expect(lines[0]).toContain('file=news/50%25%2C then%3A more%0Alines.txt,');
    const parsed = parseCommand(lines[0]);
    expect(parsed.properties).toEqual({ file: path, line: '1', col: '5', endLine: '1', endColumn: '6', title: 'test/rule' });
    expect(parsed.message).toBe(`${message} Suggestion: “a, b: c” or delete it`);
  });

  it('maps severities to error, warning and notice commands', () => {
    const severities = ['critical', 'error', 'warning', 'info'] as const;
    const out = github(report({ path: 'a.txt', findings: severities.map((severity) => finding({ severity, suggestions: [] })) }), fakeContext());
    expect(out.trimEnd().split('\n').map((l) => parseCommand(l).command)).toEqual(['error', 'error', 'warning', 'notice']);
    expect(parseCommand(out.split('\n')[0]).message).toBe('Use B'); // no suggestion to add
  });

  it('gives a multi-line finding its lines but no columns', () => {
    const out = github(report({ path: 'a.txt', findings: [finding({ line: 2, column: 4, endLine: 3, endColumn: 2 })] }), fakeContext());
    expect(parseCommand(out.trimEnd()).properties).toEqual({ file: 'a.txt', line: '2', endLine: '3', title: 'test/rule' });
  });

  it('reports files that could not be checked as file-level errors, paths relative to the working folder', () => {
    const out = github(report({ path: '/repo/news/bin.dat', findings: [], errors: [{ message: 'binary file (NUL byte at offset 2); skipped' }] }), fakeContext());
    expect(out).toBe('::error file=news/bin.dat::binary file (NUL byte at offset 2); skipped\n');
  });

  it('annotates a file that fails the quality gate, even with no finding to show', () => {
    const gated = { path: 'a.txt', findings: [], score: 80, penalty: 5, words: 250, passed: false, gate: ['score 80 is below the minimum 90'] };
    expect(github(report(gated), fakeContext())).toBe('::error file=a.txt,title=mtlint quality gate::Quality gate failed: score 80 is below the minimum 90.\n');
    expect(github(report({ ...gated, passed: true, gate: undefined }), fakeContext())).toBe('');
  });

  it('is what `mtlint check --format github` prints for the seed article', async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'article.txt'));
    const json = JSON.parse((await runCli(['check', '--format', 'json', 'article.txt'], { cwd: dir })).stdout);
    const r = await runCli(['check', '--format', 'github', 'article.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map(parseCommand);
    expect(lines).toHaveLength(json.files[0].findings.length);
    const quds = json.files[0].findings.find((f: any) => f.text === 'Quds Brigade');
    expect(lines).toContainEqual({
      command: 'error',
      properties: { file: 'article.txt', line: String(quds.line), col: String(quds.column), endLine: String(quds.endLine), endColumn: String(quds.endColumn), title: quds.ruleId },
      message: `${quds.message} Suggestion: “Quds Force”`,
    });
  });

  it('shows a failed --min-score gate as an annotation on the file', async () => {
    const dir = tempDir();
    copyFileSync(join(REPO, 'samples/clean/us-iran-talks-vienna.txt'), join(dir, 'clean.txt'));
    const r = await runCli(['check', '--format', 'github', '--min-score', '101', 'clean.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('::error file=clean.txt,title=mtlint quality gate::Quality gate failed: score 100 is below the minimum 101.\n');
  });
});
