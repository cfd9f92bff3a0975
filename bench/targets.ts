import type { Measurement } from './measure';
import type { JobsResult, ScalingRow } from './suites/input-scaling';
import type { PeerResult, PeerRow } from './suites/peer';
import type { StartupResult } from './suites/startup';
import { mbPerSecond } from './stats';

export interface TargetResult {
  target: string;
  measured: string;
  /** undefined: could not be measured in this run. */
  met: boolean | undefined;
}

export interface BenchResults {
  startup: StartupResult;
  peer: PeerResult;
  scaling: ScalingRow[];
  jobs: JobsResult;
}

const ok = (m: Measurement | undefined): m is Measurement => !!m && (m.status === 'measured' || m.status === 'extrapolated') && Number.isFinite(m.wallMs);

export function peerRow(peer: PeerResult, dictionary: number, mb: number): PeerRow | undefined {
  return peer.rows.find((r) => r.dictionary === dictionary && r.input.mb === mb);
}

/** textlint time over mtlint time on the same input: how many times mtlint's throughput is textlint's. */
export function throughputRatio(row: PeerRow | undefined): number {
  if (!row || !ok(row.mtlint) || !ok(row.textlint) || row.mtlint.status !== 'measured') return NaN;
  return row.textlint.wallMs / row.mtlint.wallMs;
}

function ratioTarget(peer: PeerResult, dictionary: number, minimum: number): TargetResult {
  const row = peerRow(peer, dictionary, 10);
  const ratio = throughputRatio(row);
  const target = `≥${minimum}× textlint+prh throughput, ${dictionary.toLocaleString('en')}-entry dictionary, 10 MB`;
  if (!Number.isFinite(ratio)) return { target, measured: 'not measured', met: undefined };
  const how = row!.textlint.status === 'extrapolated' ? ' (textlint time extrapolated)' : '';
  return { target, measured: `${ratio.toFixed(1)}×${how}`, met: ratio >= minimum };
}

function dictionaryTarget(peer: PeerResult): TargetResult {
  const target = '100 → 10,000 term entries costs ≤1.5× the time (10 MB, whole process)';
  const small = peerRow(peer, 100, 10)?.mtlint;
  const big = peerRow(peer, 10_000, 10)?.mtlint;
  if (!ok(small) || !ok(big)) return { target, measured: 'not measured', met: undefined };
  const f = big.wallMs / small.wallMs;
  return { target, measured: `${f.toFixed(2)}× (${(small.wallMs / 1000).toFixed(2)} s → ${(big.wallMs / 1000).toFixed(2)} s)`, met: f <= 1.5 };
}

function throughputTarget(scaling: ScalingRow[]): TargetResult {
  const measured = scaling.filter((r) => r.measurement.status === 'measured');
  const largest = measured[measured.length - 1];
  const target = 'all bundled packs on one core ≥15 MB/s';
  const stopped = scaling.find((r) => r.measurement.status === 'timed-out' || r.measurement.status === 'failed');
  if (stopped) {
    const m = stopped.measurement;
    return { target, measured: `${stopped.input.mb} MB: ${m.status} (${m.note}), so below ${mbPerSecond(stopped.input.bytes, m.wallMs)} MB/s`, met: false };
  }
  if (!largest) return { target, measured: 'not measured', met: undefined };
  const mbs = largest.input.bytes / 1e6 / (largest.measurement.wallMs / 1000);
  return { target, measured: `${mbs.toFixed(1)} MB/s on ${largest.input.mb} MB (whole process)`, met: mbs >= 15 };
}

function linearityTarget(scaling: ScalingRow[], startup: StartupResult): TargetResult {
  const target = 'linear growth: 100 MB ≤ 110× the 1 MB time after subtracting start-up';
  const one = scaling.find((r) => r.input.mb === 1)?.measurement;
  const hundredRow = scaling.find((r) => r.input.mb === 100);
  const hundred = hundredRow?.measurement;
  const base = startup.emptyFile.status === 'measured' ? startup.emptyFile.wallMs : NaN;
  if (!ok(one) || !Number.isFinite(base)) return { target, measured: 'not measured', met: undefined };
  if (!hundred) return { target, measured: 'not measured (100 MB skipped)', met: undefined };
  if (hundred.status !== 'measured') return { target, measured: `100 MB ${hundred.status}: ${hundred.note}`, met: false };
  const f = (hundred.wallMs - base) / (one.wallMs - base);
  return { target, measured: `${f.toFixed(0)}× (net ${((one.wallMs - base) / 1000).toFixed(2)} s → ${((hundred.wallMs - base) / 1000).toFixed(1)} s)`, met: f <= 110 };
}

function jobsTarget(jobs: JobsResult): TargetResult {
  const target = '100 MB with --jobs 2: peak RSS < 1 GB';
  const m = jobs.measurement;
  if (!m || m.peakRssKb === undefined) return { target, measured: jobs.note, met: undefined };
  if (m.status !== 'measured') return { target, measured: `${m.status}: ${m.note}`, met: false };
  const mb = m.peakRssKb / 1024;
  return { target, measured: `${mb.toFixed(0)} MB`, met: mb < 1024 };
}

export function evaluateTargets(results: BenchResults): TargetResult[] {
  const { startup } = results;
  const small = startup.smallArticle;
  return [
    ratioTarget(results.peer, 5_000, 30),
    ratioTarget(results.peer, 100, 10),
    dictionaryTarget(results.peer),
    throughputTarget(results.scaling),
    linearityTarget(results.scaling, startup),
    jobsTarget(results.jobs),
    {
      target: 'start-up (load + validate + compile all bundled packs) ≤250 ms',
      measured: `${startup.loadMs.toFixed(0)} ms (${startup.requireMs.toFixed(0)} ms of it loading the code; ${startup.coldLoadMs.toFixed(0)} ms with an empty cache)`,
      met: startup.loadMs <= 250,
    },
    {
      target: 'a small article in < 0.4 s wall (whole process)',
      measured: small.status === 'measured' ? `${(small.wallMs / 1000).toFixed(2)} s` : `${small.status}: ${small.note}`,
      met: small.status === 'measured' ? small.wallMs < 400 : false,
    },
  ];
}
