import { foldTable } from './case-fold';

export interface LiteralHit<T> {
  start: number;
  end: number;
  payload: T;
}

/**
 * Aho–Corasick automaton over UTF-16 code units: every literal of every rule is found in one
 * pass over the text, so the cost of a scan does not grow with the size of the dictionary.
 * Case-insensitive literals live in a second automaton fed with case-folded code units.
 */
class Automaton<T> {
  private next: Map<number, number>[] = [new Map()];
  private fail: number[] = [0];
  private outputs: number[][] = [[]];
  private lengths: number[] = [];
  private payloads: T[] = [];

  add(pattern: string, payload: T): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let child = this.next[node].get(c);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.next[node].set(c, child);
      }
      node = child;
    }
    this.outputs[node].push(this.payloads.length);
    this.payloads.push(payload);
    this.lengths.push(pattern.length);
  }

  get size(): number {
    return this.payloads.length;
  }

  compile(): void {
    const queue: number[] = [];
    for (const child of this.next[0].values()) queue.push(child);
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [c, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        if (this.outputs[this.fail[child]].length) this.outputs[child] = this.outputs[child].concat(this.outputs[this.fail[child]]);
        queue.push(child);
      }
    }
  }

  scan(text: string, fold: Uint16Array | undefined, onHit: (hit: LiteralHit<T>) => void): void {
    const { next, fail, outputs, lengths, payloads } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      const c = fold ? fold[raw] : raw;
      let target = next[node].get(c);
      while (target === undefined && node !== 0) {
        node = fail[node];
        target = next[node].get(c);
      }
      node = target ?? 0;
      const out = outputs[node];
      for (let k = 0; k < out.length; k++) {
        const id = out[k];
        onHit({ start: i + 1 - lengths[id], end: i + 1, payload: payloads[id] });
      }
    }
  }
}

export class LiteralMatcher<T> {
  private exact = new Automaton<T>();
  private folded = new Automaton<T>();
  private compiled = false;

  add(pattern: string, payload: T, caseInsensitive = false): void {
    if (this.compiled) throw new Error('LiteralMatcher: add() after compile()');
    if (pattern.length === 0) return;
    if (caseInsensitive) {
      const t = foldTable();
      let folded = '';
      for (let i = 0; i < pattern.length; i++) folded += String.fromCharCode(t[pattern.charCodeAt(i)]);
      this.folded.add(folded, payload);
    } else {
      this.exact.add(pattern, payload);
    }
  }

  get size(): number {
    return this.exact.size + this.folded.size;
  }

  compile(): void {
    this.exact.compile();
    this.folded.compile();
    this.compiled = true;
  }

  /** Calls `onHit` for every occurrence of every literal, overlapping ones included. */
  scan(text: string, onHit: (hit: LiteralHit<T>) => void): void {
    if (!this.compiled) this.compile();
    if (this.exact.size) this.exact.scan(text, undefined, onHit);
    if (this.folded.size) this.folded.scan(text, foldTable(), onHit);
  }
}
