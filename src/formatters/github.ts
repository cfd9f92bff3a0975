import type { Finding } from '../kernel/types';
import { gateFailure } from './quality-gate';
import { reportPath } from './report-path';
import type { Formatter } from './types';

/** The message part of a workflow command (the escaping of @actions/core's escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: ":" and "," would otherwise end the value early. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Finding['severity'], string> = { critical: 'error', error: 'error', warning: 'warning', info: 'notice' };

function command(name: string, properties: [string, string | number][], message: string): string {
  const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

function withSuggestion(f: Finding): string {
  if (!f.suggestions.length) return f.message;
  const options = f.suggestions.map((s) => (s === '' ? 'delete it' : `“${s}”`)).join(' or ');
  return `${f.message} Suggestion: ${options}`;
}

/** GitHub Actions annotations: one workflow command per finding, shown on the pull request's diff. */
export const github: Formatter = (report, ctx) => {
  const out: string[] = [];
  for (const file of report.files) {
    const path = reportPath(file.path, ctx.cwd);
    for (const e of file.errors ?? []) out.push(command('error', [['file', path]], e.message));
    for (const f of file.findings) {
      const position: [string, number][] = [['line', f.line]];
      // The Checks API behind annotations takes columns only when the start and end share a line.
      if (f.line === f.endLine) position.push(['col', f.column], ['endLine', f.endLine], ['endColumn', f.endColumn]);
      else position.push(['endLine', f.endLine]);
      out.push(command(COMMAND[f.severity], [['file', path], ...position, ['title', f.ruleId]], withSuggestion(f)));
    }
    const gate = gateFailure(file);
    if (gate) out.push(command('error', [['file', path], ['title', 'mtlint quality gate']], `Quality gate failed: ${gate.join('; ')}.`));
  }
  return out.length ? out.join('\n') + '\n' : '';
};
