import type { Span } from './types';

/** Keeps the longest span at each start and drops spans inside an earlier kept one. Input must be sorted by start. */
export function longestLeftmost<T extends Span>(spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start === last.start) {
      if (s.end > last.end) out[out.length - 1] = s;
    } else if (!last || s.start >= last.end) {
      out.push(s);
    }
  }
  return out;
}

/** Where the last `insideQuotes` scan stopped: callers ask about matches in text order. */
let lastScan = { text: '', from: -1, to: -1, i: 0, open: false, curly: 0 };

/** True when `offset` lies between an opening and a closing quotation mark in `text[from, to)`. */
export function insideQuotes(text: string, from: number, to: number, offset: number): boolean {
  // Resuming the previous scan keeps many matches in one long paragraph linear, not quadratic.
  const resume = lastScan.text === text && lastScan.from === from && lastScan.to === to && lastScan.i <= offset;
  let { i, open, curly } = resume ? lastScan : { i: from, open: false, curly: 0 };
  for (; i < offset && i < to; i++) {
    const c = text[i];
    if (c === '"') open = !open;
    else if (c === '“') curly++;
    else if (c === '”') curly = Math.max(0, curly - 1);
  }
  lastScan = { text, from, to, i, open, curly };
  return open || curly > 0;
}

/** Index of the span of sorted, disjoint `spans` that contains `offset`, or -1. */
export function findSpanIndex(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Binary search: the first index below `count` where `reached(i)` holds, `count` if none.
 * `reached` must be false up to some index and true from there on (as "sorted[i] >= value" is).
 */
export function firstIndexWhere(count: number, reached: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first value of ascending `sorted` that is at least `value` (`sorted.length` if none). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  return firstIndexWhere(sorted.length, (i) => sorted[i] >= value);
}

/**
 * Sorts `items` in place by `compare`, after checking in one pass whether they already are: the
 * literal pass delivers hits in the order they end, which is nearly always the order wanted, and
 * the check is cheaper than the sort. The result is what a stable sort gives either way.
 */
export function sortIfNeeded<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < items.length; k++) if (compare(items[k - 1], items[k]) > 0) return items.sort(compare);
  return items;
}
