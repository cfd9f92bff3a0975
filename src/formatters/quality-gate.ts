import type { FileReport } from '../engine/report';

/**
 * Why a file failed the quality gate (`--min-score`, or a critical finding), or undefined when it
 * passed or no gate ran. CI formats must show this: otherwise a job fails on a file whose report
 * looks clean. Read loosely, since the score fields are optional in the report contract.
 */
export function gateFailure(file: FileReport): string[] | undefined {
  const fields = file as FileReport & Record<string, unknown>;
  if (fields.passed !== false) return undefined;
  const reasons = Array.isArray(fields.gate) ? fields.gate.filter((r): r is string => typeof r === 'string') : [];
  return reasons.length ? reasons : ['the file did not pass'];
}
