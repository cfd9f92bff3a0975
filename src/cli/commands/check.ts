import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Baseline } from '../../engine/baseline';
import { availableParallelism } from 'node:os';
import { checkFilesParallel } from '../../engine/parallel';
import { describeFsError } from '../../engine/check-files';
import { progressBar } from '../progress';
import type { Report } from '../../engine/report';
import { formatters } from '../../formatters';
import type { FormatContext } from '../../formatters/types';
import { UsageError } from '../../schema/diagnostic';
import { EXIT, type CliIO } from '../io';
import type { RuleSelectionArgs } from './common-args';

export interface CheckArgs extends RuleSelectionArgs {
  files: string[];
  format: string[];
  outputFile: string[];
  fix: boolean;
  stdinFilename?: string;
  quiet: boolean;
  maxWarnings?: number;
  minScore?: number;
  timing: boolean;
  ruleTimeout?: number;
  baseline?: string;
  updateBaseline?: boolean;
  reportUnusedDisable?: boolean;
  errorOnUnmatchedPattern?: boolean;
  jobs?: number;
  maxFileSize?: number;
  shard?: string;
  cache?: boolean;
  cacheLocation?: string;
}

function maxFileBytes(mb: number | undefined): number | undefined {
  if (mb === undefined) return undefined;
  if (!(mb > 0)) throw new UsageError(`--max-file-size must be a positive number of megabytes (got ${mb})`);
  return Math.floor(mb * 1024 * 1024);
}

function parseShard(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be I/N with 1 ≤ I ≤ N, e.g. 2/4 (got "${value}")`);
  return { index, count };
}

/** `--format sarif=out.sarif`, or formats paired in order with `--output-file`; the rest go to stdout. */
export function outputsFor(formats: string[], files: string[]): { format: string; file?: string }[] {
  const outputs: { format: string; file?: string }[] = [];
  let next = 0;
  for (const f of formats.length ? formats : ['stylish']) {
    const eq = f.indexOf('=');
    if (eq > 0) outputs.push({ format: f.slice(0, eq), file: f.slice(eq + 1) });
    else outputs.push({ format: f, file: files[next++] });
  }
  if (next < files.length) throw new UsageError(`--output-file ${files[next]} has no --format to go with it`);
  for (const o of outputs) {
    if (!formatters.has(o.format)) throw new UsageError(`unknown format "${o.format}"; choose one of ${[...formatters.keys()].join(', ')}`);
  }
  if (outputs.filter((o) => !o.file).length > 1) throw new UsageError('only one format can go to the terminal; give the others an --output-file');
  return outputs;
}

export async function runCheck(args: CheckArgs, io: CliIO): Promise<number> {
  if (!args.files.length) throw new UsageError('no files given; pass article paths, folders, globs, or - to read stdin');
  const outputs = outputsFor(args.format, args.outputFile);
  const needsFixes = outputs.some((o) => o.format === 'diff' || o.format === 'html');
  const timings = new Map<string, { kind: string; ms: number }>();
  const baseline = args.baseline && !args.updateBaseline ? Baseline.read(resolve(io.cwd, args.baseline)) : undefined;
  if (args.updateBaseline && !args.baseline) throw new UsageError('--update-baseline needs --baseline FILE');
  const jobs = args.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1 (got ${args.jobs})`);
  if (args.ruleTimeout !== undefined && !(args.ruleTimeout >= 0)) throw new UsageError(`--rule-timeout must be a number of milliseconds, 0 or more (got ${args.ruleTimeout})`);
  const progress = progressBar(io);
  const result = await checkFilesParallel(args.files, {
    shard: parseShard(args.shard),
    maxFileBytes: maxFileBytes(args.maxFileSize),
    cacheFile: args.cache && !args.updateBaseline ? resolve(io.cwd, args.cacheLocation ?? '.mtlintcache') : undefined,
    onProgress: progress.update,
    ruleOptions: { paths: args.rules, defaults: args.defaultRules, disabled: args.disable },
    config: args.configLookup === false ? false : args.config,
    fix: args.fix,
    computeFixes: needsFixes,
    stdinFilename: args.stdinFilename,
    readStdin: io.readStdin,
    cwd: io.cwd,
    baseline,
    recordBaseline: args.updateBaseline,
    reportUnusedDisable: args.reportUnusedDisable,
    allowUnmatched: args.errorOnUnmatchedPattern === false,
    minScore: args.minScore,
    ruleBudgetMs: args.ruleTimeout,
    onTiming: args.timing
      ? (id, kind, ms) => {
          const t = timings.get(id) ?? { kind, ms: 0 };
          t.ms += ms;
          timings.set(id, t);
        }
      : undefined,
  }, jobs);
  progress.done();
  const { report, sources, fixed } = result;
  if (args.updateBaseline) {
    Baseline.write(resolve(io.cwd, args.baseline!), result.baselineEntries);
    io.stderr(`mtlint: recorded ${result.baselineEntries.length} finding${result.baselineEntries.length === 1 ? '' : 's'} in ${args.baseline}\n`);
    return EXIT.ok;
  }
  if (args.fix && args.files.includes('-')) {
    // Fixing stdin writes the corrected text to stdout, like a filter.
    const name = args.stdinFilename ?? '<stdin>';
    io.stdout(fixed.get(name) ?? sources.get(name) ?? '');
    return report.files.some((f) => f.errors?.length) ? EXIT.usage : EXIT.ok;
  }
  const shown: Report = args.quiet
    ? { ...report, files: report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error' || x.severity === 'critical') })) }
    : report;
  for (const output of outputs) {
    const ctx: FormatContext = {
      rule: (id) => result.rules.get(id),
      source: (p) => sources.get(p),
      fixed: (p) => fixed.get(p),
      file: (p) => result.meta.get(p),
      fixResult: (p) => result.fixResults.get(p),
      color: args.color ?? (!output.file && io.isTTY && !io.env.NO_COLOR),
      cwd: io.cwd,
    };
    const text = formatters.get(output.format)!(shown, ctx);
    if (output.file) {
      try {
        writeFileSync(resolve(io.cwd, output.file), text);
      } catch (err) {
        throw new UsageError(`cannot write ${output.file}: ${describeFsError(err)}`);
      }
    }
    else io.stdout(text);
  }
  if (args.timing) io.stderr(timingTable(timings));
  return exitCode(report, args.maxWarnings, io);
}

function exitCode(report: Report, maxWarnings: number | undefined, io: CliIO): number {
  if (report.files.some((f) => f.errors?.length)) return EXIT.usage;
  const all = report.files.flatMap((f) => f.findings);
  if (all.some((f) => f.severity === 'error' || f.severity === 'critical')) return EXIT.findings;
  const failed = report.files.filter((f) => f.passed === false);
  if (failed.length) {
    for (const f of failed) io.stderr(`mtlint: ${f.path} fails the quality gate: ${f.gate?.join('; ')}\n`);
    return EXIT.findings;
  }
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`mtlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

function timingTable(timings: Map<string, { kind: string; ms: number }>): string {
  const rows = [...timings].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((n, [, t]) => n + t.ms, 0);
  const byKind = new Map<string, number>();
  for (const [, t] of rows) byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + t.ms);
  const pct = (ms: number) => (total ? ((100 * ms) / total).toFixed(1) : '0.0') + '%';
  const lines = ['Rule                                     | Time (ms) | Relative', '-'.repeat(64)];
  for (const [id, t] of rows.slice(0, 10)) lines.push(`${id.padEnd(40)} | ${t.ms.toFixed(3).padStart(9)} | ${pct(t.ms).padStart(8)}`);
  lines.push('', 'Kind                                     | Time (ms) | Relative', '-'.repeat(64));
  for (const [kind, ms] of [...byKind].sort((a, b) => b[1] - a[1])) lines.push(`${kind.padEnd(40)} | ${ms.toFixed(3).padStart(9)} | ${pct(ms).padStart(8)}`);
  lines.push('', `Total: ${total.toFixed(3)} ms over ${rows.length} rules`);
  return lines.join('\n') + '\n';
}
