import type { CliIO } from './io';

const DELAY_MS = 1000;
const WIDTH = 24;

/**
 * A progress bar on stderr for long runs in a terminal: files done, total and rate. It appears
 * only after a second, so quick runs stay clean, and never when stderr is not a TTY (CI logs).
 */
export function progressBar(io: CliIO, now: () => number = Date.now) {
  const started = now();
  let shown = false;
  let last = 0;
  return {
    update: (done: number, total: number) => {
      if (!io.stderrIsTTY) return;
      const t = now();
      if (t - started < DELAY_MS || (t - last < 100 && done < total)) return;
      last = t;
      shown = true;
      const filled = Math.round((done / Math.max(1, total)) * WIDTH);
      const rate = done / Math.max(0.001, (t - started) / 1000);
      io.stderr(`\r[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} files  ${rate.toFixed(1)} files/s`);
    },
    done: () => {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
