import type { Formatter } from './types';

/** A formatter whose module loads on first use: a run needs one or two of them, not all (html, diff and their libraries). */
function lazy(load: () => Formatter): Formatter {
  let formatter: Formatter | undefined;
  return (report, ctx) => (formatter ??= load())(report, ctx);
}

/** Output formats by name. A new format is one file in this folder plus one line here. */
export const formatters: ReadonlyMap<string, Formatter> = new Map<string, Formatter>([
  ['stylish', lazy(() => (require('./stylish') as typeof import('./stylish')).stylish)],
  ['json', lazy(() => (require('./json') as typeof import('./json')).json)],
  ['diff', lazy(() => (require('./diff') as typeof import('./diff')).diff)],
  ['sarif', lazy(() => (require('./sarif') as typeof import('./sarif')).sarif)],
  ['github', lazy(() => (require('./github') as typeof import('./github')).github)],
  ['junit', lazy(() => (require('./junit') as typeof import('./junit')).junit)],
  ['html', lazy(() => (require('./html') as typeof import('./html')).html)],
]);
