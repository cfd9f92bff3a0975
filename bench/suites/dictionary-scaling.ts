import type { CorpusInput } from '../corpus';
import { measureAlternating, type Measurement, type SeriesOptions } from '../measure';
import type { DictionaryFiles } from '../term-dictionary';
import { mtlintSubject, type ToolContext } from '../tools';

export interface DictionaryWithPacksRow {
  dictionary: number;
  measurement: Measurement;
}

/** mtlint with all bundled packs plus each dictionary, alternating, on one input. */
export async function measureDictionaryWithPacks(
  ctx: ToolContext,
  dictionaries: DictionaryFiles[],
  input: CorpusInput,
  series: SeriesOptions,
  timeoutMs: number,
): Promise<DictionaryWithPacksRow[]> {
  series.log(`all bundled packs + each dictionary, ${input.mb} MB`);
  const subjects = dictionaries.map((d) =>
    mtlintSubject(ctx, `mtlint-all-d${d.size}-${input.mb}mb`, input, { timeoutMs, extraArgs: ['--rules', d.pack] }),
  );
  const measured = await measureAlternating(subjects, series);
  return dictionaries.map((d, i) => ({ dictionary: d.size, measurement: measured[i] }));
}
