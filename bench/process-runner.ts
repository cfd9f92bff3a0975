import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const TASKSET = '/usr/bin/taskset';

export interface RunSpec {
  /** A Node.js script and its arguments; it runs as `node script ...args`. */
  script: string;
  args: string[];
  cwd: string;
  /** Where the tool's stdout goes (a file, so big reports do not pass through this process). */
  stdoutFile: string;
  /** Kill the run after this long; the result then says it timed out. */
  timeoutMs: number;
  nodeOptions?: string[];
  /** Run on one CPU core only (with taskset, when installed). */
  pinToCore?: boolean;
}

export interface RunResult {
  wallMs: number;
  /** Peak resident set size of the tool's process, in kB. */
  peakRssKb: number | undefined;
  exitCode: number | null;
  timedOut: boolean;
  stderr: string;
}

export type RssProbe = 'gnu-time' | 'resource-usage';

/** `/usr/bin/time -v` when installed; otherwise a preloaded module reads process.resourceUsage() at exit. */
export function rssProbe(): RssProbe {
  return existsSync(GNU_TIME) ? 'gnu-time' : 'resource-usage';
}

/** Process groups of the runs under way: a measured tool runs detached, so it must be stopped explicitly. */
const running = new Set<number>();
let stopHandlerInstalled = false;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** When the benchmark itself is interrupted, the run under way goes with it. */
function installStopHandler(): void {
  if (stopHandlerInstalled) return;
  stopHandlerInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const pid of running) killGroup(pid);
      process.exit(130);
    });
  }
}

export function canPin(): boolean {
  return existsSync(TASKSET);
}

/** Runs one whole tool process and measures its wall time and peak RSS. */
export function runMeasured(spec: RunSpec, probeScript: string, probe: RssProbe = rssProbe()): Promise<RunResult> {
  const rssFile = `${spec.stdoutFile}.rss`;
  rmSync(rssFile, { force: true });
  const node = [process.execPath, ...(probe === 'gnu-time' ? [] : ['--require', probeScript]), ...(spec.nodeOptions ?? []), spec.script, ...spec.args];
  // taskset execs node in place, so /usr/bin/time still measures node itself.
  const pinned = spec.pinToCore && canPin() ? [TASKSET, '-c', '0', ...node] : node;
  const [command, ...args] = probe === 'gnu-time' ? [GNU_TIME, '-v', ...pinned] : pinned;
  const out = openSync(spec.stdoutFile, 'w');
  installStopHandler();
  return new Promise((resolve, reject) => {
    const began = process.hrtime.bigint();
    // Its own process group, so a timeout kills the tool and not only /usr/bin/time.
    const child = spawn(command, args, {
      cwd: spec.cwd,
      stdio: ['ignore', out, 'pipe'],
      detached: true,
      env: { ...process.env, MTLINT_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
    });
    if (child.pid !== undefined) running.add(child.pid);
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      // Keep the tail: /usr/bin/time writes its report last.
      stderr = (stderr + d).slice(-20_000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid!);
    }, spec.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      closeSync(out);
      reject(err);
    });
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - began) / 1e6;
      running.delete(child.pid!);
      clearTimeout(timer);
      closeSync(out);
      let peakRssKb: number | undefined;
      if (probe === 'gnu-time') {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) peakRssKb = Number(m[1]);
        const status = /Exit status: (\d+)/.exec(stderr);
        if (status) code = Number(status[1]);
      } else if (existsSync(rssFile)) {
        peakRssKb = Number(readFileSync(rssFile, 'utf8'));
      }
      rmSync(rssFile, { force: true });
      resolve({ wallMs, peakRssKb, exitCode: timedOut ? null : code, timedOut, stderr });
    });
  });
}

/** The compiled probe preloaded with `--require` when GNU time is missing. */
export function probeScriptPath(distBench: string): string {
  return join(distBench, 'rss-probe.js');
}
