import type { Formatter } from './types';

/** The report contract, as is; offsets and the applied edit are included for tools. */
export const json: Formatter = (report) => JSON.stringify(report, null, 2) + '\n';
