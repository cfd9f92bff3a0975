/** Severity levels. `critical` exists for quality gates: it always fails a file. */
export type Severity = 'critical' | 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['critical', 'error', 'warning', 'info'];

export interface Span {
  start: number;
  end: number;
}

/** A concrete edit of the decoded text; `range` may be wider than the finding (e.g. a whole line). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  category: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Exactly `source.slice(start, end)`. */
  text: string;
  /** Replacements for exactly the flagged span, best first. `""` deletes, `[]` means no automatic fix. */
  suggestions: string[];
  start: number;
  end: number;
  /** The edit `--fix` applies for the first suggestion, when there is one. */
  fix?: Edit;
}

export interface RuleMeta {
  id: string;
  kind: string;
  severity: Severity;
  category: string;
  message: string;
  description: string;
}
