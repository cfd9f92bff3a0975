import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Skip 100 MB and the textlint runs that would take minutes (extrapolated instead). */
  quick: boolean;
  /** Measured runs per measurement, after one warm-up. */
  runs: number;
  /** A textlint run predicted to take longer than this is extrapolated from 1 MB instead. */
  textlintLimitS: number;
  /** An mtlint run is stopped after this long. */
  mtlintLimitS: number;
  /** A run whose warm-up took longer than this is measured once: warm-up effects are noise at that length. */
  longRunS: number;
  out: string;
  skipTextlint: boolean;
}

const USAGE = `Usage: npm run bench [-- options]

  --quick             skip 100 MB and textlint runs that would take minutes
  --runs N            measured runs after the warm-up (default 3, at least 3)
  --textlint-limit S  extrapolate a textlint run predicted to exceed S seconds (default 180; 30 with --quick)
  --mtlint-limit S    stop an mtlint run after S seconds (default 600)
  --long-run S        measure once when the warm-up took longer than S seconds (default 60)
  --skip-textlint     measure mtlint only
  --out FILE          where to write the results table (default bench/results.md)
`;

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      'textlint-limit': { type: 'string' },
      'mtlint-limit': { type: 'string', default: '600' },
      'long-run': { type: 'string', default: '60' },
      'skip-textlint': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results.md' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const number = (name: string, raw: string, min: number): number => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number of at least ${min} (got "${raw}")`);
    return n;
  };
  return {
    quick: values.quick!,
    runs: number('runs', values.runs!, 3),
    textlintLimitS: number('textlint-limit', values['textlint-limit'] ?? (values.quick ? '30' : '180'), 1),
    mtlintLimitS: number('mtlint-limit', values['mtlint-limit']!, 1),
    longRunS: number('long-run', values['long-run']!, 1),
    out: values.out!,
    skipTextlint: values['skip-textlint']!,
  };
}

export { USAGE };
