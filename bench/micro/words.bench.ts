import { codeUnits } from '../../src/kernel/code-units';
import { countWords, wordBounds } from '../../src/kernel/words';
import type { MicroCase } from './harness';

/** The word passes every check makes: the count behind the score, and the bounds the entity rule walks. */
export function wordCases(text: string): MicroCase[] {
  const chars = { amount: text.length, unit: 'chars' as const };
  const units = codeUnits(text);
  return [
    { name: 'codeUnits: whole text', work: chars, run: () => codeUnits(text).length },
    { name: 'countWords: whole text', work: chars, run: () => countWords(text, 0, text.length, units) },
    { name: 'wordBounds: whole text', work: chars, run: () => wordBounds(text, units).count },
  ];
}
