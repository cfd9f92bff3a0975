import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles } from '../../src/engine/check-files';
import { sha256, writeFileAtomic, WriteConflictError } from '../../src/io/atomic-write';
import { loadRules } from '../../src/loader/load-rules';
import { REPO, runCli, tempDir, termRule } from '../helpers';
import { customPack, report, runAndKill, runBin } from './support';

const pack = customPack([termRule('x/quds', 'Quds Brigade', 'Quds Force')]);
const fix = ['check', '--no-default-rules', '--rules', 'p.json', '--format', 'json', '--fix'];
const ARTICLE = 'The Quds Brigade struck.\nA second line.\n';
const FIXED = 'The Quds Force struck.\nA second line.\n';
const isRoot = process.getuid?.() === 0;

describe('--fix never loses an article', () => {
  it('writes a temporary file in the same folder and renames it over the original: no temporary file is left', async () => {
    const dir = tempDir({ 'p.json': pack, 'a.txt': ARTICLE });
    const inode = statSync(join(dir, 'a.txt')).ino;
    const r = await runCli([...fix, 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(FIXED);
    expect(statSync(join(dir, 'a.txt')).ino).not.toBe(inode); // replaced by rename, not rewritten in place
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'p.json']);
  });

  it('keeps permissions, mode bits and (as root) the owner', async () => {
    const dir = tempDir({ 'p.json': pack, 'a.txt': ARTICLE, 'b.txt': ARTICLE, 'c.txt': ARTICLE });
    chmodSync(join(dir, 'a.txt'), 0o640);
    chmodSync(join(dir, 'b.txt'), 0o755);
    chmodSync(join(dir, 'c.txt'), 0o2664);
    if (isRoot) chownSync(join(dir, 'c.txt'), 65534, 65534);
    const r = await runCli([...fix, 'a.txt', 'b.txt', 'c.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(['a.txt', 'b.txt', 'c.txt'].map((f) => statSync(join(dir, f)).mode & 0o7777)).toEqual([0o640, 0o755, 0o2664]);
    if (isRoot) expect([statSync(join(dir, 'c.txt')).uid, statSync(join(dir, 'c.txt')).gid]).toEqual([65534, 65534]);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe(FIXED);
  });

  it('through a symbolic link, fixes the file it points to and keeps the link', async () => {
    const dir = tempDir({ 'p.json': pack, 'real/a.txt': ARTICLE });
    symlinkSync(join('real', 'a.txt'), join(dir, 'link.txt'));
    const r = await runCli([...fix, 'link.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.txt'))).toBe(join('real', 'a.txt'));
    expect(readFileSync(join(dir, 'real', 'a.txt'), 'utf8')).toBe(FIXED);
  });

  it('refuses to overwrite a file that changed on disk after it was read, and reports the conflict', () => {
    const dir = tempDir({ 'p.json': pack, 'a.txt': ARTICLE });
    const rules = loadRules({ paths: ['p.json'], defaults: false, cwd: dir });
    let edited = false;
    const result = checkFiles(['a.txt'], {
      rules,
      cwd: dir,
      config: false,
      fix: true,
      // Runs while the rules run, after the file was read and before it is written: an editor saves meanwhile.
      onTiming: () => {
        if (!edited) writeFileSync(join(dir, 'a.txt'), 'An editor rewrote this meanwhile, Quds Brigade.\n');
        edited = true;
      },
    });
    expect(result.report.files[0].errors).toEqual([{ message: `not fixed: ${join(dir, 'a.txt')}: changed on disk since it was read; not overwritten` }]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('An editor rewrote this meanwhile, Quds Brigade.\n');
    expect(() => writeFileAtomic(join(dir, 'a.txt'), Buffer.from('x'), sha256(Buffer.from(ARTICLE)))).toThrow(WriteConflictError);
  });

  it('leaves a read-only file as it is and reports it (exit 2), even for root', async () => {
    const dir = tempDir({ 'p.json': pack, 'a.txt': ARTICLE });
    chmodSync(join(dir, 'a.txt'), 0o444);
    const r = await runCli([...fix, 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(report(r.stdout).files[0].errors).toEqual([{ message: `not fixed: ${join(dir, 'a.txt')}: the file is read-only; not overwritten` }]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(ARTICLE);
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o444);
  });

  it('a write that fails half-way (the process file-size limit) leaves the original intact and no temporary file', () => {
    const big = 'The Quds Brigade struck.\n' + 'Filler text. '.repeat(40_000) + '\n'; // 520 kB; the limit below is 100 kB
    const dir = tempDir({ 'p.json': pack, 'a.txt': big });
    const r = runBin([...fix, 'a.txt'], { cwd: dir, shellPrefix: 'ulimit -f 100; trap "" XFSZ; exec' });
    expect(r.status).toBe(2);
    expect(report(r.stdout).files[0].errors).toEqual([{ message: 'not fixed: file too large for the file system or the process limit; the original is unchanged' }]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(big);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'p.json']);
  });

  const canMount = isRoot && spawnSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d" && umount "$d"']).status === 0;
  (canMount ? it : it.skip)('a full disk leaves the original intact and reports it (a real ENOSPC, on a small tmpfs)', async () => {
    const dir = tempDir({ 'p.json': pack });
    const disk = join(dir, 'disk');
    mkdirSync(disk);
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]).status).toBe(0);
    try {
      const big = 'The Quds Brigade struck. '.repeat(24_000) + '\n'; // 600 kB: the original and its fixed copy do not both fit in 1 MB
      writeFileSync(join(disk, 'a.txt'), big);
      const r = await runCli([...fix, join('disk', 'a.txt')], { cwd: dir });
      expect(r.code).toBe(2);
      expect(report(r.stdout).files[0].errors).toEqual([{ message: 'not fixed: no space left on the device; the original is unchanged' }]);
      expect(readFileSync(join(disk, 'a.txt'), 'utf8')).toBe(big);
      expect(readdirSync(disk)).toEqual(['a.txt']);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('a process killed at any moment of the replacement leaves the old content or the new, never a mix', async () => {
    const dir = tempDir({});
    const file = join(dir, 'a.txt');
    const A = 'a'.repeat(8 * 1024 * 1024);
    const B = 'b'.repeat(8 * 1024 * 1024);
    writeFileSync(file, A);
    const writer = `const { writeFileAtomic } = require(${JSON.stringify(join(REPO, 'dist/src/io/atomic-write.js'))});
      const a = Buffer.from(${JSON.stringify('a')}.repeat(${A.length})), b = Buffer.from('b'.repeat(${B.length}));
      for (let i = 0; ; i++) writeFileAtomic(${JSON.stringify(file)}, i % 2 ? a : b);`;
    for (let round = 0; round < 6; round++) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, ['-e', writer], { stdio: 'ignore' });
        setTimeout(() => child.kill('SIGKILL'), 150 + round * 60);
        child.on('exit', () => resolve());
      });
      const now = readFileSync(file, 'latin1');
      expect(now === A || now === B).toBe(true);
    }
  }, 30_000);

  it('mtlint --fix killed at random moments leaves every article either original or fully fixed', async () => {
    const base = tempDir({ 'p.json': pack });
    const articles: Record<string, string> = {};
    for (let i = 0; i < 40; i++) articles[`a${i}.txt`] = `Article ${i}. ${'The Quds Brigade struck again. '.repeat(8_000)}\n`;
    const expected = Object.fromEntries(Object.entries(articles).map(([k, v]) => [k, v.replace(/Quds Brigade/g, 'Quds Force')]));
    for (const [delay, round] of [[450, 0], [700, 1], [1000, 2], [1400, 3]]) {
      const dir = join(base, `round${round}`);
      mkdirSync(dir);
      cpSync(join(base, 'p.json'), join(dir, 'p.json'));
      for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
      await runAndKill([...fix, '--jobs', '1', ...Object.keys(articles)], dir, delay);
      for (const name of Object.keys(articles)) {
        const now = readFileSync(join(dir, name), 'utf8');
        expect(now === articles[name] || now === expected[name]).toBe(true);
      }
      rmSync(dir, { recursive: true });
    }
  }, 60_000);
});
