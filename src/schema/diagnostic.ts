/** A problem in an input file, located for editors and CI: `file:line:col: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

/** Bad input that the user must fix: rule packs, config, command-line usage. Exit code 2. */
export class UsageError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(message: string, diagnostics: Diagnostic[] = []) {
    super(diagnostics.length ? diagnostics.map(formatDiagnostic).join('\n') : message);
    this.name = 'UsageError';
    this.diagnostics = diagnostics;
  }
}
