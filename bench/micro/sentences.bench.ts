import { splitSentences } from '../../src/kernel/sentences';
import { splitWords } from '../../src/kernel/words';
import type { MicroCase } from './harness';

/** Sentence splitting per paragraph (as Document does) and word splitting of the whole text. */
export function sentenceCases(text: string): MicroCase[] {
  const paragraphs: [number, number][] = [];
  const blank = /\n\s*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    paragraphs.push([start, m.index]);
    start = m.index + m[0].length;
  }
  paragraphs.push([start, text.length]);
  const chars = { amount: text.length, unit: 'chars' as const };
  return [
    {
      name: `splitSentences: ${paragraphs.length} paragraphs`,
      work: chars,
      run: () => {
        let n = 0;
        for (const [s, e] of paragraphs) n += splitSentences(text, s, e).length;
        return n;
      },
    },
    { name: 'splitWords: whole text', work: chars, run: () => splitWords(text).length },
  ];
}
