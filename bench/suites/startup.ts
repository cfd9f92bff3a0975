import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureAlternating, type Measurement, type SeriesOptions } from '../measure';
import { median } from '../stats';
import { mtlintSubject, type Input, type ToolContext } from '../tools';

export interface StartupResult {
  /** In-process: require the library, then load, validate and compile all bundled packs (median ms). */
  loadMs: number;
  requireMs: number;
  /** The same with an empty cache folder, as on the first run after an install or a pack change. */
  coldLoadMs: number;
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
  inputs: { smallArticle: Input; empty: Input },
  series: SeriesOptions,
  timeoutMs: number,
): Promise<StartupResult> {
  const probe = (env: NodeJS.ProcessEnv = process.env): ProbeOutput =>
    JSON.parse(execFileSync(process.execPath, [join(distBench, 'startup-probe.js')], { cwd: ctx.repo, encoding: 'utf8', env })) as ProbeOutput;
  const runs = Math.max(5, series.runs);
  const cold: ProbeOutput[] = [];
  for (let i = 0; i < runs; i++) {
    // mtlint keeps what it has validated in MTLINT_CACHE_DIR; an empty one is a first run.
    const dir = mkdtempSync(join(tmpdir(), 'mtlint-bench-cache-'));
    try {
      cold.push(probe({ ...process.env, MTLINT_CACHE_DIR: dir }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const probes: ProbeOutput[] = [];
  // One warm-up (which fills the default cache), then fresh processes.
  for (let i = 0; i <= runs; i++) {
    const out = probe();
    if (i > 0) probes.push(out);
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
    coldLoadMs: median(cold.map((p) => p.totalMs)),
    rules: probes[0].rules,
    smallArticle,
    emptyFile,
  };
}
