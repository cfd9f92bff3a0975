import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers';

// `npm test` builds first; these run the command line as users do, from the bundle bin/ loads.
const bundle = join(REPO, 'dist/mtlint.js');
const modules = join(REPO, 'dist/src/cli/main.js');
const article = 'samples/annotated/abbas-china-2023.txt';

function run(entry: string, args: string[]): { status: number | null; stdout: string } {
  const script = `require(${JSON.stringify(entry)}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
  return spawnSync(process.execPath, ['-e', script, ...args], { cwd: REPO, encoding: 'utf8' });
}

describe('the single-file bundle', () => {
  it('is what bin/mtlint.js runs once built', () => {
    expect(existsSync(bundle)).toBe(true);
  });

  it.each(['json', 'html', 'diff', 'sarif'])('prints the same %s report as the compiled modules', (format) => {
    const fromBundle = run(bundle, ['check', '--format', format, article]);
    const fromModules = run(modules, ['check', '--format', format, article]);
    expect(fromBundle.status).toBe(1);
    expect(fromBundle.stdout.length).toBeGreaterThan(100);
    expect(fromBundle.stdout).toBe(fromModules.stdout);
  });

  it('checks files in worker threads', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'bin/mtlint.js'), 'check', '--jobs', '2', '--format', 'json', 'samples/annotated'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).files.length).toBeGreaterThan(2);
  });
});

describe('the code cache of the bundle', () => {
  it('is made on the first run, used on the next, and replaced when it does not fit', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'mtlint-v8cache-'));
    const run = () =>
      spawnSync(process.execPath, [join(REPO, 'bin/mtlint.js'), 'check', '--format', 'json', article], { cwd: REPO, encoding: 'utf8', env: { ...process.env, MTLINT_CACHE_DIR: cacheDir } });
    const caches = () => readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));
    const first = run();
    expect(caches()).toHaveLength(1);
    const second = run();
    expect(second.stdout).toBe(first.stdout);
    // A damaged cache only costs the compile: V8 refuses it, and the run writes a good one.
    const file = join(cacheDir, caches()[0]);
    writeFileSync(file, 'not a code cache');
    const third = run();
    expect(third.status).toBe(first.status);
    expect(third.stdout).toBe(first.stdout);
    expect(readFileSync(file).length).toBeGreaterThan(1000);
  });
});
