import { applyEdits, type TextEdit } from './apply-edits';
import type { FixPlan, FixUnit, PlannedFinding } from './apply-decisions';
import { editRank, type FixResult } from './fix-loop';
import type { Finding } from './types';

/*
 * `--fix` works in passes: each pass re-checks the text and applies the fixes that do not overlap,
 * so a fix that lost an overlap is found again, often with a different edit, on the next pass.
 * A browser cannot re-run the rules, so this module replays the passes once, here, and expresses
 * their net effect as edits of the ORIGINAL text ("units"). Applying every unit in one go gives
 * exactly what `--fix` writes; each unit names the findings it stands for, so a unit is used only
 * when the editor accepted all of them, and otherwise those findings fall back to their own fix.
 */

/** A run of the current text: original text, or the output of a unit. */
type Segment = { unit?: undefined; from: number; to: number } | { unit: Unit; from: number; to: number; text: string };

interface Unit {
  /** Findings (report indices) whose fixes this unit contains. */
  owns: Set<number>;
  /** Findings that must all be accepted for this unit to be used (owns plus what made it appear). */
  needs: Set<number>;
}

interface PlacedEdit extends TextEdit {
  owner?: number;
  consequentialNeeds?: number[];
  touched: Set<Unit>;
  groupStart: number;
  groupEnd: number;
}

const segLength = (s: Segment) => (s.unit ? s.text.length : s.to - s.from);

/** Drops the part of an edit that rewrites text with itself, so edits touch as little as possible. */
function trim(text: string, e: TextEdit): TextEdit {
  const old = text.slice(e.start, e.end);
  let head = 0;
  while (head < old.length && head < e.text.length && old[head] === e.text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < e.text.length - head && old[old.length - 1 - tail] === e.text[e.text.length - 1 - tail]) tail++;
  return { start: e.start + head, end: e.end - tail, text: e.text.slice(head, e.text.length - tail) };
}

class Tracker {
  segments: Segment[];

  constructor(
    private readonly original: string,
    private text: string = original,
  ) {
    this.segments = original.length ? [{ from: 0, to: original.length }] : [];
  }

  /** Original offset of a position of the current text, unless it lies inside a unit's output. */
  toOriginal(pos: number): number | undefined {
    let at = 0;
    for (const s of this.segments) {
      const len = segLength(s);
      if (!s.unit && pos >= at && pos <= at + len) return s.from + (pos - at);
      if (s.unit && (pos === at || pos === at + len)) return pos === at ? s.from : s.to;
      if (pos < at + len) return undefined;
      at += len;
    }
    return pos === at ? this.original.length : undefined;
  }

  /** Applies one pass of non-overlapping edits (current offsets), merging each with the units it touches. */
  apply(edits: PlacedEdit[]): void {
    const positioned = this.positions();
    for (const e of edits) {
      e.groupStart = e.start;
      e.groupEnd = e.end;
      for (const p of positioned) {
        if (!p.seg.unit || p.start > e.end || p.end < e.start) continue;
        e.touched.add(p.seg.unit);
        e.groupStart = Math.min(e.groupStart, p.start);
        e.groupEnd = Math.max(e.groupEnd, p.end);
      }
    }
    // Edits of one pass sharing a unit (or overlapping once widened) become one unit.
    const sorted = edits.slice().sort((a, b) => a.groupStart - b.groupStart || a.groupEnd - b.groupEnd);
    const groups: PlacedEdit[][] = [];
    for (const e of sorted) {
      const last = groups[groups.length - 1];
      const prev = last?.[last.length - 1];
      const shares = prev && [...e.touched].some((u) => last.some((x) => x.touched.has(u)));
      if (last && (shares || e.groupStart < Math.max(...last.map((x) => x.groupEnd)))) last.push(e);
      else groups.push([e]);
    }
    for (const group of groups.reverse()) this.replace(group);
    this.text = applyEdits(this.text, edits);
  }

  private positions(): { seg: Segment; start: number; end: number }[] {
    let at = 0;
    return this.segments.map((seg) => {
      const start = at;
      at += segLength(seg);
      return { seg, start, end: at };
    });
  }

  private replace(group: PlacedEdit[]): void {
    const start = Math.min(...group.map((e) => e.groupStart));
    const end = Math.max(...group.map((e) => e.groupEnd));
    const origStart = this.toOriginal(start)!;
    const origEnd = this.toOriginal(end)!;
    const local = group.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
    const output = applyEdits(this.text.slice(start, end), local);
    const unit: Unit = { owns: new Set(), needs: new Set() };
    for (const e of group) {
      if (e.owner !== undefined) unit.owns.add(e.owner).add(e.owner), unit.needs.add(e.owner);
      for (const n of e.consequentialNeeds ?? []) unit.needs.add(n);
      for (const u of e.touched) {
        u.owns.forEach((o) => unit.owns.add(o));
        u.needs.forEach((n) => unit.needs.add(n));
      }
    }
    const next: Segment[] = [];
    let at = 0;
    let placed = false;
    const place = () => {
      if (!placed) next.push({ unit, from: origStart, to: origEnd, text: output });
      placed = true;
    };
    for (const s of this.segments) {
      const len = segLength(s);
      const segStart = at;
      const segEnd = at + len;
      at = segEnd;
      if (segEnd <= start && !(len === 0 && segStart === start && s.unit && group.some((e) => e.touched.has(s.unit!)))) {
        next.push(s);
        continue;
      }
      if (segStart >= end && !(s.unit && group.some((e) => e.touched.has(s.unit!)))) {
        place();
        next.push(s);
        continue;
      }
      // The segment overlaps the replaced range: keep the original text outside it.
      if (!s.unit && segStart < start) next.push({ from: s.from, to: s.from + (start - segStart) });
      place();
      if (!s.unit && segEnd > end) next.push({ from: s.from + (end - segStart), to: s.to });
    }
    place();
    this.segments = next.filter((s) => s.unit || s.to > s.from);
  }

  units(): { unit: Unit; edit: TextEdit }[] {
    return this.segments.filter((s): s is Extract<Segment, { unit: Unit }> => Boolean(s.unit)).map((s) => ({ unit: s.unit, edit: { start: s.from, end: s.to, text: s.text } }));
  }
}

function sameSpan(f: Finding, g: Finding, start: number, end: number): boolean {
  return f.ruleId === g.ruleId && f.start === start && f.end === end;
}

/**
 * Builds the plan for `findings` (the report's findings for `source`, in order) from how
 * `fixUntilStable` fixed that source. Findings are referred to by their index.
 */
export function buildFixPlan(source: string, findings: Finding[], result: FixResult): FixPlan {
  const planned: PlannedFinding[] = findings.map((f, id) => ({ id, start: f.start, end: f.end, rank: editRank(f), ...(f.fix ? { fix: { ...f.fix } } : {}) }));
  if (!result.converged) return { findings: planned, units: [], superseded: [], settled: false };

  const tracker = new Tracker(source);
  const owned = new Set<number>();
  let current = source;
  for (const round of result.rounds) {
    const applied = new Set(owned);
    const edits: PlacedEdit[] = [];
    for (const g of round) {
      const trimmed = trim(current, g.fix!);
      const start = tracker.toOriginal(g.start);
      const end = tracker.toOriginal(g.end);
      const id = start === undefined || end === undefined ? -1 : findings.findIndex((f, i) => !owned.has(i) && sameSpan(f, g, start, end));
      if (id !== -1) owned.add(id);
      // A fix the rules found only after earlier fixes depends on all of them.
      edits.push({ ...trimmed, touched: new Set(), groupStart: 0, groupEnd: 0, ...(id !== -1 ? { owner: id } : { consequentialNeeds: [...applied] }) });
    }
    tracker.apply(edits);
    current = applyEdits(current, round.map((g) => g.fix!));
  }

  const units = tracker.units();
  const fixUnits: FixUnit[] = units.map(({ unit, edit }) => ({ edit, owns: [...unit.owns].sort((a, b) => a - b), needs: [...unit.needs].sort((a, b) => a - b) }));
  if (applyEdits(source, fixUnits.map((u) => u.edit)) !== result.output) return degeneratePlan(source, planned, result, owned);

  // A fixable finding that no pass applied was made moot by the fixes around it.
  const superseded = planned
    .filter((f) => f.fix && !owned.has(f.id))
    .map((f) => {
      const near = fixUnits.filter((u) => u.edit.start <= Math.max(f.fix!.end, f.end) && u.edit.end >= Math.min(f.fix!.start, f.start));
      const by = near.length ? near.flatMap((u) => u.needs) : [...owned];
      return { id: f.id, by: [...new Set(by)].sort((a, b) => a - b) };
    });
  return { findings: planned, units: fixUnits, superseded, settled: true };
}

/** Should the replay ever disagree with `--fix`, one unit for the whole change keeps "accept all" exact. */
function degeneratePlan(source: string, planned: PlannedFinding[], result: FixResult, owned: Set<number>): FixPlan {
  const out = result.output;
  let head = 0;
  while (head < source.length && head < out.length && source[head] === out[head]) head++;
  let tail = 0;
  while (tail < source.length - head && tail < out.length - head && source[source.length - 1 - tail] === out[out.length - 1 - tail]) tail++;
  const all = planned.filter((f) => f.fix).map((f) => f.id);
  const unit: FixUnit = { edit: { start: head, end: source.length - tail, text: out.slice(head, out.length - tail) }, owns: [...owned].sort((a, b) => a - b), needs: all };
  return { findings: planned, units: [unit], superseded: all.filter((id) => !owned.has(id)).map((id) => ({ id, by: all })), settled: true };
}
