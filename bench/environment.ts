import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { canPin, rssProbe } from './process-runner';

export interface Environment {
  date: string;
  nproc: string;
  node: string;
  cpu: string;
  mtlint: string;
  textlint: string;
  prh: string;
  rssProbe: string;
  pinning: string;
  loadAtStart: string;
  /** Whether `mtlint check` has a --jobs option yet. */
  hasJobs: boolean;
}

function packageVersion(repo: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

export function describeEnvironment(repo: string): Environment {
  let nproc: string;
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    nproc = `${cpus().length} (os.cpus)`;
  }
  const help = execFileSync(process.execPath, [join(repo, 'bin/mtlint.js'), 'check', '--help'], { encoding: 'utf8' });
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc,
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    mtlint: (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version,
    textlint: packageVersion(repo, 'textlint'),
    prh: `textlint-rule-prh ${packageVersion(repo, 'textlint-rule-prh')}, prh ${packageVersion(repo, 'prh')}`,
    rssProbe: rssProbe() === 'gnu-time' ? '/usr/bin/time -v (maximum resident set size)' : 'process.resourceUsage().maxRSS, preloaded with --require',
    pinning: canPin() ? 'taskset -c 0' : 'not available (taskset missing): runs may use both cores',
    loadAtStart: load(),
    hasJobs: /--jobs\b/.test(help),
  };
}
