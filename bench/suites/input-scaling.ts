import type { CorpusFile } from '../corpus';
import { measureAlternating, type Measurement, type SeriesOptions } from '../measure';
import { mtlintSubject, type ToolContext } from '../tools';

export interface ScalingRow {
  input: CorpusFile;
  measurement: Measurement;
}

/** mtlint with all bundled packs, on one core, on each corpus size in turn. */
export async function measureInputScaling(ctx: ToolContext, inputs: CorpusFile[], series: SeriesOptions, timeoutMs: number): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const input of inputs) {
    series.log(`all bundled packs, ${input.mb} MB, one core`);
    const [measurement] = await measureAlternating([mtlintSubject(ctx, `mtlint-all-${input.mb}mb`, input, { timeoutMs, pinToCore: true })], series);
    rows.push({ input, measurement });
  }
  return rows;
}

export interface JobsResult {
  measured: boolean;
  note: string;
  measurement?: Measurement;
}

/** Peak memory of `--jobs 2` on the biggest input, when mtlint has that option. */
export async function measureJobs(ctx: ToolContext, hasJobs: boolean, input: CorpusFile | undefined, series: SeriesOptions, timeoutMs: number): Promise<JobsResult> {
  if (!hasJobs) return { measured: false, note: 'not measured: `mtlint check` has no --jobs option yet' };
  if (!input) return { measured: false, note: 'not measured: the 100 MB corpus is skipped (--quick)' };
  series.log(`all bundled packs, ${input.mb} MB, --jobs 2`);
  const [measurement] = await measureAlternating(
    [mtlintSubject(ctx, `mtlint-all-${input.mb}mb-jobs2`, input, { timeoutMs, extraArgs: ['--jobs', '2'] })],
    series,
  );
  return {
    measured: measurement.status === 'measured',
    note: 'peak RSS as /usr/bin/time reports it: of the mtlint process and its worker threads (a child process would be counted on its own)',
    measurement,
  };
}
