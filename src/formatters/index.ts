import { diff } from './diff';
import { json } from './json';
import { stylish } from './stylish';
import type { Formatter } from './types';

/** Output formats by name. A new format is one file in this folder plus one line here. */
export const formatters: ReadonlyMap<string, Formatter> = new Map<string, Formatter>([
  ['stylish', stylish],
  ['json', json],
  ['diff', diff],
]);
