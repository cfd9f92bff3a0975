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

/** True when `offset` lies between an opening and a closing quotation mark in `text[from, to)`. */
export function insideQuotes(text: string, from: number, to: number, offset: number): boolean {
  let open = false;
  let curly = 0;
  for (let i = from; i < offset && i < to; i++) {
    const c = text[i];
    if (c === '"') open = !open;
    else if (c === '“') curly++;
    else if (c === '”') curly = Math.max(0, curly - 1);
  }
  return open || curly > 0;
}
