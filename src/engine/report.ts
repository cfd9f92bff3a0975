import type { Finding } from '../kernel/types';

/** The report contract: what `--format json` prints and `check()` returns. Names are stable. */
export interface Report {
  version: 1;
  files: FileReport[];
  /** Totals over all files; the overall score weighs files by their word count. */
  summary?: { files: number; words: number; penalty: number; score: number; failed: string[] };
}

export interface FileReport {
  path: string;
  findings: Finding[];
  /** Problems that kept the file (or a rule on it) from being checked completely. */
  errors?: FileError[];
  /** Set when `--fix` rewrote the file. */
  fixed?: boolean;
  /** MQM-style quality score: 100 − penalty per 1,000 words of checked prose. */
  score?: number;
  penalty?: number;
  words?: number;
  /** Penalty by category. */
  categories?: Record<string, number>;
  /** False when the file fails the quality gate (`--min-score`, or a critical finding). */
  passed?: boolean;
  /** Why the file failed the gate. */
  gate?: string[];
}

export interface FileError {
  message: string;
  ruleId?: string;
  byteOffset?: number;
}

export function countBySeverity(report: Report): Record<'critical' | 'error' | 'warning' | 'info', number> {
  const counts = { critical: 0, error: 0, warning: 0, info: 0 };
  for (const f of report.files) for (const x of f.findings) counts[x.severity]++;
  return counts;
}
