import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../src/engine/check-files';
import { runCli, SEED, tempDir, termRule } from '../helpers';
import { customPack, elapsed, report } from './support';

// Large inputs are made on the fly in the temporary folder, never committed.
const pack = customPack([termRule('x/quds', 'Quds Brigade', 'Quds Force')]);
const custom = ['check', '--no-default-rules', '--rules', 'p.json', '--format', 'json'];

describe('large inputs (generated in the temporary folder)', () => {
  it('a 200 MB file is refused before it is read: a clear message, exit 2, the other files still checked', async () => {
    const dir = tempDir({ 'p.json': pack, 'small.txt': 'The Quds Brigade.\n' });
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    const [r, ms] = await elapsed(() => runCli([...custom, 'huge.txt', 'small.txt'], { cwd: dir }));
    expect(r.code).toBe(2);
    expect(report(r.stdout).files.map((f) => [f.path, f.findings.length, f.errors?.[0].message])).toEqual([
      ['huge.txt', 0, 'too large to check (200.0 MB, the limit is 128.0 MB; see --max-file-size); skipped'],
      ['small.txt', 1, undefined],
    ]);
    expect(ms).toBeLessThan(2_000);
  });

  it('stdin larger than the limit is refused the same way, and --max-file-size sets the limit', async () => {
    expect(MAX_ARTICLE_BYTES).toBe(128 * 1024 * 1024);
    const r = await runCli([...custom, '--max-file-size', '1', '-'], { cwd: tempDir({ 'p.json': pack }), stdin: Buffer.alloc(1024 * 1024 + 1, 'a') });
    expect(r.code).toBe(2);
    expect(report(r.stdout).files[0].errors?.[0].message).toMatch(/^too large to check \(1\.0 MB, the limit is 1\.0 MB/);
    expect((await runCli([...custom, '--max-file-size', '0', '-'], { stdin: 'x' })).code).toBe(2);
  });

  it('a line of 1 MB, with the bundled packs: checked in seconds, every position exact', async () => {
    // The seed article joined into one line and repeated to 1 MB.
    const seed = readFileSync(SEED, 'utf8').replace(/\s*\n\s*/g, ' ');
    const line = seed.repeat(Math.ceil(1_000_000 / seed.length)).slice(0, 1_000_000) + ' the Quds Brigade.';
    const text = `${line}\nA short line about the Quds Brigade.\n`;
    const dir = tempDir({ 'long.txt': text });
    const [r, ms] = await elapsed(() => runCli(['check', '--format', 'json', 'long.txt'], { cwd: dir }));
    expect(r.code).toBe(1);
    const findings = report(r.stdout).files[0].findings;
    expect(findings.length).toBeGreaterThan(100);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings.filter((f) => f.text === 'Quds Brigade').map((f) => f.start)).toEqual(expect.arrayContaining([line.length - 13, line.length + 24]));
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('100,000 small files with --jobs 2 --format json: every file reported once, in order', async () => {
    const dir = tempDir({ 'p.json': pack });
    mkdirSync(join(dir, 'many'));
    const names: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const name = `f${String(i).padStart(6, '0')}.txt`;
      names.push(join('many', name));
      writeFileSync(join(dir, 'many', name), i % 1000 === 7 ? `Article ${i}: the Quds Brigade.\n` : `Article ${i}.\n`);
    }
    const [r, ms] = await elapsed(() => runCli([...custom, '--jobs', '2', 'many'], { cwd: dir }));
    expect(r.code).toBe(1);
    const files = report(r.stdout).files;
    expect(files.map((f) => f.path)).toEqual(names);
    expect(files.filter((f) => f.findings.length).map((f) => f.path)).toEqual(names.filter((_, i) => i % 1000 === 7));
    expect(files.every((f) => !f.errors)).toBe(true);
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
