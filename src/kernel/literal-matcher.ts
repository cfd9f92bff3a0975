import { foldTable } from './case-fold';

export interface LiteralHit<T> {
  start: number;
  end: number;
  payload: T;
}

/** Above this many children a node's edges are binary-searched instead of scanned. */
const LINEAR_EDGES = 8;

/**
 * Largest full transition table (nodes × distinct code units) built by default: 4M cells, 16 MB.
 * A dictionary of 10,000 Latin-script names fits; the gazetteer with its Chinese names does not
 * (hundreds of distinct characters), and keeps the failure links instead.
 */
export const DEFAULT_TABLE_LIMIT = 1 << 22;

export interface LiteralMatcherOptions {
  /** Cells of the full transition table above which the automaton follows failure links instead. */
  tableLimit?: number;
}

/**
 * Aho–Corasick automaton over UTF-16 code units: every literal of every rule is found in one
 * pass over the text, so the cost of a scan does not grow with the size of the dictionary.
 *
 * The trie is built with Maps, then compiled into flat typed arrays, because the scan runs once
 * per code unit of every checked text and Map lookups dominated it: a dense table for the root
 * (where most steps start), sorted edge lists for the rest, and a filter of the code units that
 * occur in any pattern, so text that no pattern can continue resets to the root in one load.
 */
class Automaton<T> {
  private trie: Map<number, number>[] = [new Map()];
  private ownOutputs: number[][] = [[]];
  private lengths: number[] = [];
  private payloads: T[] = [];

  private inAlphabet = new Uint8Array(0);
  private rootNext = new Int32Array(0);
  private edgeStart = new Int32Array(1);
  private edgeChar = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private fail = new Int32Array(1);
  private outStart = new Int32Array(2);
  private outIds = new Int32Array(0);
  /** Full transition table, when small enough: row per node, column per distinct code unit (0: any other). */
  private table?: Int32Array;
  private columnOf = new Uint16Array(0);
  private columns = 0;

  constructor(private readonly tableLimit: number) {}

  add(pattern: string, payload: T): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let child = this.trie[node].get(c);
      if (child === undefined) {
        child = this.trie.length;
        this.trie.push(new Map());
        this.ownOutputs.push([]);
        this.trie[node].set(c, child);
      }
      node = child;
    }
    this.ownOutputs[node].push(this.payloads.length);
    this.payloads.push(payload);
    this.lengths.push(pattern.length);
  }

  get size(): number {
    return this.payloads.length;
  }

  compile(): void {
    const trie = this.trie;
    const count = trie.length;
    const alphabet = new Uint8Array(0x10000);
    const rootNext = new Int32Array(0x10000);
    for (const [c, child] of trie[0]) rootNext[c] = child;

    // Edges in node order, each node's sorted by code unit for the binary search.
    const edgeStart = new Int32Array(count + 1);
    let edgeCount = 0;
    for (let n = 0; n < count; n++) {
      edgeStart[n] = edgeCount;
      edgeCount += trie[n].size;
    }
    edgeStart[count] = edgeCount;
    const edgeChar = new Uint16Array(edgeCount);
    const edgeTarget = new Int32Array(edgeCount);
    for (let n = 0; n < count; n++) {
      let k = edgeStart[n];
      for (const [c, child] of trie[n]) {
        // Insertion sort: most nodes have one child, and none has many.
        let j = k++;
        for (; j > edgeStart[n] && edgeChar[j - 1] > c; j--) {
          edgeChar[j] = edgeChar[j - 1];
          edgeTarget[j] = edgeTarget[j - 1];
        }
        edgeChar[j] = c;
        edgeTarget[j] = child;
        alphabet[c] = 1;
      }
    }

    // Failure links breadth-first; a node reports its own patterns, then those of its failure chain.
    const fail = new Int32Array(count);
    const outputs = this.ownOutputs;
    const queue: number[] = [...trie[0].values()];
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [c, child] of trie[node]) {
        let f = fail[node];
        while (f !== 0 && !trie[f].has(c)) f = fail[f];
        const target = trie[f].get(c);
        fail[child] = target !== undefined && target !== child ? target : 0;
        if (outputs[fail[child]].length) outputs[child] = outputs[child].concat(outputs[fail[child]]);
        queue.push(child);
      }
    }
    const outStart = new Int32Array(count + 1);
    let outCount = 0;
    for (let n = 0; n < count; n++) {
      outStart[n] = outCount;
      outCount += outputs[n].length;
    }
    outStart[count] = outCount;
    const outIds = new Int32Array(outCount);
    for (let n = 0; n < count; n++) outIds.set(outputs[n], outStart[n]);

    this.inAlphabet = alphabet;
    this.rootNext = rootNext;
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;
    this.fail = fail;
    this.outStart = outStart;
    this.outIds = outIds;
    this.buildTable(queue);
    // The Map trie is only needed to build the tables; add() after compile() is refused anyway.
    this.trie = [];
    this.ownOutputs = [];
  }

  /**
   * With every failure transition resolved ahead of time a scan step is one table load. Rows are
   * filled breadth-first, so a node's failure state already has its row: copy it, then set the
   * node's own children over it.
   */
  private buildTable(bfsOrder: number[]): void {
    const { inAlphabet, edgeStart, edgeChar, edgeTarget, fail } = this;
    const count = edgeStart.length - 1;
    const columnOf = new Uint16Array(0x10000);
    let columns = 1;
    for (let c = 0; c < 0x10000; c++) if (inAlphabet[c]) columnOf[c] = columns++;
    if (count * columns > this.tableLimit) return;
    const table = new Int32Array(count * columns);
    const setChildren = (node: number) => {
      for (let k = edgeStart[node]; k < edgeStart[node + 1]; k++) table[node * columns + columnOf[edgeChar[k]]] = edgeTarget[k];
    };
    setChildren(0);
    for (const node of bfsOrder) {
      table.copyWithin(node * columns, fail[node] * columns, fail[node] * columns + columns);
      setChildren(node);
    }
    this.table = table;
    this.columnOf = columnOf;
    this.columns = columns;
  }

  /** The child of `node` along code unit `c`, or -1. */
  private child(node: number, c: number): number {
    const { edgeChar, edgeTarget } = this;
    let lo = this.edgeStart[node];
    let hi = this.edgeStart[node + 1];
    if (hi - lo <= LINEAR_EDGES) {
      for (; lo < hi; lo++) if (edgeChar[lo] === c) return edgeTarget[lo];
      return -1;
    }
    hi--;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = edgeChar[mid];
      if (m === c) return edgeTarget[mid];
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  scan(text: string, fold: Uint16Array | undefined, onHit: (hit: LiteralHit<T>) => void): void {
    if (this.table) this.scanTable(text, fold, this.table, onHit);
    else this.scanFailureLinks(text, fold, onHit);
  }

  private scanTable(text: string, fold: Uint16Array | undefined, table: Int32Array, onHit: (hit: LiteralHit<T>) => void): void {
    const { columnOf, columns, outStart, outIds, lengths, payloads } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      node = table[node * columns + columnOf[fold ? fold[raw] : raw]];
      const last = outStart[node + 1];
      for (let k = outStart[node]; k < last; k++) {
        const id = outIds[k];
        onHit({ start: i + 1 - lengths[id], end: i + 1, payload: payloads[id] });
      }
    }
  }

  private scanFailureLinks(text: string, fold: Uint16Array | undefined, onHit: (hit: LiteralHit<T>) => void): void {
    const { inAlphabet, rootNext, fail, outStart, outIds, lengths, payloads } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      const c = fold ? fold[raw] : raw;
      if (inAlphabet[c] === 0) {
        node = 0;
        continue;
      }
      for (;;) {
        if (node === 0) {
          node = rootNext[c];
          break;
        }
        const next = this.child(node, c);
        if (next !== -1) {
          node = next;
          break;
        }
        node = fail[node];
      }
      const last = outStart[node + 1];
      for (let k = outStart[node]; k < last; k++) {
        const id = outIds[k];
        onHit({ start: i + 1 - lengths[id], end: i + 1, payload: payloads[id] });
      }
    }
  }
}

export class LiteralMatcher<T> {
  private exact: Automaton<T>;
  private folded: Automaton<T>;
  private compiled = false;

  constructor(options: LiteralMatcherOptions = {}) {
    const limit = options.tableLimit ?? DEFAULT_TABLE_LIMIT;
    this.exact = new Automaton<T>(limit);
    this.folded = new Automaton<T>(limit);
  }

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
