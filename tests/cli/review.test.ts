import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { REPO, runCli, SEED, tempDir } from '../helpers';

const seed = readFileSync(SEED, 'utf8');

/** Runs `mtlint review` in-process with an editor's answers, typed one line per question. */
async function review(args: string[], answers: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const prompts: string[] = [];
  const queue = [...answers];
  const io: CliIO = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: () => Buffer.from(''),
    isTTY: false,
    env: {},
    cwd,
    lineReader: () => ({
      question: async (prompt) => {
        prompts.push(prompt);
        stdout += prompt;
        return queue.length ? queue.shift()! : null;
      },
      close: () => undefined,
    }),
  };
  const code = await main(['review', ...args], io);
  return { code, stdout, stderr, prompts, unused: queue };
}

async function fixedSeed(): Promise<string> {
  const dir = tempDir({ 'a.txt': seed });
  await runCli(['check', '--fix', 'a.txt'], { cwd: dir });
  return readFileSync(join(dir, 'a.txt'), 'utf8');
}

describe('mtlint review', () => {
  it('asks about each finding in order and writes only what was accepted or typed', async () => {
    const dir = tempDir({ 'a.txt': seed });
    // 1st: an indent (skip), 2nd: Kadimi (accept), 3rd: US-Iran (edit), then quit.
    const r = await review(['a.txt'], ['n', 'y', 'e', 'US–Iraqi', 'q'], dir);
    expect(r.code).toBe(0);
    expect(r.unused).toEqual([]);
    expect(r.stdout).toContain('(2/21) a.txt:3:59  error  zh-en/name-spelling');
    expect(r.stdout).toContain('Iraqi Prime Minister »Kadimi« at the White House');
    expect(r.stdout).toContain('Iraqi Prime Minister [-Kadimi-]{+Kadhimi+} at the White House');
    expect(r.prompts[0]).toBe('[y] accept  [n] skip  [e] edit  [a] accept all in file  [q] quit > ');
    expect(r.stdout).toContain('a.txt: 1 accepted, 1 edited, 19 skipped; written');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(seed.replace('Minister Kadimi', 'Minister Kadhimi').replace('the US-Iran joint', 'the US–Iraqi joint'));
  });

  it('accepts the rest of a file with a, giving exactly what check --fix writes when nothing was skipped', async () => {
    const dir = tempDir({ 'a.txt': seed, 'b.txt': seed });
    const r = await review(['a.txt', 'b.txt'], ['a', 'n', 'n', 'q'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(await fixedSeed());
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(seed); // two skips and a quit
    expect(r.stdout).toContain('b.txt: 0 accepted, 0 edited, 21 skipped; unchanged');
  });

  it('treats the end of input like q, and re-asks on an unknown answer', async () => {
    const dir = tempDir({ 'a.txt': seed });
    const r = await review(['a.txt'], ['?', 'n', 'y'], dir);
    expect(r.stdout).toContain('y: accept the suggestion');
    expect(r.prompts).toHaveLength(4);
    expect(r.stdout).toContain('a.txt: 1 accepted, 0 edited, 20 skipped; written');
  });

  it('refuses without a terminal (exit 2), unless --yes accepts everything', async () => {
    const dir = tempDir({ 'a.txt': seed });
    const refused = await runCli(['review', 'a.txt'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('needs a terminal, but stdin is not one');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(seed);
    const yes = await runCli(['review', '--yes', 'a.txt'], { cwd: dir });
    expect(yes.code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(await fixedSeed());
  });

  it('does not overwrite a file that changed during the review', async () => {
    const changed = tempDir({ 'a.txt': seed });
    let asked = 0;
    const result = await main(['review', 'a.txt'], {
      stdout: () => undefined,
      stderr: () => undefined,
      readStdin: () => Buffer.from(''),
      isTTY: false,
      env: {},
      cwd: changed,
      lineReader: () => ({
        question: async () => {
          if (asked++ === 0) writeFileSync(join(changed, 'a.txt'), seed + 'Edited meanwhile.\n');
          return asked < 3 ? 'y' : 'q';
        },
        close: () => undefined,
      }),
    });
    expect(result).toBe(2);
    expect(readFileSync(join(changed, 'a.txt'), 'utf8')).toBe(seed + 'Edited meanwhile.\n');
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  (hasScript ? it : it.skip)('works in a real terminal (a pseudo-terminal from util-linux script)', async () => {
    const dir = tempDir({ 'a.txt': seed });
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(REPO, 'bin/mtlint.js'))} review --no-color a.txt`;
    const child = spawn('script', ['-q', '-e', '-c', cmd, '/dev/null'], { cwd: dir, env: { ...process.env, TERM: 'dumb' } });
    const answers = ['n', 'y', 'q'];
    let output = '';
    let answered = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const prompts = output.split('[q] quit > ').length - 1;
      if (prompts > answered && answered < answers.length) child.stdin.write(answers[answered++] + '\n');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(output).toContain('a.txt: 1 accepted, 0 edited, 20 skipped; written');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(seed.replace('Minister Kadimi', 'Minister Kadhimi'));
  });
});
