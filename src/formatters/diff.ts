import type * as JsDiff from 'diff';
import type { Formatter } from './types';

/**
 * One unified diff of all applicable fixes, with a/ and b/ prefixes so that both `git apply`
 * and `patch -p1` take it unchanged.
 */
export const diff: Formatter = (report, ctx) => {
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = require('diff') as typeof JsDiff;
  const parts: string[] = [];
  for (const file of report.files) {
    const before = ctx.source(file.path);
    const after = ctx.fixed(file.path);
    if (before === undefined || after === undefined || before === after) continue;
    const name = file.path.replace(/\\/g, '/');
    parts.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY }));
  }
  return parts.join('');
};
