import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { probeScriptPath, rssProbe, runMeasured, type RssProbe } from '../../bench/process-runner';
import { REPO, tempDir } from '../helpers';

// The preloaded probe must be JavaScript; `npm test` builds it before Jest runs.
const PROBE = probeScriptPath(join(REPO, 'dist/bench'));
const probes: RssProbe[] = rssProbe() === 'gnu-time' ? ['gnu-time', 'resource-usage'] : ['resource-usage'];

function script(source: string): { dir: string; path: string } {
  const dir = tempDir();
  const path = join(dir, 'tool.js');
  writeFileSync(path, source);
  return { dir, path };
}

describe.each(probes)('runMeasured with %s', (probe) => {
  it('has its probe built', () => {
    expect(existsSync(PROBE)).toBe(true);
  });

  it('reports wall time, peak RSS and exit code, and sends stdout to the file', async () => {
    // Touch 80 MB so the peak is well above Node's own footprint.
    const { dir, path } = script("const b = Buffer.alloc(80 * 1024 * 1024, 1); console.log(JSON.stringify({ n: b[5] })); process.exitCode = 1;");
    const out = join(dir, 'out.json');
    const result = await runMeasured({ script: path, args: [], cwd: dir, stdoutFile: out, timeoutMs: 30_000 }, PROBE, probe);
    expect(result.exitCode).toBe(1);
    expect(result.timedOut).toBe(false);
    expect(result.peakRssKb).toBeGreaterThan(80 * 1024);
    expect(result.wallMs).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ n: 1 });
  });

  it('stops a run that exceeds its time limit, with the processes it started', async () => {
    const { dir, path } = script("require('node:child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'inherit' }); setTimeout(() => {}, 60000);");
    const began = Date.now();
    const result = await runMeasured({ script: path, args: [], cwd: dir, stdoutFile: join(dir, 'out'), timeoutMs: 500 }, PROBE, probe);
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeNull();
    // 'close' waits for every holder of stdout/stderr: the grandchild was killed too.
    expect(Date.now() - began).toBeLessThan(20_000);
  });
});
