/*
 * Selecting and applying non-overlapping edits. This module imports nothing on purpose: the
 * HTML report embeds its compiled source so that the browser applies accepted fixes with
 * exactly the code that `--fix` uses.
 */

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface RankedEdit extends TextEdit {
  /** Lower wins when two edits overlap. */
  rank: number;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Chooses a deterministic set of non-overlapping edits: best rank first, then the earlier, then
 * the longer edit. Returns the indices of the chosen edits into `edits`.
 */
export function selectEdits(edits: RankedEdit[]): number[] {
  const order = edits.map((_, i) => i);
  order.sort((i, j) => {
    const a = edits[i];
    const b = edits[j];
    return a.rank - b.rank || a.start - b.start || b.end - a.end || i - j;
  });
  // Chosen edits are kept in text order. They do not overlap, so their ends rise with their
  // starts, and a new edit need only be compared with those around its place: checking it
  // against every chosen edit made tens of thousands of fixes take minutes.
  const chosen: number[] = [];
  const before = (i: number, j: number) => edits[i].start - edits[j].start || edits[i].end - edits[j].end || i - j;
  for (const i of order) {
    const e = edits[i];
    let lo = 0;
    let hi = chosen.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[chosen[mid]].end < e.start) lo = mid + 1;
      else hi = mid;
    }
    let free = true;
    for (let k = lo; k < chosen.length && edits[chosen[k]].start <= e.end; k++) {
      if (overlaps(e, edits[chosen[k]])) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    let at = lo;
    while (at < chosen.length && before(chosen[at], i) < 0) at++;
    chosen.splice(at, 0, i);
  }
  return chosen;
}

/** Applies edits that must not overlap, in one pass from left to right. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) throw new Error('applyEdits: overlapping edits');
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}
