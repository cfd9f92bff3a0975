import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, termRule } from '../helpers';
import { customPack, report, runBin } from './support';

const pack = customPack([termRule('x/quds', 'Quds Brigade', 'Quds Force')]);
const check = ['check', '--no-default-rules', '--rules', 'p.json', '--format', 'json'];

async function checkFiles(files: Record<string, string | Buffer>, args: string[] = []) {
  const dir = tempDir({ 'p.json': pack, ...files });
  const r = await runCli([...check, ...args, ...Object.keys(files)], { cwd: dir });
  return { ...r, dir, files: r.stdout ? report(r.stdout).files : [] };
}

const utf16 = (text: string, be: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  if (be) le.swap16();
  return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
};

describe('hostile or broken input: a clear message, the right exit code, no crash', () => {
  it('an empty file is checked and has nothing to report (exit 0)', async () => {
    const r = await checkFiles({ 'empty.txt': '' });
    expect(r.code).toBe(0);
    expect(r.files).toEqual([expect.objectContaining({ path: 'empty.txt', findings: [] })]);
  });

  it('a binary file is skipped and reported, with no findings from its bytes (exit 2)', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('Quds Brigade'.repeat(10))]);
    const r = await checkFiles({ 'image.txt': png, 'fine.txt': 'The Quds Brigade.\n' });
    expect(r.code).toBe(2);
    expect(r.files.map((f) => [f.path, f.findings.length, f.errors?.[0].message])).toEqual([
      ['image.txt', 0, 'binary file (NUL byte at offset 8); skipped'],
      ['fine.txt', 1, undefined],
    ]);
  });

  it('NUL bytes inside otherwise valid text make it binary: skipped and reported with the offset', async () => {
    const r = await checkFiles({ 'nul.txt': 'The Quds\u0000 Brigade.\n' });
    expect(r.code).toBe(2);
    expect(r.files[0].errors).toEqual([{ message: 'binary file (NUL byte at offset 8); skipped', byteOffset: 8 }]);
  });

  it('invalid UTF-8 is reported with its byte offset, and --fix writes nothing (no U+FFFD sneaks in)', async () => {
    const bytes = Buffer.concat([Buffer.from('The Quds Brigade said caf'), Buffer.from([0xe9]), Buffer.from(' and Quds Brigade.\n')]);
    const r = await checkFiles({ 'latin1.txt': bytes }, ['--fix']);
    expect(r.code).toBe(2);
    expect(r.files[0]).toEqual(expect.objectContaining({ findings: [], errors: [{ message: 'invalid UTF-8 at byte offset 25 (0xe9); convert the file to UTF-8', byteOffset: 25 }] }));
    expect(readFileSync(join(r.dir, 'latin1.txt'))).toEqual(bytes);
  });

  it.each([
    ['UTF-16 LE', false],
    ['UTF-16 BE', true],
  ])('%s with a BOM is decoded, and --fix writes it back in the same encoding with its BOM', async (_name, be) => {
    const r = await checkFiles({ 'u16.txt': utf16('Die Quds Brigade 中文.\r\n', be) }, ['--fix']);
    expect(r.code).toBe(0);
    expect(r.files[0].fixed).toBe(true);
    expect(readFileSync(join(r.dir, 'u16.txt'))).toEqual(utf16('Die Quds Force 中文.\r\n', be));
  });

  it('UTF-16 without a BOM, and UTF-16 cut in the middle of a character, are refused clearly', async () => {
    const noBom = Buffer.from('The Quds Brigade.\n', 'utf16le');
    const odd = Buffer.concat([utf16('Quds', false), Buffer.from([0x41])]);
    const r = await checkFiles({ 'nobom.txt': noBom, 'odd.txt': odd });
    expect(r.code).toBe(2);
    expect(r.files.map((f) => f.errors?.[0].message)).toEqual(['binary file (NUL byte at offset 1); skipped', 'invalid UTF-16LE: odd number of bytes']);
  });

  it('mixed CRLF and LF: --fix changes the term and keeps every line ending as it was', async () => {
    const text = 'One Quds Brigade.\r\nTwo.\nThree Quds Brigade\r\n\r\nFour\rFive Quds Brigade\n';
    const r = await checkFiles({ 'mixed.txt': text }, ['--fix']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(r.dir, 'mixed.txt'), 'utf8')).toBe(text.replace(/Quds Brigade/g, 'Quds Force'));
  });

  it('every Unicode plane: astral characters, combining marks, ZWJ emoji, RTL text and CJK keep positions exact', async () => {
    const line = '𝔘𝔫𝔦 é 👩‍👩‍👧‍👦 مرحبا 中文 🇮🇶 \u{10FFFD} the Quds Brigade \u202Eflip\u202C.';
    const r = await checkFiles({ 'planes.txt': `${line}\n${line}\n` }, ['--fix']);
    const before = `${line}\n${line}\n`;
    expect(readFileSync(join(r.dir, 'planes.txt'), 'utf8')).toBe(before.replace(/Quds Brigade/g, 'Quds Force'));
    const dir = tempDir({ 'p.json': pack, 'planes.txt': before });
    const found = report((await runCli([...check, 'planes.txt'], { cwd: dir })).stdout).files[0].findings as unknown as { text: string; start: number; end: number; line: number; column: number }[];
    expect(found).toHaveLength(2);
    for (const f of found) {
      expect(before.slice(f.start, f.end)).toBe(f.text);
      expect(f.column).toBe(line.indexOf('Quds Brigade') + 1);
    }
  });

  it('a file that cannot be read is reported as such (exit 2); the others are still checked', async () => {
    const dir = tempDir({ 'p.json': pack, 'secret.txt': 'The Quds Brigade.\n', 'open.txt': 'The Quds Brigade.\n' });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads every file whatever its mode, so the check runs as an unprivileged user.
    const r = process.getuid?.() === 0 ? runBin([...check, 'secret.txt', 'open.txt'], { cwd: dir, uid: 65534 }) : runBin([...check, 'secret.txt', 'open.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(report(r.stdout).files.map((f) => [f.path, f.findings.length, f.errors?.[0].message])).toEqual([
      ['secret.txt', 0, 'cannot read: permission denied'],
      ['open.txt', 1, undefined],
    ]);
  });

  it('a missing file is reported; a folder given as a file is walked, or refused when it holds no article', async () => {
    const dir = tempDir({ 'p.json': pack, 'notes.txt/a.txt': 'The Quds Brigade.\n' });
    mkdirSync(join(dir, 'empty.txt'));
    const walked = await runCli([...check, 'notes.txt', 'missing.txt'], { cwd: dir });
    expect(walked.code).toBe(2);
    expect(report(walked.stdout).files.map((f) => [f.path, f.findings.length, f.errors?.[0].message])).toEqual([
      [join('notes.txt', 'a.txt'), 1, undefined],
      ['missing.txt', 0, 'cannot read: no such file'],
    ]);
    const empty = await runCli([...check, 'empty.txt'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no supported files');
    expect(empty.stderr).toContain('in folder "empty.txt"');
  });

  it('symbolic-link loops: a looping file is reported, a looping folder is walked once', async () => {
    const dir = tempDir({ 'p.json': pack, 'tree/a.txt': 'The Quds Brigade.\n' });
    symlinkSync('b.txt', join(dir, 'a.txt'));
    symlinkSync('a.txt', join(dir, 'b.txt'));
    symlinkSync('..', join(dir, 'tree', 'up'));
    symlinkSync('.', join(dir, 'tree', 'self'));
    const r = await runCli([...check, 'a.txt', 'tree'], { cwd: dir });
    expect(r.code).toBe(2);
    // tree/up leads back to the looping links, which are reported there too; tree itself is not walked again.
    const loop = 'cannot read: too many levels of symbolic links';
    expect(report(r.stdout).files.map((f) => [f.path, f.errors?.[0].message])).toEqual([
      ['a.txt', loop],
      [join('tree', 'a.txt'), undefined],
      [join('tree', 'up', 'a.txt'), loop],
      [join('tree', 'up', 'b.txt'), loop],
    ]);
  });

  it('a report that cannot be written is a clear error, not a stack trace', async () => {
    const dir = tempDir({ 'p.json': pack, 'a.txt': 'text\n' });
    mkdirSync(join(dir, 'out.json'));
    const r = await runCli([...check, '--output-file', 'out.json', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mtlint: .*out\.json/);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  });
});

describe('a reader that closes the pipe early', () => {
  it('`mtlint check … | head` ends quietly, without a stack trace', () => {
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const bin = require('node:path').join(__dirname, '../../bin/mtlint.js');
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${bin} check --format json samples/annotated | head -c 10 >/dev/null`], { cwd: require('node:path').join(__dirname, '../..'), encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.js/);
  });
});
