import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { measureAlternating, type Measurement, type SeriesOptions } from '../measure';
import { median } from '../stats';
import { mtlintSubject, type ToolContext } from '../tools';

export interface StartupResult {
  /** In-process: require the library, then load, validate and compile all bundled packs (median ms). */
  loadMs: number;
  requireMs: number;
  rules: number;
  /** Whole `mtlint check` process on the seed article, all bundled packs. */
  smallArticle: Measurement;
  /** Whole process on an empty file, one core: the start-up subtracted in the input-size table. */
  emptyFile: Measurement;
}

interface ProbeOutput {
  requireMs: number;
  loadValidateCompileMs: number;
  totalMs: number;
  rules: number;
}

export async function measureStartup(
  ctx: ToolContext,
  distBench: string,
  inputs: { smallArticle: { path: string; bytes: number }; empty: { path: string; bytes: number } },
  series: SeriesOptions,
  timeoutMs: number,
): Promise<StartupResult> {
  const probes: ProbeOutput[] = [];
  // One warm-up, then at least five fresh processes.
  for (let i = 0; i <= Math.max(5, series.runs); i++) {
    const out = execFileSync(process.execPath, [join(distBench, 'startup-probe.js')], { cwd: ctx.repo, encoding: 'utf8' });
    if (i > 0) probes.push(JSON.parse(out) as ProbeOutput);
  }
  series.log('start-up: small article and empty file');
  const [smallArticle, emptyFile] = await measureAlternating(
    [
      mtlintSubject(ctx, 'startup-small-article', inputs.smallArticle, { timeoutMs }),
      mtlintSubject(ctx, 'startup-empty-file', inputs.empty, { timeoutMs, pinToCore: true }),
    ],
    { ...series, runs: Math.max(5, series.runs) },
  );
  return {
    loadMs: median(probes.map((p) => p.totalMs)),
    requireMs: median(probes.map((p) => p.requireMs)),
    rules: probes[0].rules,
    smallArticle,
    emptyFile,
  };
}
