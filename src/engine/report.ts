import type { Finding } from '../kernel/types';

/** The report contract: what `--format json` prints and `check()` returns. Names are stable. */
export interface Report {
  version: 1;
  files: FileReport[];
}

export interface FileReport {
  path: string;
  findings: Finding[];
  /** Problems that kept the file (or a rule on it) from being checked completely. */
  errors?: FileError[];
  /** Set when `--fix` rewrote the file, or would have. */
  fixed?: boolean;
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
