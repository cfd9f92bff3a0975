import type { CorpusInput } from '../corpus';
import { measureAlternating, type Measurement, type SeriesOptions } from '../measure';
import { mtlintSubject, type ToolContext } from '../tools';

export interface ScalingRow {
  input: CorpusInput;
  measurement: Measurement;
}

/** mtlint with all bundled packs, on one core, on each corpus size in turn. */
export async function measureInputScaling(ctx: ToolContext, inputs: CorpusInput[], series: SeriesOptions, timeoutMs: number): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const input of inputs) {
    series.log(`all bundled packs, ${input.mb} MB in ${input.paths.length} file(s), one core`);
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

/**
 * Peak memory of `--jobs 2` on 100 MB, when mtlint has that option. --jobs spreads files over
 * worker threads, so the corpus is checked as the many files a day's wire copy comes in.
 */
export async function measureJobs(ctx: ToolContext, hasJobs: boolean, input: CorpusInput | undefined, series: SeriesOptions, timeoutMs: number): Promise<JobsResult> {
  if (!hasJobs) return { measured: false, note: 'not measured: `mtlint check` has no --jobs option yet' };
  if (!input) return { measured: false, note: 'not measured: the 100 MB corpus is skipped (--quick)' };
  series.log(`all bundled packs, ${input.mb} MB in ${input.paths.length} files, --jobs 2`);
  const [measurement] = await measureAlternating(
    [mtlintSubject(ctx, `mtlint-all-${input.mb}mb-jobs2`, input, { timeoutMs, jobs: 2 })],
    series,
  );
  return {
    measured: measurement.status === 'measured',
    note: `${input.mb} MB in ${input.paths.length} files of about ${(input.bytes / input.paths.length / 1e6).toFixed(1)} MB; peak RSS of the mtlint process, worker threads included`,
    measurement,
  };
}
