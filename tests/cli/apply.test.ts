import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, SEED, tempDir } from '../helpers';

const seed = readFileSync(SEED, 'utf8');

interface Finding {
  id: number;
  ruleId: string;
  text: string;
  start: number;
  end: number;
  fix?: unknown;
  context: string;
  contextHash: string;
}

/** What "Download decisions" in the report would save, for a verdict per finding. */
async function decisionsFor(dir: string, files: string[], verdict: (f: Finding) => Record<string, unknown> | undefined) {
  await runCli(['check', '--format', 'html', '-o', 'report.html', ...files], { cwd: dir });
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  const data = JSON.parse(/<script type="application\/json" id="mtlint-data">([^]*?)<\/script>/.exec(html)![1]);
  return {
    format: 'mtlint-decisions',
    version: 1,
    files: data.files.map((f: { path: string; sha256: string; plan: unknown; findings: Finding[] }) => ({
      path: f.path,
      sha256: f.sha256,
      plan: f.plan,
      decisions: f.findings.flatMap((x) => {
        const v = verdict(x);
        return v ? [{ id: x.id, ruleId: x.ruleId, text: x.text, start: x.start, end: x.end, context: x.context, contextHash: x.contextHash, ...v }] : [];
      }),
    })),
  };
}

describe('mtlint apply', () => {
  it('applies accepted and edited decisions, atomically, and leaves rejected findings alone', async () => {
    const dir = tempDir({ 'a.txt': seed, 'b.txt': '\uFEFFSoleimani led the Quds Brigade.\r\nThe talks ended.\r\n' });
    const decisions = await decisionsFor(dir, ['a.txt', 'b.txt'], (f) =>
      f.text === 'Kadimi' ? { verdict: 'reject' } : f.text === 'Quds Brigade' ? { verdict: 'edit', replacement: 'Quds Force of the IRGC' } : f.fix ? { verdict: 'accept' } : undefined,
    );
    writeFileSync(join(dir, 'd.json'), JSON.stringify(decisions));
    const fixedDir = tempDir({ 'a.txt': seed });
    await runCli(['check', '--fix', 'a.txt'], { cwd: fixedDir });

    const r = await runCli(['apply', 'd.json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^a\.txt: \d+ changes \(\d+ accepted, 1 edited\), 1 rejected$/m);
    expect(r.stdout).toContain('Wrote 2 files.');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(readFileSync(join(fixedDir, 'a.txt'), 'utf8').replace('Kadhimi', 'Kadimi').replace('Quds Force', 'Quds Force of the IRGC'));
    // The byte-order mark and CRLF line ends stay.
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('\uFEFFSoleimani led the Quds Force of the IRGC.\r\nThe talks ended.\r\n');
  });

  it('refuses, writing nothing, when any file changed since the report was made', async () => {
    const dir = tempDir({ 'a.txt': seed, 'b.txt': seed });
    writeFileSync(join(dir, 'd.json'), JSON.stringify(await decisionsFor(dir, ['a.txt', 'b.txt'], (f) => (f.fix ? { verdict: 'accept' } : undefined))));
    writeFileSync(join(dir, 'b.txt'), seed + 'One more line.\n');
    const r = await runCli(['apply', 'd.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing was written');
    expect(r.stderr).toContain('b.txt: changed since the report was made');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(seed);
  });

  it('changes nothing with --dry-run, and says what it would do', async () => {
    const dir = tempDir({ 'a.txt': seed });
    writeFileSync(join(dir, 'd.json'), JSON.stringify(await decisionsFor(dir, ['a.txt'], (f) => (f.fix ? { verdict: 'accept' } : undefined))));
    const r = await runCli(['apply', '--dry-run', 'd.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dry run: no file was changed.');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(seed);
  });

  it('records rejected findings marked for the baseline with --baseline, and mentions them without it', async () => {
    const dir = tempDir({ 'a.txt': seed });
    writeFileSync(join(dir, 'd.json'), JSON.stringify(await decisionsFor(dir, ['a.txt'], (f) => (f.text === 'Kadimi' ? { verdict: 'reject', baseline: true } : undefined))));
    expect((await runCli(['apply', 'd.json'], { cwd: dir })).stdout).toContain('1 rejected finding is marked for the baseline: add --baseline FILE to record it.');
    const r = await runCli(['apply', 'd.json', '--baseline', 'base.json'], { cwd: dir });
    expect(r.stdout).toContain('Recorded 1 rejected finding in base.json.');
    const after = await runCli(['check', '--format', 'json', '--baseline', 'base.json', 'a.txt'], { cwd: dir });
    expect(JSON.parse(after.stdout).files[0].findings.map((f: Finding) => f.text)).not.toContain('Kadimi');
  });

  it('explains a file that is not a decisions file, or a broken one, with exit 2', async () => {
    const dir = tempDir({ 'bad.json': '{"format": "mtlint-decisions", "version": 2, "files": [{"path": "", "sha256": "x", "plan": {}, "decisions": [{"id": 1, "verdict": "maybe"}]}]}', 'other.json': '{}', 'broken.json': '{' });
    const bad = await runCli(['apply', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('version must be 1 (got 2)');
    expect(bad.stderr).toContain('files[0].sha256 must be the SHA-256 of the file, in hex');
    expect(bad.stderr).toContain('files[0].decisions[0].verdict must be one of accept, reject, edit (got "maybe")');
    expect((await runCli(['apply', 'other.json'], { cwd: dir })).stderr).toContain('not an mtlint decisions file');
    expect((await runCli(['apply', 'broken.json'], { cwd: dir })).stderr).toContain('not valid JSON');
    expect((await runCli(['apply', 'missing.json'], { cwd: dir })).stderr).toContain('missing.json: cannot read: no such file');
  });
});
