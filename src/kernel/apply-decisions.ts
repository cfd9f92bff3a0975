/*
 * An editor's decisions on a file's findings, turned into the corrected text. The HTML report
 * runs this very module in the browser (its compiled source is embedded, together with
 * ./apply-edits, its only import), and `mtlint apply` and `mtlint review` run it in Node, so the
 * downloaded article and the file written on disk cannot differ.
 */
import { applyEdits, selectEdits, type RankedEdit, type TextEdit } from './apply-edits';

export interface PlannedFinding {
  /** Index of the finding in the file's report. */
  id: number;
  start: number;
  end: number;
  /** Overlap rank of its fix, as `--fix` ranks it (severer first). */
  rank: number;
  fix?: TextEdit;
}

/** A net change of the original text that `--fix` makes, and the findings it stands for. */
export interface FixUnit {
  edit: TextEdit;
  /** Findings whose fixes it contains. */
  owns: number[];
  /** Findings that must all be accepted for it to apply; -1 stands for a finding the report does not show. */
  needs: number[];
}

/** How `--fix` would fix a file, replayed in terms of the original text (see fix-plan.ts). */
export interface FixPlan {
  findings: PlannedFinding[];
  units: FixUnit[];
  /** Fixable findings that `--fix` never applies because the fixes of `by` made them moot. */
  superseded: { id: number; by: number[] }[];
  /** False when `--fix` gives up on the file (fixes never settle); each fix then stands alone. */
  settled: boolean;
}

export type Verdict = 'accept' | 'reject' | 'edit';

/** A finding without a choice is left alone, like a rejected one. */
export interface Choice {
  id: number;
  verdict: Verdict;
  /** For `edit`: the editor's text for exactly the flagged span. */
  replacement?: string;
}

export interface Resolution {
  text: string;
  /** Findings whose accepted or edited change is in `text`. */
  applied: number[];
  /** Accepted or edited findings left out because their change overlaps a stronger one. */
  conflicts: number[];
}

interface Candidate extends RankedEdit {
  ids: number[];
}

/**
 * Applies the accepted fixes and the editor's own replacements to `source`. Accepting every
 * fixable finding gives exactly the text `mtlint check --fix` writes.
 */
export function resolveChoices(source: string, plan: FixPlan, choices: Choice[]): Resolution {
  const byId = new Map(plan.findings.map((f) => [f.id, f]));
  const accepted = new Set<number>();
  const candidates: Candidate[] = [];
  for (const c of choices) {
    const f = byId.get(c.id);
    if (!f) continue;
    if (c.verdict === 'accept' && f.fix) accepted.add(f.id);
    // The editor's own words win over any automatic fix they overlap.
    if (c.verdict === 'edit' && c.replacement !== undefined) candidates.push({ start: f.start, end: f.end, text: c.replacement, rank: -2, ids: [f.id] });
  }
  const covered = new Set<number>();
  for (const u of plan.units) {
    if (!u.needs.length || !u.needs.every((id) => accepted.has(id))) continue;
    candidates.push({ ...u.edit, rank: -1, ids: u.owns });
    u.owns.forEach((id) => covered.add(id));
  }
  const moot = new Set(plan.superseded.filter((s) => s.by.every((id) => accepted.has(id))).map((s) => s.id));
  for (const id of accepted) {
    if (covered.has(id) || moot.has(id)) continue;
    const f = byId.get(id)!;
    candidates.push({ ...f.fix!, rank: f.rank, ids: [id] });
  }
  const chosen = selectEdits(candidates);
  const kept = new Set(chosen);
  const applied = [...chosen.flatMap((i) => candidates[i].ids), ...[...moot].filter((id) => accepted.has(id))];
  const conflicts = candidates.flatMap((c, i) => (kept.has(i) ? [] : c.ids)).filter((id) => !applied.includes(id));
  const text = applyEdits(
    source,
    chosen.map((i) => ({ start: candidates[i].start, end: candidates[i].end, text: candidates[i].text })),
  );
  return { text, applied: [...new Set(applied)].sort((a, b) => a - b), conflicts: [...new Set(conflicts)].sort((a, b) => a - b) };
}
