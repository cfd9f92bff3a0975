import { runMeasured, type RunResult, type RunSpec } from './process-runner';
import { median } from './stats';

export type Status = 'measured' | 'extrapolated' | 'timed-out' | 'failed' | 'skipped';

export interface Measurement {
  /** Median wall time of the measured runs (or the extrapolated estimate), ms. */
  wallMs: number;
  runsMs: number[];
  /** Highest peak RSS over the measured runs, kB. */
  peakRssKb?: number;
  bytes: number;
  status: Status;
  note?: string;
  /** The report file of the last run, for the findings comparison. */
  output?: string;
}

export interface Subject {
  name: string;
  spec: RunSpec;
  bytes: number;
  /** Exit codes that mean the tool ran to the end (1: it found errors). */
  okExitCodes: number[];
  /** Says what is wrong with a run's report, if anything (a crash can share an exit code with findings). */
  checkOutput?: (file: string) => string | undefined;
}

export interface SeriesOptions {
  runs: number;
  longRunMs: number;
  probeScript: string;
  log: (message: string) => void;
}

function failure(result: RunResult, subject: Subject): string | undefined {
  if (result.timedOut) return `stopped after ${Math.round(subject.spec.timeoutMs / 1000)} s`;
  if (result.exitCode === null || !subject.okExitCodes.includes(result.exitCode)) {
    const tail = result.stderr.replace(/\n\s*Command (being timed|exited)[\s\S]*$/, '').trim().split('\n').slice(-3).join(' | ');
    return `exit code ${result.exitCode}${tail ? `: ${tail.slice(0, 300)}` : ''}`;
  }
  return subject.checkOutput?.(subject.spec.stdoutFile);
}

/**
 * Runs the subjects alternately — one warm-up each, then round after round — so that drift in
 * machine load falls on all of them alike. A subject whose warm-up ran longer than `longRunMs`
 * keeps that run as its only measurement; one that fails or times out is not run again.
 */
export async function measureAlternating(subjects: Subject[], options: SeriesOptions): Promise<Measurement[]> {
  const results: Measurement[] = subjects.map((s) => ({ wallMs: NaN, runsMs: [], bytes: s.bytes, status: 'measured', output: s.spec.stdoutFile }));
  const done = subjects.map(() => false);
  const record = (i: number, run: RunResult) => {
    results[i].runsMs.push(run.wallMs);
    if (run.peakRssKb !== undefined) results[i].peakRssKb = Math.max(results[i].peakRssKb ?? 0, run.peakRssKb);
  };
  for (const [i, subject] of subjects.entries()) {
    options.log(`  warm-up  ${subject.name}`);
    const run = await runMeasured(subject.spec, options.probeScript);
    const failed = failure(run, subject);
    if (failed) {
      results[i] = { ...results[i], status: run.timedOut ? 'timed-out' : 'failed', note: failed, wallMs: run.timedOut ? run.wallMs : NaN };
      done[i] = true;
    } else if (run.wallMs > options.longRunMs) {
      record(i, run);
      results[i].note = `1 run: the warm-up took ${(run.wallMs / 1000).toFixed(0)} s, over the ${options.longRunMs / 1000} s long-run threshold`;
      done[i] = true;
    }
  }
  for (let round = 0; round < options.runs; round++) {
    for (const [i, subject] of subjects.entries()) {
      if (done[i]) continue;
      const run = await runMeasured(subject.spec, options.probeScript);
      const failed = failure(run, subject);
      if (failed) {
        results[i] = { ...results[i], status: run.timedOut ? 'timed-out' : 'failed', note: failed };
        done[i] = true;
        continue;
      }
      record(i, run);
      options.log(`  run ${round + 1}/${options.runs} ${subject.name}: ${(run.wallMs / 1000).toFixed(2)} s`);
    }
  }
  for (const r of results) if (r.runsMs.length) r.wallMs = median(r.runsMs);
  return results;
}
