/**
 * Preloaded with `node --require` into a measured tool when /usr/bin/time is not installed:
 * writes the process's peak resident set size (kB) to the file the benchmark names, at exit.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.MTLINT_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
