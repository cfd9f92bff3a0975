import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { progressBar } from '../../src/cli/progress';
import type { CliIO } from '../../src/cli/io';
import { REPO, runCli, tempDir } from '../helpers';

const articles = Object.fromEntries(
  readdirSync(join(REPO, 'samples/annotated'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [`news/${f}`, readFileSync(join(REPO, 'samples/annotated', f))]),
);

describe('--jobs', () => {
  it('gives output identical to --jobs 1 (worker threads, real process)', () => {
    const dir = tempDir(articles);
    const run = (jobs: string) => spawnSync(process.execPath, [join(REPO, 'bin/mtlint.js'), 'check', '--format', 'json', '--jobs', jobs, 'news'], { cwd: dir, encoding: 'utf8' });
    const one = run('1');
    const two = run('2');
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).files.length).toBe(Object.keys(articles).length);
  });

  it('rejects a bad value', async () => {
    expect((await runCli(['check', '--jobs', '0', 'x.txt'])).code).toBe(2);
  });
});

describe('--shard', () => {
  it('covers every file exactly once across shards', async () => {
    const dir = tempDir(articles);
    const seen: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await runCli(['check', '--format', 'json', '--jobs', '1', '--shard', `${i}/3`, 'news'], { cwd: dir });
      seen.push(...JSON.parse(r.stdout).files.map((f: any) => f.path));
    }
    expect(seen.sort()).toEqual(Object.keys(articles).sort());
    expect((await runCli(['check', '--shard', '4/3', 'news'], { cwd: dir })).code).toBe(2);
  });
});

describe('--cache', () => {
  it('reuses results, and is invalidated when a rule changes', async () => {
    const rule = (to: string) =>
      JSON.stringify({
        name: 'p', description: 'd', language: 'en',
        rules: [{ id: 't/x', kind: 'term', severity: 'error', category: 'terminology', message: 'm', description: 'd', terms: [{ match: ['alpha'], replace: to }], examples: { bad: [{ text: '[[alpha]]', suggestions: [to] }], good: ['beta'] } }],
      });
    const dir = tempDir({ 'p.json': rule('beta'), 'a.txt': 'alpha here\n' });
    const run = async () => JSON.parse((await runCli(['check', '--cache', '--format', 'json', '--no-default-rules', '--rules', 'p.json', 'a.txt'], { cwd: dir })).stdout).files[0].findings[0].suggestions;
    expect(await run()).toEqual(['beta']);
    const cache = JSON.parse(readFileSync(join(dir, '.mtlintcache'), 'utf8'));
    expect(Object.keys(cache.entries)).toEqual(['a.txt']);
    // A tampered cached report shows the cache is read when nothing changed...
    cache.entries['a.txt'].report.findings[0].suggestions = ['from-cache'];
    writeFileSync(join(dir, '.mtlintcache'), JSON.stringify(cache));
    expect(await run()).toEqual(['from-cache']);
    // ...and ignored once the rule changes.
    writeFileSync(join(dir, 'p.json'), rule('gamma'));
    expect(await run()).toEqual(['gamma']);
  });
});

describe('progress bar', () => {
  const io = (tty: boolean) => {
    let err = '';
    const cli = { stderr: (s: string) => (err += s), stderrIsTTY: tty } as unknown as CliIO;
    return { cli, out: () => err };
  };

  it('appears after a second on a terminal, with done, total and rate', () => {
    let t = 0;
    const { cli, out } = io(true);
    const bar = progressBar(cli, () => t);
    bar.update(1, 10);
    expect(out()).toBe('');
    t = 2000;
    bar.update(4, 10);
    expect(out()).toMatch(/4\/10 files +2\.0 files\/s/);
    bar.done();
  });

  it('never appears when stderr is not a terminal', () => {
    let t = 0;
    const { cli, out } = io(false);
    const bar = progressBar(cli, () => t);
    t = 5000;
    bar.update(5, 10);
    expect(out()).toBe('');
  });
});
