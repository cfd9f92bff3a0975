import { isatty } from 'node:tty';
/** Asks for one line of input at a time, for interactive commands (`mtlint review`). */
export interface LineReader {
  /** The answer without its line break; null once input has ended. */
  question(prompt: string): Promise<string | null>;
  close(): void;
}

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
  /** Interactive input; present only when a person can answer (stdin is a terminal, or a test script). */
  lineReader?: () => LineReader;
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
    // isatty, not process.stdin.isTTY: touching process.stdin sets up a stream every run pays for.
    lineReader: isatty(0) ? terminalLineReader : undefined,
  };
}

function terminalLineReader(): LineReader {
  const rl = (require('node:readline') as typeof import('node:readline')).createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let ended = false;
  let pending: ((answer: string | null) => void) | undefined;
  // Ctrl-D or a closed terminal ends the session like "quit".
  rl.on('close', () => {
    ended = true;
    pending?.(null);
  });
  return {
    question: (prompt) =>
      new Promise((resolve) => {
        if (ended) return resolve(null);
        pending = resolve;
        rl.question(prompt, (answer) => {
          pending = undefined;
          resolve(answer);
        });
      }),
    close: () => rl.close(),
  };
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
