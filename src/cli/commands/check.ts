import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFiles } from '../../engine/check-files';
import { formatters } from '../../formatters';
import type { FormatContext } from '../../formatters/types';
import { loadRules } from '../../loader/load-rules';
import { UsageError } from '../../schema/diagnostic';
import { EXIT, type CliIO } from '../io';

export interface CheckArgs {
  files: string[];
  format: string;
  outputFile?: string;
  fix: boolean;
  stdinFilename?: string;
  rules: string[];
  disable?: string[];
  defaultRules: boolean;
  color?: boolean;
  quiet: boolean;
  maxWarnings?: number;
  timing: boolean;
}

export function runCheck(args: CheckArgs, io: CliIO): number {
  if (!args.files.length) throw new UsageError('no files given; pass article paths, or - to read stdin');
  const formatter = formatters.get(args.format);
  if (!formatter) throw new UsageError(`unknown format "${args.format}"; choose one of ${[...formatters.keys()].join(', ')}`);
  const rules = loadRules({ paths: args.rules, defaults: args.defaultRules, disabled: args.disable, cwd: io.cwd });
  const timings = new Map<string, { kind: string; ms: number }>();
  const { report, sources, fixed } = checkFiles(args.files, {
    rules,
    fix: args.fix,
    computeFixes: args.format === 'diff',
    stdinFilename: args.stdinFilename,
    readStdin: io.readStdin,
    cwd: io.cwd,
    onTiming: args.timing
      ? (id, kind, ms) => {
          const t = timings.get(id) ?? { kind, ms: 0 };
          t.ms += ms;
          timings.set(id, t);
        }
      : undefined,
  });
  if (args.fix && args.files.includes('-')) {
    // Fixing stdin writes the corrected text to stdout, like a filter.
    const name = args.stdinFilename ?? '<stdin>';
    io.stdout(fixed.get(name) ?? sources.get(name) ?? '');
    return report.files.some((f) => f.errors?.length) ? EXIT.usage : EXIT.ok;
  }
  const shown = args.quiet
    ? { ...report, files: report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error' || x.severity === 'critical') })) }
    : report;
  const toFile = args.outputFile !== undefined;
  const ctx: FormatContext = {
    rule: (id) => rules.rule(id),
    source: (p) => sources.get(p),
    fixed: (p) => fixed.get(p),
    color: args.color ?? (!toFile && io.isTTY && !io.env.NO_COLOR),
    cwd: io.cwd,
  };
  const output = formatter(shown, ctx);
  if (toFile) writeFileSync(resolve(io.cwd, args.outputFile!), output);
  else io.stdout(output);
  if (args.timing) io.stderr(timingTable(timings));

  if (report.files.some((f) => f.errors?.length)) return EXIT.usage;
  const all = report.files.flatMap((f) => f.findings);
  if (all.some((f) => f.severity === 'error' || f.severity === 'critical')) return EXIT.findings;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.stderr(`mtlint: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
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
