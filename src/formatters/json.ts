import type { Formatter } from './types';

/**
 * The report contract, as is; offsets and the applied edit are included for tools. On one line,
 * as ESLint and textlint print theirs: indentation made the output 70% larger and took as long to
 * write as a rule takes to run (`jq .` lays it out for reading).
 */
export const json: Formatter = (report) => JSON.stringify(report) + '\n';
