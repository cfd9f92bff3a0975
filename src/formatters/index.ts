import { diff } from './diff';
import { github } from './github';
import { html } from './html';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

/** Output formats by name. A new format is one file in this folder plus one line here. */
export const formatters: ReadonlyMap<string, Formatter> = new Map<string, Formatter>([
  ['stylish', stylish],
  ['json', json],
  ['diff', diff],
  ['sarif', sarif],
  ['github', github],
  ['junit', junit],
  ['html', html],
]);
