import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Baseline, entryKey, type BaselineEntry } from '../../engine/baseline';
import { describeFsError } from '../../engine/check-files';
import { parseDecisions, type FileDecisions } from '../../engine/decisions-file';
import { sha256, writeFileAtomic } from '../../io/atomic-write';
import { decode, DecodeError, encode, type Decoded } from '../../io/decode';
import { resolveChoices, type Resolution } from '../../kernel/apply-decisions';
import { UsageError } from '../../schema/diagnostic';
import { EXIT, type CliIO } from '../io';

export interface ApplyArgs {
  decisions: string;
  dryRun: boolean;
  /** Record the rejected findings marked "add to baseline" in this baseline file. */
  baseline?: string;
}

interface Prepared {
  entry: FileDecisions;
  full: string;
  hash: string;
  decoded: Decoded;
  result: Resolution;
}

/** Everything that must hold before a file may be touched; returns the problem, or the new text. */
function prepare(entry: FileDecisions, cwd: string): Prepared | string {
  const full = resolve(cwd, entry.path);
  let bytes: Buffer;
  let decoded: Decoded;
  try {
    bytes = readFileSync(full);
    decoded = decode(bytes);
  } catch (err) {
    return `${entry.path}: ${err instanceof DecodeError ? err.message : `cannot read: ${describeFsError(err)}`}`;
  }
  const hash = sha256(bytes);
  if (hash !== entry.sha256) return `${entry.path}: changed since the report was made (its SHA-256 differs); check it again and review the new report`;
  const text = decoded.text;
  const outside = (s: number, e: number) => s < 0 || e > text.length || s > e;
  for (const d of entry.decisions) {
    if (outside(d.start, d.end) || text.slice(d.start, d.end) !== d.text) return `${entry.path}: decision on finding ${d.id} does not match the file ("${d.text}" is not at ${d.start}-${d.end})`;
  }
  const edits = [...entry.plan.findings.flatMap((f) => (f.fix ? [f.fix, f] : [f])), ...entry.plan.units.map((u) => u.edit)];
  if (edits.some((e) => outside(e.start, e.end))) return `${entry.path}: the plan in the decisions file reaches outside the file`;
  return { entry, full, hash, decoded, result: resolveChoices(text, entry.plan, entry.decisions) };
}

function summary(p: Prepared): string {
  const count = (v: string) => p.entry.decisions.filter((d) => d.verdict === v).length;
  const parts = [`${p.result.applied.length} change${p.result.applied.length === 1 ? '' : 's'} (${count('accept')} accepted, ${count('edit')} edited)`, `${count('reject')} rejected`];
  if (p.result.conflicts.length) parts.push(`${p.result.conflicts.length} left out: overlapping another change`);
  return `${p.entry.path}: ${parts.join(', ')}`;
}

function baselineEntries(files: FileDecisions[]): BaselineEntry[] {
  return files.flatMap((f) => f.decisions.filter((d) => d.verdict === 'reject' && d.baseline).map((d) => ({ path: f.path, ruleId: d.ruleId, text: d.text, context: d.contextHash })));
}

/**
 * `mtlint apply DECISIONS.json`: applies an editor's decisions from the HTML report. Every file
 * is checked first (still the bytes the report saw, decisions consistent); if any is not, nothing
 * is written. Each file is then replaced atomically.
 */
export function runApply(args: ApplyArgs, io: CliIO): number {
  const source = resolve(io.cwd, args.decisions);
  let json: string;
  try {
    json = readFileSync(source, 'utf8');
  } catch (err) {
    throw new UsageError(`${args.decisions}: cannot read: ${describeFsError(err)}`);
  }
  const decisions = parseDecisions(json, args.decisions);
  const prepared = decisions.files.map((f) => prepare(f, io.cwd));
  const problems = prepared.filter((p): p is string => typeof p === 'string');
  if (problems.length) {
    io.stderr(`mtlint: nothing was written:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    return EXIT.usage;
  }
  const ready = prepared as Prepared[];
  let written = 0;
  let failed = 0;
  for (const p of ready) {
    io.stdout(summary(p) + '\n');
    if (args.dryRun || p.result.text === p.decoded.text) continue;
    try {
      writeFileAtomic(p.full, encode(p.result.text, p.decoded), p.hash);
      written++;
    } catch (err) {
      failed++;
      io.stderr(`mtlint: ${p.entry.path}: not written: ${describeFsError(err)}\n`);
    }
  }
  const toBaseline = baselineEntries(decisions.files);
  if (toBaseline.length && args.baseline && !args.dryRun) {
    const file = resolve(io.cwd, args.baseline);
    const existing = Baseline.read(file).entries;
    const known = new Set(existing.map(entryKey));
    const added = toBaseline.filter((e) => !known.has(entryKey(e)));
    Baseline.write(file, [...existing, ...added]);
    io.stdout(`Recorded ${added.length} rejected finding${added.length === 1 ? '' : 's'} in ${args.baseline}.\n`);
  } else if (toBaseline.length && !args.baseline) {
    io.stdout(`${toBaseline.length} rejected finding${toBaseline.length === 1 ? ' is' : 's are'} marked for the baseline: add --baseline FILE to record ${toBaseline.length === 1 ? 'it' : 'them'}.\n`);
  }
  io.stdout(args.dryRun ? 'Dry run: no file was changed.\n' : `Wrote ${written} file${written === 1 ? '' : 's'}.\n`);
  return failed ? EXIT.usage : EXIT.ok;
}
