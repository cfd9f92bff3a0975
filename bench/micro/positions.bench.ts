import { LineIndex } from '../../src/kernel/positions';
import { Random } from '../random';
import type { MicroCase } from './harness';

/** Building the line index, then mapping offsets to line/column in text order and at random. */
export function positionCases(text: string): MicroCase[] {
  const lookups = 200_000;
  const rng = new Random(7);
  const random = Array.from({ length: lookups }, () => rng.int(text.length));
  const ordered = [...random].sort((a, b) => a - b);
  const index = new LineIndex(text);
  const mapAll = (offsets: number[]) => () => {
    let n = 0;
    for (const o of offsets) n += index.position(o).column;
    return n;
  };
  return [
    { name: 'LineIndex: build', work: { amount: text.length, unit: 'chars' }, run: () => new LineIndex(text).lineStarts.length },
    { name: `position: ${lookups} offsets in text order`, work: { amount: lookups, unit: 'ops' }, run: mapAll(ordered) },
    { name: `position: ${lookups} offsets at random`, work: { amount: lookups, unit: 'ops' }, run: mapAll(random) },
  ];
}
