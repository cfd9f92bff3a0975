import { applyEdits, selectEdits } from './apply-edits';
import { SEVERITIES, type Finding } from './types';

export interface FixResult {
  output: string;
  /** Findings whose fixes were applied, across all passes. */
  applied: Finding[];
  /** The fixes of each pass, in offsets of the text that pass saw (for replaying passes elsewhere). */
  rounds: Finding[][];
  passes: number;
  /** False when fixes kept producing new fixable findings until the pass limit. */
  converged: boolean;
  /** Rules still producing fixes when the loop gave up. */
  unstableRules: string[];
}

/** Rank for overlap resolution: severer findings first, then wider ones win ties by position. */
export function editRank(f: Finding): number {
  return SEVERITIES.indexOf(f.severity);
}

/** The fixes of one pass: non-overlapping, chosen deterministically. */
export function chooseFixes(findings: Finding[]): Finding[] {
  const fixable = findings.filter((f) => f.fix);
  const chosen = selectEdits(fixable.map((f) => ({ ...f.fix!, rank: editRank(f) })));
  return chosen.map((i) => fixable[i]);
}

/**
 * Applies fixes pass after pass until no fixable finding remains: an applied fix can make room
 * for one that overlapped it. A fix that re-triggers its own rule would never settle, so the
 * loop stops after `maxPasses` and names the rules that were still firing.
 */
export function fixUntilStable(text: string, check: (text: string) => Finding[], maxPasses = 10): FixResult {
  let output = text;
  const applied: Finding[] = [];
  const rounds: Finding[][] = [];
  for (let pass = 1; pass <= maxPasses; pass++) {
    const chosen = chooseFixes(check(output));
    if (chosen.length === 0) return { output, applied, rounds, passes: pass - 1, converged: true, unstableRules: [] };
    const next = applyEdits(output, chosen.map((f) => f.fix!));
    if (next === output) return { output, applied, rounds, passes: pass - 1, converged: true, unstableRules: [] };
    for (const f of chosen) applied.push(f);
    rounds.push(chosen);
    output = next;
  }
  const still = chooseFixes(check(output));
  const unstableRules = [...new Set(still.map((f) => f.ruleId))].sort();
  return { output, applied, rounds, passes: maxPasses, converged: still.length === 0, unstableRules };
}
