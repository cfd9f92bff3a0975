import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** One reported replacement, in the terms both tools share. */
export interface Replacement {
  /** File name without folders: the tools show paths differently. */
  file: string;
  line: number;
  column: number;
  start: number;
  end: number;
  text: string;
}

/** The `bench/terms` findings of `mtlint check --format json`. */
export function mtlintReplacements(file: string, ruleId = 'bench/terms'): Replacement[] {
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    files: { path: string; findings: { ruleId: string; line: number; column: number; start: number; end: number; suggestions: string[] }[] }[];
  };
  return report.files.flatMap((file) =>
    file.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => ({ file: basename(file.path), line: f.line, column: f.column, start: f.start, end: f.end, text: f.suggestions[0] })),
  );
}

/**
 * The prh messages of `textlint --format json`. textlint's `line` and `column` are 1-based
 * (column in UTF-16 code units, like mtlint's); its `range` marks only the first character,
 * so the span comes from the fix, whose range is the whole match.
 */
export function textlintReplacements(file: string): Replacement[] {
  const results = JSON.parse(readFileSync(file, 'utf8')) as {
    filePath: string;
    messages: { ruleId: string; line: number; column: number; index: number; fix?: { range: [number, number]; text: string } }[];
  }[];
  return results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId === 'prh')
      .map((m) => ({
        file: basename(r.filePath),
        line: m.line,
        column: m.column,
        start: m.fix?.range[0] ?? m.index,
        end: m.fix?.range[1] ?? m.index,
        text: m.fix?.text ?? '',
      })),
  );
}

export interface Comparison {
  same: boolean;
  mtlint: number;
  textlint: number;
  /** The first difference, for the report. */
  firstDifference?: string;
}

function key(r: Replacement): string {
  return `${r.file}:${r.line}:${r.column} [${r.start},${r.end}) → ${JSON.stringify(r.text)}`;
}

/** Same count, and the same line, column, span and replacement for every finding. */
export function compareReplacements(mtlint: Replacement[], textlint: Replacement[]): Comparison {
  const a = mtlint.map(key).sort();
  const b = textlint.map(key).sort();
  const result: Comparison = { same: true, mtlint: a.length, textlint: b.length };
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      result.same = false;
      result.firstDifference = `mtlint ${a[i] ?? '(none)'} vs textlint ${b[i] ?? '(none)'}`;
      break;
    }
  }
  return result;
}
