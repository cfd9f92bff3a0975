import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pack, runCli, SEED, tempDir, termRule } from '../helpers';

const quds = termRule('t/quds', 'Quds Brigade', 'Quds Force');
const customPack = pack([quds]);

describe('mtlint check', () => {
  it('exits 1 with an error finding, 0 without, 2 on usage errors', async () => {
    const dir = tempDir({ 'p.json': customPack, 'bad.txt': 'The Quds Brigade struck.\n', 'good.txt': 'The Quds Force struck.\n' });
    const opts = ['--no-default-rules', '--rules', 'p.json'];
    expect((await runCli(['check', ...opts, 'bad.txt'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['check', ...opts, 'good.txt'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['check', '--bogus-flag', 'good.txt'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['check', ...opts, '--format', 'nope', 'good.txt'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['check', ...opts], { cwd: dir })).code).toBe(2);
  });

  it('prints a readable report: file:line:col, severity, message, rule id, the text and the suggestion', async () => {
    const dir = tempDir({ 'p.json': customPack, 'a.txt': 'Intro.\nThe Quds Brigade struck.\n' });
    const { stdout } = await runCli(['check', '--no-default-rules', '--rules', 'p.json', 'a.txt'], { cwd: dir });
    expect(stdout).toContain('a.txt:2:5  error     Use Quds Force  t/quds');
    expect(stdout).toContain('The Quds Brigade struck.');
    expect(stdout).toContain('suggestion: “Quds Force”');
    expect(stdout).toMatch(/1 problem \(1 error, 0 warnings, 0 info\)/);
    expect(stdout).not.toMatch(/\u001b\[/); // no colour when not a terminal
  });

  it('exits 2 and loses nothing when a rule pack is invalid', async () => {
    const dir = tempDir({ 'p.json': '{ "name": ', 'a.txt': 'text' });
    const r = await runCli(['check', '--rules', 'p.json', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/p\.json:1:\d+: invalid JSON/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('text');
  });

  it('reads stdin with - and names it with --stdin-filename', async () => {
    const r = await runCli(['check', '--format', 'json', '--stdin-filename', 'in.txt', '-'], { stdin: 'Soleimani led the Quds Brigade.' });
    const report = JSON.parse(r.stdout);
    expect(report.files[0].path).toBe('in.txt');
    expect(report.files[0].findings.map((f: any) => f.text)).toContain('Quds Brigade');
  });

  it('reports missing files, folders, binary files and invalid UTF-8 clearly, with exit 2', async () => {
    const dir = tempDir({ 'bin.dat': Buffer.from([0x89, 0x50, 0x00, 0x01]), 'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    const r = await runCli(['check', '--format', 'json', 'missing.txt', 'bin.dat', 'latin1.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    const errors = JSON.parse(r.stdout).files.map((f: any) => [f.path, f.errors[0].message, f.findings.length]);
    expect(errors).toEqual([
      ['missing.txt', 'cannot read: no such file', 0],
      ['bin.dat', 'binary file (NUL byte at offset 2); skipped', 0],
      ['latin1.txt', 'invalid UTF-8 at byte offset 3 (0xe9); convert the file to UTF-8', 0],
    ]);
  });

  it('checks an empty file without findings', async () => {
    const dir = tempDir({ 'empty.txt': '' });
    const r = await runCli(['check', 'empty.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No problems found/);
  });

  it('honours --quiet and --max-warnings', async () => {
    const warn = { ...termRule('t/w', 'foo', 'bar'), severity: 'warning' };
    const dir = tempDir({ 'p.json': pack([warn]), 'a.txt': 'foo foo' });
    const opts = ['--no-default-rules', '--rules', 'p.json', 'a.txt'];
    expect((await runCli(['check', ...opts], { cwd: dir })).code).toBe(0);
    expect((await runCli(['check', '--max-warnings', '1', ...opts], { cwd: dir })).code).toBe(1);
    expect((await runCli(['check', '--quiet', ...opts], { cwd: dir })).stdout).toMatch(/No problems found/);
  });

  it('prints timing per rule and kind with --timing', async () => {
    const dir = tempDir({ 'a.txt': 'text' });
    const r = await runCli(['check', '--timing', 'a.txt'], { cwd: dir });
    expect(r.stderr).toMatch(/Rule\s+\| Time \(ms\)/);
    expect(r.stderr).toMatch(/Total: [\d.]+ ms over \d+ rules/);
  });
});

describe('mtlint check --fix', () => {
  it('rewrites the file, preserving CRLF line endings, the BOM and the mode bits', async () => {
    const text = '\uFEFFLine one.\r\nThe Quds Brigade struck.\r\n';
    const dir = tempDir({ 'p.json': customPack, 'a.txt': text });
    chmodSync(join(dir, 'a.txt'), 0o640);
    const r = await runCli(['check', '--fix', '--no-default-rules', '--rules', 'p.json', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('\uFEFFLine one.\r\nThe Quds Force struck.\r\n');
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const dir = tempDir({ 'a.txt': readFileSync(SEED) });
    await runCli(['check', '--fix', 'a.txt'], { cwd: dir });
    const once = readFileSync(join(dir, 'a.txt'), 'utf8');
    await runCli(['check', '--fix', 'a.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(once);
    expect(once).not.toBe(readFileSync(SEED, 'utf8'));
  });

  it('resolves overlapping fixes deterministically and applies the other in a later pass', async () => {
    const rules = [termRule('t/long', 'Quds Brigade', 'Quds Force'), { ...termRule('t/short', 'Brigade', 'Unit'), severity: 'warning' }];
    const dir = tempDir({ 'p.json': pack(rules), 'a.txt': 'The Quds Brigade and the Brigade.' });
    const json = JSON.parse((await runCli(['check', '--format', 'json', '--no-default-rules', '--rules', 'p.json', 'a.txt'], { cwd: dir })).stdout);
    expect(json.files[0].findings.map((f: any) => f.ruleId)).toEqual(['t/long', 't/short', 't/short']);
    await runCli(['check', '--fix', '--no-default-rules', '--rules', 'p.json', 'a.txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('The Quds Force and the Unit.');
  });

  it('writes the fixed text to stdout when fixing stdin', async () => {
    const r = await runCli(['check', '--fix', '-'], { stdin: 'The Quds Brigade.' });
    expect(r.stdout).toBe('The Quds Force.');
  });

  it('leaves a read-only folder untouched and reports it', async () => {
    if (process.getuid?.() === 0) return; // root may write anywhere; the atomic-write tests cover the failure path
    const dir = tempDir({ 'p.json': customPack, 'a.txt': 'The Quds Brigade.' });
    chmodSync(dir, 0o555);
    try {
      const r = await runCli(['check', '--fix', '--no-default-rules', '--rules', 'p.json', 'a.txt'], { cwd: dir });
      expect(r.code).toBe(2);
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('The Quds Brigade.');
  });
});

describe('mtlint check --format diff', () => {
  const apply = (tool: 'git' | 'patch', crlf: boolean) => async () => {
    const seed = readFileSync(SEED, 'utf8');
    const dir = tempDir({ 'samples/x.txt': crlf ? seed.replace(/\n/g, '\r\n') : seed });
    const { stdout } = await runCli(['check', '--format', 'diff', 'samples/x.txt'], { cwd: dir });
    expect(stdout).toMatch(/^--- a\/samples\/x\.txt\n\+\+\+ b\/samples\/x\.txt\n@@ /);
    writeFileSync(join(dir, 'fix.patch'), stdout);
    if (tool === 'git') execFileSync('git', ['apply', '--whitespace=nowarn', 'fix.patch'], { cwd: dir });
    else execFileSync('patch', ['-p1', '-i', 'fix.patch'], { cwd: dir });
    const after = await runCli(['check', '--format', 'json', 'samples/x.txt'], { cwd: dir });
    const left = JSON.parse(after.stdout).files[0].findings.filter((f: any) => f.suggestions.length);
    expect(left).toEqual([]);
  };
  it('is accepted by git apply', apply('git', false));
  it('is accepted by patch -p1', apply('patch', false));
  it('is accepted by git apply on a CRLF file', apply('git', true));

  it('prints nothing when there is nothing to fix', async () => {
    const dir = tempDir({ 'a.txt': 'Fine text.\n' });
    expect((await runCli(['check', '--format', 'diff', 'a.txt'], { cwd: dir })).stdout).toBe('');
  });

  it('works on a copy of the seed sample', async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'seed.txt'));
    const { stdout } = await runCli(['check', '--format', 'diff', 'seed.txt'], { cwd: dir });
    expect(stdout).toContain('-  Biden held a meeting with visiting Iraqi Prime Minister Kadimi at the White House that day.');
  });
});
