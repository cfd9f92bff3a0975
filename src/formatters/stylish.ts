import { countBySeverity, type FileReport } from '../engine/report';
import type { Finding } from '../kernel/types';
import { palette, type Palette } from './colors';
import type { Formatter } from './types';

const CONTEXT = 40;

function severityLabel(p: Palette, s: Finding['severity']): string {
  const padded = s.padEnd(8);
  if (s === 'critical' || s === 'error') return p.red(padded);
  if (s === 'warning') return p.yellow(padded);
  return p.blue(padded);
}

function oneLine(s: string): string {
  return s.replace(/\r?\n/g, '⏎').replace(/\t/g, '→').replace(/\u3000/g, '□');
}

/** The flagged text with a little of the line around it, so an editor can find it at a glance. */
function excerpt(p: Palette, source: string | undefined, f: Finding): string {
  if (source === undefined) return p.underline(oneLine(f.text));
  const lineStart = source.lastIndexOf('\n', f.start - 1) + 1;
  let lineEnd = source.indexOf('\n', f.end);
  if (lineEnd === -1) lineEnd = source.length;
  const from = Math.max(lineStart, f.start - CONTEXT);
  const to = Math.min(lineEnd, f.end + CONTEXT);
  const flagged = f.text === '' ? '‸' : f.text.trim() === '' ? `[${oneLine(f.text).replace(/ /g, '·')}]` : oneLine(f.text);
  return (
    (from > lineStart ? '…' : '') +
    oneLine(source.slice(from, f.start)).trimStart() +
    p.bold(p.underline(flagged)) +
    oneLine(source.slice(f.end, to)).replace(/\r$/, '').trimEnd() +
    (to < lineEnd ? '…' : '')
  );
}

function suggestion(p: Palette, f: Finding): string {
  if (!f.suggestions.length) return p.dim('no automatic fix; needs an editor');
  return f.suggestions.map((s) => (s === '' ? p.red('delete') : p.green(`“${oneLine(s)}”`))).join(p.dim(' or '));
}

/** "Quality score 67.5 (penalty 13 over 400 words; terminology 5, style 3)", and the gate's verdict. */
function scoreLine(p: Palette, file: FileReport): string | undefined {
  if (file.score === undefined) return undefined;
  const top = Object.entries(file.categories ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c, n]) => `${c} ${n}`);
  const detail = `penalty ${file.penalty} over ${file.words} words${top.length ? `; ${top.join(', ')}` : ''}`;
  const label = `Quality score ${file.score}`;
  const verdict = file.passed === false ? p.red(`  ✖ fails the gate: ${file.gate?.join('; ')}`) : '';
  return `  ${file.passed === false ? p.red(p.bold(label)) : p.bold(label)} ${p.dim(`(${detail})`)}${verdict}`;
}

/** The default, for people: one block per finding, grouped by file, with a summary. */
export const stylish: Formatter = (report, ctx) => {
  const p = palette(ctx.color);
  const out: string[] = [];
  for (const file of report.files) {
    if (!file.findings.length && !file.errors?.length) continue;
    const source = ctx.source(file.path);
    out.push(p.bold(p.underline(file.path)));
    for (const e of file.errors ?? []) out.push(`  ${p.red('failed  ')}  ${e.message}`);
    for (const f of file.findings) {
      out.push(`${file.path}:${f.line}:${f.column}  ${severityLabel(p, f.severity)}  ${f.message}  ${p.dim(f.ruleId)}`);
      out.push(`    ${p.dim('│')} ${excerpt(p, source, f)}`);
      out.push(`    ${p.dim('└')} ${p.dim('suggestion:')} ${suggestion(p, f)}`);
    }
    const score = scoreLine(p, file);
    if (score) out.push(score);
    out.push('');
  }
  const counts = countBySeverity(report);
  const total = counts.critical + counts.error + counts.warning + counts.info;
  const fixable = report.files.reduce((n, f) => n + f.findings.filter((x) => x.suggestions.length).length, 0);
  const failed = report.files.filter((f) => f.errors?.length).length;
  if (report.summary && report.files.length > 1) out.push(p.dim(`Overall quality score ${report.summary.score} over ${report.summary.words} words in ${report.summary.files} files.`));
  if (total === 0 && !failed) {
    out.push(p.green(`✔ No problems found in ${report.files.length} file${report.files.length === 1 ? '' : 's'}.`));
  } else {
    const parts = [
      counts.critical && `${counts.critical} critical`,
      `${counts.error} error${counts.error === 1 ? '' : 's'}`,
      `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`,
      `${counts.info} info`,
    ].filter(Boolean);
    const head = `✖ ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`;
    out.push(counts.critical + counts.error ? p.red(p.bold(head)) : p.yellow(p.bold(head)));
    if (fixable) out.push(p.dim(`  ${fixable} with a suggested fix: run with --fix to apply, or --format diff to review.`));
    if (failed) out.push(p.red(`  ${failed} file${failed === 1 ? '' : 's'} could not be checked completely.`));
  }
  return out.join('\n') + '\n';
};
