import type { CorpusInput } from '../corpus';
import { compareReplacements, mtlintReplacements, textlintReplacements, type Comparison } from '../findings';
import { measureAlternating, type Measurement, type SeriesOptions } from '../measure';
import type { DictionaryFiles } from '../term-dictionary';
import { mtlintSubject, textlintSubject, type Input, type ToolContext } from '../tools';

export interface PeerRow {
  dictionary: number;
  input: CorpusInput;
  mtlint: Measurement;
  textlint: Measurement;
  /** Findings of both tools on this input, when both ran. */
  comparison?: Comparison;
}

export interface PeerStartup {
  dictionary: number;
  mtlint: Measurement;
  textlint?: Measurement;
}

export interface PeerResult {
  rows: PeerRow[];
  startup: PeerStartup[];
}

export interface PeerOptions {
  dictionaries: DictionaryFiles[];
  /** Smallest first: textlint's time on a bigger input is predicted from the smaller one. */
  inputs: CorpusInput[];
  empty: Input;
  textlintLimitMs: number;
  mtlintTimeoutMs: number;
  /** Dictionary sizes textlint is not run with at all. */
  textlintSkipped: (dictionary: number) => boolean;
  series: SeriesOptions;
}

function compare(mtlint: Measurement, textlint: Measurement): Comparison | undefined {
  if (mtlint.status !== 'measured' || textlint.status !== 'measured' || !mtlint.output || !textlint.output) return undefined;
  try {
    return compareReplacements(mtlintReplacements(mtlint.output), textlintReplacements(textlint.output));
  } catch (err) {
    return { same: false, mtlint: NaN, textlint: NaN, firstDifference: `could not read a report: ${(err as Error).message}` };
  }
}

function skipped(bytes: number, note: string): Measurement {
  return { wallMs: NaN, runsMs: [], bytes, status: 'skipped', note };
}

/**
 * textlint's time on a bigger input, from its time on a smaller one: start-up plus the per-byte
 * cost scaled linearly. textlint keeps the whole AST and report in memory, so a real run is if
 * anything slower than this, and the estimate favours textlint.
 */
function extrapolate(from: Measurement, startup: Measurement | undefined, bytes: number): number {
  const base = startup?.status === 'measured' ? startup.wallMs : 0;
  return base + (from.wallMs - base) * (bytes / from.bytes);
}

/**
 * mtlint (one `term` rule) against textlint + prh (the same entries as prh YAML), on the same
 * files, alternating runs, with the findings of both compared.
 */
export async function measurePeer(ctx: ToolContext, options: PeerOptions): Promise<PeerResult> {
  const { series } = options;
  const rows: PeerRow[] = [];
  const startup: PeerStartup[] = [];
  for (const dict of options.dictionaries) {
    const withTextlint = !options.textlintSkipped(dict.size);
    series.log(`dictionary ${dict.size}: start-up on an empty file`);
    const [mStart, tStart] = await measureAlternating(
      [
        mtlintSubject(ctx, `mtlint-d${dict.size}-empty`, options.empty, { dictionary: dict, timeoutMs: options.mtlintTimeoutMs }),
        ...(withTextlint ? [textlintSubject(ctx, `textlint-d${dict.size}-empty`, options.empty, dict, options.textlintLimitMs * 2)] : []),
      ],
      series,
    );
    startup.push({ dictionary: dict.size, mtlint: mStart, textlint: tStart });

    let previousTextlint: Measurement | undefined;
    for (const input of options.inputs) {
      const m = mtlintSubject(ctx, `mtlint-d${dict.size}-${input.mb}mb`, input, { dictionary: dict, timeoutMs: options.mtlintTimeoutMs });
      const t = textlintSubject(ctx, `textlint-d${dict.size}-${input.mb}mb`, input, dict, options.textlintLimitMs * 2);
      let predictedMs: number | undefined;
      if (withTextlint && previousTextlint?.status === 'measured') {
        predictedMs = extrapolate(previousTextlint, tStart, input.bytes);
        t.spec.timeoutMs = Math.max(t.spec.timeoutMs, predictedMs * 2);
      }
      const runTextlint = withTextlint && (predictedMs === undefined || predictedMs <= options.textlintLimitMs);
      series.log(`dictionary ${dict.size}, ${input.mb} MB${runTextlint ? '' : ' (mtlint only)'}`);
      const [mtlint, measuredTextlint] = await measureAlternating(runTextlint ? [m, t] : [m], series);

      let textlint: Measurement;
      if (!withTextlint) {
        textlint = skipped(input.bytes, 'textlint not run with this dictionary (--quick or --skip-textlint)');
      } else if (measuredTextlint && measuredTextlint.status !== 'timed-out') {
        textlint = measuredTextlint;
      } else if (previousTextlint?.status === 'measured') {
        const from = previousTextlint;
        const why = measuredTextlint
          ? `the run was ${measuredTextlint.note}`
          : `a run was predicted to take ${(predictedMs! / 1000).toFixed(0)} s, over the ${options.textlintLimitMs / 1000} s limit`;
        textlint = {
          wallMs: extrapolate(from, tStart, input.bytes),
          runsMs: [],
          bytes: input.bytes,
          status: 'extrapolated',
          note: `EXTRAPOLATED, not measured: ${why}; linear from ${(from.bytes / 1e6).toFixed(1)} MB (${(from.wallMs / 1000).toFixed(2)} s) after subtracting textlint's start-up`,
        };
      } else {
        textlint = measuredTextlint ?? skipped(input.bytes, 'no smaller measurement to extrapolate from');
      }
      rows.push({ dictionary: dict.size, input, mtlint, textlint, comparison: compare(mtlint, textlint) });
      previousTextlint = textlint.status === 'measured' ? textlint : previousTextlint;
    }
  }
  return { rows, startup };
}
