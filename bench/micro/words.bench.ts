import { countWords, scanWords } from '../../src/kernel/words';
import type { MicroCase } from './harness';

/** The word passes every check makes: the count behind the score, and the bounds-only walk the entity rule uses. */
export function wordCases(text: string): MicroCase[] {
  const chars = { amount: text.length, unit: 'chars' as const };
  return [
    { name: 'countWords: whole text', work: chars, run: () => countWords(text) },
    {
      name: 'scanWords: bounds only, whole text',
      work: chars,
      run: () => {
        let last = 0;
        scanWords(text, 0, text.length, (_start, end) => (last = end));
        return last;
      },
    },
  ];
}
