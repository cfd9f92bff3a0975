import { resolve } from 'node:path';
import { checkFiles, describeFsError } from '../../engine/check-files';
import { findingContexts } from '../../engine/finding-context';
import type { FileReport } from '../../engine/report';
import { WriteConflictError, writeFileAtomic } from '../../io/atomic-write';
import { encode, type Encoding } from '../../io/decode';
import { resolveChoices, type Choice, type FixPlan } from '../../kernel/apply-decisions';
import { editRank } from '../../kernel/fix-loop';
import { buildFixPlan } from '../../kernel/fix-plan';
import type { Finding } from '../../kernel/types';
import { palette, type Palette } from '../../formatters/colors';
import { sentenceDiff, type DiffPart } from '../../formatters/word-diff';
import { UsageError } from '../../schema/diagnostic';
import { EXIT, type CliIO, type LineReader } from '../io';
import type { RuleSelectionArgs } from './common-args';

export interface ReviewArgs extends RuleSelectionArgs {
  files: string[];
  /** Accept every suggestion without asking (works without a terminal). */
  yes: boolean;
}

const PROMPT = '[y] accept  [n] skip  [e] edit  [a] accept all in file  [q] quit > ';
const PROMPT_NO_FIX = 'no automatic fix:  [n] skip  [e] edit  [q] quit > ';

interface Article {
  report: FileReport;
  source: string;
  plan: FixPlan;
  meta: { bom: boolean; encoding: string; sha256: string };
  choices: Choice[];
}

const oneLine = (s: string) => s.replace(/\r?\n/g, '⏎');

/** The colours to use, and whether they are on (without colour the marks are spelt out). */
interface Style {
  p: Palette;
  color: boolean;
}

function marked({ p, color }: Style, source: string, sentence: { start: number; end: number }, f: Finding): string {
  const flagged = f.text === '' ? '‸' : oneLine(f.text);
  const mark = color ? p.bold(p.underline(p.red(flagged))) : `»${flagged}«`;
  return oneLine(source.slice(sentence.start, f.start)) + mark + oneLine(source.slice(f.end, sentence.end));
}

/** A word diff as `git diff --word-diff` shows it: [-removed-]{+added+}, or in colour. */
function wordDiff({ p, color }: Style, parts: DiffPart[]): string {
  return parts
    .map(([op, text]) => {
      const t = oneLine(text);
      if (op === 0) return t;
      if (color) return op < 0 ? p.red(p.strike(t)) : p.green(p.underline(t));
      return op < 0 ? `[-${t}-]` : `{+${t}+}`;
    })
    .join('');
}

function describe(style: Style, a: Article, f: Finding, index: number, total: number, sentence: { start: number; end: number }): string {
  const lines = [
    '',
    `${style.p.dim(`(${index}/${total})`)} ${style.p.bold(`${a.report.path}:${f.line}:${f.column}`)}  ${f.severity}  ${style.p.dim(f.ruleId)}`,
    f.message,
    `  ${marked(style, a.source, sentence, f)}`,
  ];
  if (f.suggestions.length) {
    lines.push(`  ${wordDiff(style, sentenceDiff(a.source, sentence, f, f.suggestions[0]))}`);
    if (f.fix && (f.fix.start !== f.start || f.fix.end !== f.end)) lines.push(style.p.dim(f.fix.text === '' ? '  (removes the whole passage, with the break around it)' : '  (also adjusts the text around it)'));
  }
  return lines.join('\n') + '\n';
}

/** Asks about one article's findings in order; returns false when the editor quit. */
async function reviewArticle(a: Article, reader: LineReader, io: CliIO, style: Style): Promise<boolean> {
  const contexts = findingContexts(a.report.path, a.source, a.report.findings);
  const order = a.report.findings.map((_, i) => i).sort((i, j) => a.report.findings[i].start - a.report.findings[j].start || i - j);
  for (let k = 0; k < order.length; k++) {
    const id = order[k];
    const f = a.report.findings[id];
    io.stdout(describe(style, a, f, k + 1, order.length, contexts[id].sentence));
    for (;;) {
      const answer = await reader.question(f.fix ? PROMPT : PROMPT_NO_FIX);
      if (answer === null) return false;
      const key = answer.trim().toLowerCase();
      if (key === 'q') return false;
      if (key === 'n') break;
      if ((key === 'y' || key === 'a') && !f.fix) {
        io.stdout('This finding has no automatic fix: skip it, or edit it with your own text.\n');
        continue;
      }
      if (key === 'y') {
        a.choices.push({ id, verdict: 'accept' });
        break;
      }
      if (key === 'a') {
        for (const rest of order.slice(k)) if (a.report.findings[rest].fix) a.choices.push({ id: rest, verdict: 'accept' });
        return true;
      }
      if (key === 'e') {
        const replacement = await reader.question(`Replace “${oneLine(f.text)}” with (empty to go back): `);
        if (replacement === null) return false;
        if (replacement === '') continue;
        a.choices.push({ id, verdict: 'edit', replacement });
        io.stdout(`  ${wordDiff(style, sentenceDiff(a.source, contexts[id].sentence, f, replacement))}\n`);
        break;
      }
      io.stdout('y: accept the suggestion · n: leave the text as it is · e: type your own replacement · a: accept this and every later suggestion in this file · q: stop and write what you accepted\n');
    }
  }
  return true;
}

function articles(result: ReturnType<typeof checkFiles>, io: CliIO): { list: Article[]; failed: number } {
  const list: Article[] = [];
  let failed = 0;
  for (const report of result.report.files) {
    const source = result.sources.get(report.path);
    const meta = result.meta.get(report.path);
    if (report.errors?.length) {
      failed++;
      for (const e of report.errors) io.stderr(`mtlint: ${report.path}: ${e.message}\n`);
    }
    // Review computes fixes, so every file read has its hash; one without was never read.
    if (source === undefined || !meta?.sha256 || !report.findings.length) continue;
    const fixResult = result.fixResults.get(report.path);
    const plan: FixPlan = fixResult
      ? buildFixPlan(source, report.findings, fixResult)
      : { findings: report.findings.map((f, id) => ({ id, start: f.start, end: f.end, rank: editRank(f), ...(f.fix ? { fix: f.fix } : {}) })), units: [], superseded: [], settled: false };
    list.push({ report, source, plan, meta: { ...meta, sha256: meta.sha256 }, choices: [] });
  }
  return { list, failed };
}

/** Writes each article's accepted changes atomically and says what happened to each. */
function writeAll(list: Article[], io: CliIO): number {
  let failures = 0;
  let written = 0;
  for (const a of list) {
    const accepted = a.choices.filter((c) => c.verdict === 'accept').length;
    const edited = a.choices.filter((c) => c.verdict === 'edit').length;
    const skipped = a.report.findings.length - accepted - edited;
    const result = resolveChoices(a.source, a.plan, a.choices);
    let outcome = 'unchanged';
    if (result.text !== a.source) {
      try {
        writeFileAtomic(resolve(io.cwd, a.report.path), encode(result.text, { bom: a.meta.bom, encoding: a.meta.encoding as Encoding }), a.meta.sha256);
        outcome = 'written';
        written++;
      } catch (err) {
        failures++;
        outcome = err instanceof WriteConflictError ? 'NOT written: it changed on disk during the review' : `NOT written: ${describeFsError(err)}`;
      }
    }
    const left = result.conflicts.length ? `, ${result.conflicts.length} left out (overlapping another change)` : '';
    io.stdout(`${a.report.path}: ${accepted} accepted, ${edited} edited, ${skipped} skipped${left}; ${outcome}\n`);
  }
  io.stdout(`Reviewed ${list.length} file${list.length === 1 ? '' : 's'}; wrote ${written}.\n`);
  return failures;
}

/**
 * `mtlint review FILES...`: goes through the findings one by one, like `git add -p`, and writes
 * the accepted fixes when done (or on q). The fixes are combined exactly as the HTML report and
 * `mtlint apply` combine them.
 */
export async function runReview(args: ReviewArgs, io: CliIO): Promise<number> {
  if (!args.files.length) throw new UsageError('no files given; name the articles to review');
  if (args.files.includes('-')) throw new UsageError('review edits files in place and cannot read stdin; use check --fix with - instead');
  if (!args.yes && !io.lineReader) {
    throw new UsageError('review asks about each finding and needs a terminal, but stdin is not one. Run it in a terminal, or pass --yes to accept every suggestion.');
  }
  const result = checkFiles(args.files, {
    ruleOptions: { paths: args.rules, defaults: args.defaultRules, disabled: args.disable },
    config: args.configLookup === false ? false : args.config,
    computeFixes: true,
    cwd: io.cwd,
  });
  const { list, failed } = articles(result, io);
  const total = list.reduce((n, a) => n + a.report.findings.length, 0);
  if (!total) {
    io.stdout(`No findings to review in ${result.report.files.length} file${result.report.files.length === 1 ? '' : 's'}.\n`);
    return failed ? EXIT.usage : EXIT.ok;
  }
  if (args.yes) {
    for (const a of list) a.report.findings.forEach((f, id) => f.fix && a.choices.push({ id, verdict: 'accept' }));
  } else {
    const reader = io.lineReader!();
    const color = args.color ?? (io.isTTY && !io.env.NO_COLOR);
    const style = { p: palette(color), color };
    try {
      for (const a of list) if (!(await reviewArticle(a, reader, io, style))) break;
    } finally {
      reader.close();
    }
    io.stdout('\n');
  }
  const failures = writeAll(list, io);
  return failed || failures ? EXIT.usage : EXIT.ok;
}
