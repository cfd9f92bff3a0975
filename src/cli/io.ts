/** Where a command writes; injectable so tests can run the CLI in-process. */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  readStdin(): Buffer;
  isTTY: boolean;
  /** Whether stderr is a terminal: the progress bar shows only then. */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => require('node:fs').readFileSync(0),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
