import { median } from '../stats';

export interface MicroCase {
  name: string;
  /** What one run processes, for the throughput column: characters of text, or operations. */
  work: { amount: number; unit: 'chars' | 'ops' };
  run: () => unknown;
}

export interface MicroResult {
  name: string;
  runs: number;
  minMs: number;
  medianMs: number;
  throughput: string;
}

/** Results are folded in here so the engine cannot drop a run whose result nobody reads. */
let sink = 0;

function consume(value: unknown): void {
  if (typeof value === 'number') sink += value;
  else if (Array.isArray(value)) sink += value.length;
  else if (value !== undefined && value !== null) sink += 1;
}

/** Two warm-up runs, then runs until both `minRuns` and `minTimeMs` are reached. */
export function measureCase(c: MicroCase, minRuns = 5, minTimeMs = 1000): MicroResult {
  for (let i = 0; i < 2; i++) consume(c.run());
  const times: number[] = [];
  const began = performance.now();
  while (times.length < minRuns || performance.now() - began < minTimeMs) {
    const t = performance.now();
    consume(c.run());
    times.push(performance.now() - t);
  }
  const best = Math.min(...times);
  const rate = c.work.amount / (best / 1000);
  const throughput = c.work.unit === 'chars' ? `${(rate / 1e6).toFixed(1)} M chars/s` : `${(rate / 1e6).toFixed(2)} M ops/s`;
  return { name: c.name, runs: times.length, minMs: best, medianMs: median(times), throughput };
}

export function formatResults(results: MicroResult[]): string {
  const header = ['Case', 'Runs', 'Min (ms)', 'Median (ms)', 'Throughput (best run)'];
  const rows = results.map((r) => [r.name, String(r.runs), r.minMs.toFixed(2), r.medianMs.toFixed(2), r.throughput]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + `\n(checksum ${sink % 1000})\n`;
}
