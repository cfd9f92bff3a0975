import { applyEdits, type TextEdit } from './apply-edits';
import type { FixPlan, FixUnit, PlannedFinding } from './apply-decisions';
import { editRank, type FixResult } from './fix-loop';
import type { Finding } from './types';

/*
 * `--fix` works in passes: each pass re-checks the text and applies the fixes that do not overlap,
 * so a fix that lost an overlap is found again, often with a different edit, on the next pass.
 * A browser cannot re-run the rules, so the passes are replayed once, here, and their net effect
 * is expressed as edits of the ORIGINAL text ("units"). Applying every unit in one go gives
 * exactly what `--fix` writes; each unit names the findings it stands for, so that a unit is used
 * only when the editor accepted all of them (otherwise each falls back to its own fix).
 *
 * The replay tracks every UTF-16 code unit of the text: an original one (with its offset), one
 * inserted by a fix, or a deleted original one kept as a zero-width tombstone so that deletions
 * keep their place. Runs of non-original atoms at the end are the units.
 */

interface Atom {
  /** Offset in the original text, or -1 for inserted text. */
  orig: number;
  /** The inserted code unit. */
  char: string;
  /** Unit (union-find id) that inserted or deleted it; -1 for untouched original text. */
  unit: number;
  visible: boolean;
}

class Units {
  private parent: number[] = [];
  readonly owns: Set<number>[] = [];
  readonly needs: Set<number>[] = [];

  create(owner: number | undefined, needs: number[]): number {
    const id = this.parent.length;
    this.parent.push(id);
    this.owns.push(new Set(owner === undefined ? [] : [owner]));
    this.needs.push(new Set([...(owner === undefined ? [] : [owner]), ...needs]));
    return id;
  }

  find(u: number): number {
    while (this.parent[u] !== u) u = this.parent[u] = this.parent[this.parent[u]];
    return u;
  }

  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    this.parent[rb] = ra;
    this.owns[rb].forEach((x) => this.owns[ra].add(x));
    this.needs[rb].forEach((x) => this.needs[ra].add(x));
    return ra;
  }
}

interface RoundEdit extends TextEdit {
  unit: number;
}

/** Applies one pass of non-overlapping edits (offsets of the current text) to the atoms. */
function applyRound(atoms: Atom[], edits: RoundEdit[], units: Units): Atom[] {
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Atom[] = [];
  let pos = 0;
  let k = 0;
  const insert = (e: RoundEdit) => {
    for (let i = 0; i < e.text.length; i++) out.push({ orig: -1, char: e.text[i], unit: e.unit, visible: true });
  };
  for (const atom of atoms) {
    // An edit's text goes where its range ends: after the atoms it replaces, before the next ones.
    while (k < sorted.length && sorted[k].end === pos) insert(sorted[k++]);
    const e = sorted[k];
    // Tombstones on the boundary of an edit stay outside it; only those strictly within are taken.
    const inside = e !== undefined && (atom.visible ? pos >= e.start && pos < e.end : pos > e.start && pos < e.end);
    if (inside) {
      if (atom.unit !== -1) units.union(e.unit, atom.unit);
      if (atom.orig !== -1) out.push({ orig: atom.orig, char: '', unit: e.unit, visible: false });
    } else {
      out.push(atom);
    }
    if (atom.visible) pos++;
  }
  while (k < sorted.length) insert(sorted[k++]);
  return out;
}

/** Drops the part of an edit that rewrites text with itself: "U.S.-Iran" → "U.S.-Iraq" only touches "n". */
function trim(text: string, e: TextEdit): TextEdit {
  const old = text.slice(e.start, e.end);
  let head = 0;
  while (head < old.length && head < e.text.length && old[head] === e.text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < e.text.length - head && old[old.length - 1 - tail] === e.text[e.text.length - 1 - tail]) tail++;
  return { start: e.start + head, end: e.end - tail, text: e.text.slice(head, e.text.length - tail) };
}

/** Original offsets of a span of the current text, when it covers untouched original text only. */
function originalSpan(visible: Atom[], start: number, end: number): { start: number; end: number } | undefined {
  if (start === end) {
    const at = visible[start];
    return at && at.unit === -1 ? { start: at.orig, end: at.orig } : undefined;
  }
  for (let i = start; i < end; i++) {
    const a = visible[i];
    if (a.orig === -1 || a.unit !== -1 || (i > start && a.orig !== visible[i - 1].orig + 1)) return undefined;
  }
  return { start: visible[start].orig, end: visible[end - 1].orig + 1 };
}

/** Runs of inserted text and tombstones, as edits of the original text. */
function collectUnits(atoms: Atom[], units: Units, originalLength: number): { edit: TextEdit; root: number }[] {
  const result: { edit: TextEdit; root: number }[] = [];
  let i = 0;
  while (i < atoms.length) {
    if (atoms[i].unit === -1) {
      i++;
      continue;
    }
    let root = units.find(atoms[i].unit);
    let text = '';
    let first = -1;
    let last = -1;
    const runStart = i;
    for (; i < atoms.length && atoms[i].unit !== -1; i++) {
      root = units.union(root, atoms[i].unit);
      if (atoms[i].visible) text += atoms[i].char;
      else {
        if (first === -1) first = atoms[i].orig;
        last = atoms[i].orig;
      }
    }
    let start: number;
    let end: number;
    if (first !== -1) (start = first), (end = last + 1);
    else {
      const next = atoms.slice(i).find((a) => a.orig !== -1);
      const prev = atoms.slice(0, runStart).reverse().find((a) => a.orig !== -1);
      start = end = next ? next.orig : prev ? prev.orig + 1 : originalLength;
    }
    result.push({ edit: { start, end, text }, root });
  }
  return result.map((r) => ({ ...r, root: units.find(r.root) }));
}

/**
 * Builds the plan for `findings` (the report's findings for `source`, referred to by index) from
 * how `fixUntilStable` fixed that source.
 */
export function buildFixPlan(source: string, findings: Finding[], result: FixResult): FixPlan {
  const planned: PlannedFinding[] = findings.map((f, id) => ({ id, start: f.start, end: f.end, rank: editRank(f), ...(f.fix ? { fix: { ...f.fix } } : {}) }));
  if (!result.converged) return { findings: planned, units: [], superseded: [], settled: false };

  const units = new Units();
  const owned = new Set<number>();
  let atoms: Atom[] = [];
  for (let i = 0; i < source.length; i++) atoms.push({ orig: i, char: '', unit: -1, visible: true });
  for (const round of result.rounds) {
    const earlier = [...owned];
    const visible = atoms.filter((a) => a.visible);
    const current = visible.map((a) => (a.orig === -1 ? a.char : source[a.orig])).join('');
    const edits = round.map((g): RoundEdit => {
      const span = originalSpan(visible, g.start, g.end);
      const id = span ? findings.findIndex((f, i) => !owned.has(i) && f.ruleId === g.ruleId && f.start === span.start && f.end === span.end) : -1;
      if (id !== -1) owned.add(id);
      // A fix found only after earlier fixes depends on all of them; one in the first pass that
      // the report does not show (filtered out by --quiet) is never the editor's to accept.
      return { ...trim(current, g.fix!), unit: id !== -1 ? units.create(id, []) : units.create(undefined, earlier.length ? earlier : [-1]) };
    });
    atoms = applyRound(atoms, edits, units);
  }

  const fixUnits: FixUnit[] = collectUnits(atoms, units, source.length).map(({ edit, root }) => ({
    edit,
    owns: [...units.owns[root]].sort((a, b) => a - b),
    needs: [...units.needs[root]].sort((a, b) => a - b),
  }));
  const replayed = safeApply(source, fixUnits.map((u) => u.edit));
  if (replayed !== result.output) return wholeChangePlan(source, planned, result, owned);

  // A fix that changed nothing once trimmed needs no unit; it is done as soon as it is accepted.
  const inUnits = new Set(fixUnits.flatMap((u) => u.owns));
  const noops = [...owned].filter((id) => !inUnits.has(id)).map((id) => ({ id, by: [] as number[] }));
  // A fixable finding that no pass applied was made moot by the fixes around it.
  const superseded = planned
    .filter((f) => f.fix && !owned.has(f.id))
    .map((f) => {
      const from = Math.min(f.fix!.start, f.start);
      const to = Math.max(f.fix!.end, f.end);
      const near = fixUnits.filter((u) => u.edit.start <= to && u.edit.end >= from);
      const by = near.length ? near.flatMap((u) => u.needs) : [...owned];
      return { id: f.id, by: [...new Set(by)].sort((a, b) => a - b) };
    });
  return { findings: planned, units: fixUnits, superseded: [...noops, ...superseded].sort((a, b) => a.id - b.id), settled: true };
}

function safeApply(text: string, edits: TextEdit[]): string | undefined {
  try {
    return applyEdits(text, edits);
  } catch {
    return undefined;
  }
}

/** Should the replay ever disagree with `--fix`, one unit for the whole change keeps "accept all" exact. */
function wholeChangePlan(source: string, planned: PlannedFinding[], result: FixResult, owned: Set<number>): FixPlan {
  const out = result.output;
  let head = 0;
  while (head < source.length && head < out.length && source[head] === out[head]) head++;
  let tail = 0;
  while (tail < source.length - head && tail < out.length - head && source[source.length - 1 - tail] === out[out.length - 1 - tail]) tail++;
  const fixable = planned.filter((f) => f.fix).map((f) => f.id);
  const unit: FixUnit = { edit: { start: head, end: source.length - tail, text: out.slice(head, out.length - tail) }, owns: [...owned].sort((a, b) => a - b), needs: fixable };
  return { findings: planned, units: [unit], superseded: fixable.filter((id) => !owned.has(id)).map((id) => ({ id, by: fixable })), settled: true };
}
