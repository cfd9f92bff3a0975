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

/** An Int32Array that grows as a trie is built. */
class GrowingInts {
  data = new Int32Array(256);

  ensure(size: number): void {
    if (size <= this.data.length) return;
    const bigger = new Int32Array(Math.max(size, this.data.length * 2));
    bigger.set(this.data);
    this.data = bigger;
  }
}

/**
 * Aho–Corasick automaton over UTF-16 code units: every literal of every rule is found in one
 * pass over the text, so the cost of a scan does not grow with the size of the dictionary.
 *
 * Everything lives in typed arrays, because both building (at every start-up, for thousands of
 * literals) and scanning (once per code unit of every checked text) were dominated by Map
 * lookups and their garbage. While building, a node's children form a linked list (the root's
 * are a dense table: it has the most); compiling turns them into sorted edge lists, failure
 * links and, when it is small enough, a full transition table where a scan step is one load.
 */
class Automaton<T> {
  private nodes = 1;
  /** Building: first child, next sibling and incoming code unit of each node. */
  private firstChild = new GrowingInts();
  private nextSibling = new GrowingInts();
  private unitOf = new GrowingInts();
  private rootChild = new Int32Array(0x10000);
  /** Patterns ending at a node, in the order they were added. */
  private ownOutputs = new Map<number, number[]>();
  private lengths: number[] = [];
  private payloads: T[] = [];

  private inAlphabet = new Uint8Array(0);
  private edgeStart = new Int32Array(1);
  private edgeChar = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private fail = new Int32Array(1);
  private outStart = new Int32Array(2);
  private outIds = new Int32Array(0);
  /** Full transition table, when small enough: row per node, column per distinct code unit (0: any other). */
  private table?: Int32Array;
  /** Column of each code unit of the text, case folding included for a folded automaton. */
  private columnOf = new Uint16Array(0);
  private columns = 0;

  /** `fold`: the automaton holds case-folded patterns and folds the text as it scans. */
  constructor(
    private readonly tableLimit: number,
    private readonly fold?: () => Uint16Array,
  ) {}

  private childOf(node: number, c: number): number {
    if (node === 0) return this.rootChild[c];
    const unitOf = this.unitOf.data;
    const nextSibling = this.nextSibling.data;
    for (let k = this.firstChild.data[node]; k !== 0; k = nextSibling[k]) if (unitOf[k] === c) return k;
    return 0;
  }

  private newChild(node: number, c: number): number {
    const child = this.nodes++;
    for (const a of [this.firstChild, this.nextSibling, this.unitOf]) a.ensure(this.nodes);
    this.unitOf.data[child] = c;
    this.firstChild.data[child] = 0;
    this.nextSibling.data[child] = this.firstChild.data[node];
    this.firstChild.data[node] = child;
    if (node === 0) this.rootChild[c] = child;
    return child;
  }

  add(pattern: string, payload: T): void {
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      node = this.childOf(node, c) || this.newChild(node, c);
    }
    const own = this.ownOutputs.get(node);
    if (own) own.push(this.payloads.length);
    else this.ownOutputs.set(node, [this.payloads.length]);
    this.payloads.push(payload);
    this.lengths.push(pattern.length);
  }

  get size(): number {
    return this.payloads.length;
  }

  compile(): void {
    const count = this.nodes;
    const firstChild = this.firstChild.data;
    const nextSibling = this.nextSibling.data;
    const unitOf = this.unitOf.data;
    const alphabet = new Uint8Array(0x10000);

    // Edges in node order, each node's sorted by code unit for the binary search.
    const edgeStart = new Int32Array(count + 1);
    let edgeCount = 0;
    for (let n = 0; n < count; n++) {
      let children = 0;
      for (let k = firstChild[n]; k !== 0; k = nextSibling[k]) children++;
      edgeStart[n] = edgeCount;
      edgeCount += children;
    }
    edgeStart[count] = edgeCount;
    const edgeChar = new Uint16Array(edgeCount);
    const edgeTarget = new Int32Array(edgeCount);
    for (let n = 0; n < count; n++) {
      const from = edgeStart[n];
      let end = from;
      for (let child = firstChild[n]; child !== 0; child = nextSibling[child]) {
        const c = unitOf[child];
        // Insertion sort: most nodes have one child.
        let j = end++;
        for (; j > from && edgeChar[j - 1] > c; j--) {
          edgeChar[j] = edgeChar[j - 1];
          edgeTarget[j] = edgeTarget[j - 1];
        }
        edgeChar[j] = c;
        edgeTarget[j] = child;
        alphabet[c] = 1;
      }
    }
    this.edgeStart = edgeStart;
    this.edgeChar = edgeChar;
    this.edgeTarget = edgeTarget;

    // Failure links breadth-first; a node reports its own patterns, then those of its failure chain.
    const fail = new Int32Array(count);
    const outputs: (number[] | undefined)[] = new Array(count);
    for (const [node, own] of this.ownOutputs) outputs[node] = own;
    const order = new Int32Array(Math.max(0, count - 1));
    let queued = 0;
    for (let k = edgeStart[0]; k < edgeStart[1]; k++) order[queued++] = edgeTarget[k];
    for (let qi = 0; qi < queued; qi++) {
      const node = order[qi];
      for (let k = edgeStart[node]; k < edgeStart[node + 1]; k++) {
        const c = edgeChar[k];
        const child = edgeTarget[k];
        let f = fail[node];
        let target = this.child(f, c);
        while (target === -1 && f !== 0) {
          f = fail[f];
          target = this.child(f, c);
        }
        fail[child] = target > 0 && target !== child ? target : 0;
        const inherited = outputs[fail[child]];
        if (inherited) outputs[child] = outputs[child] ? outputs[child]!.concat(inherited) : inherited;
        order[queued++] = child;
      }
    }
    const outStart = new Int32Array(count + 1);
    let outCount = 0;
    for (let n = 0; n < count; n++) {
      outStart[n] = outCount;
      outCount += outputs[n]?.length ?? 0;
    }
    outStart[count] = outCount;
    const outIds = new Int32Array(outCount);
    for (let n = 0; n < count; n++) if (outputs[n]) outIds.set(outputs[n]!, outStart[n]);

    this.inAlphabet = alphabet;
    this.fail = fail;
    this.outStart = outStart;
    this.outIds = outIds;
    this.buildTable(order);
    // The building structures are not needed any more; add() after compile() is refused anyway.
    this.firstChild = new GrowingInts();
    this.nextSibling = new GrowingInts();
    this.unitOf = new GrowingInts();
    this.ownOutputs = new Map();
  }

  /**
   * With every failure transition resolved ahead of time a scan step is one table load. Rows are
   * filled breadth-first, so a node's failure state already has its row: copy it, then set the
   * node's own children over it.
   */
  private buildTable(bfsOrder: Int32Array): void {
    const { inAlphabet, edgeStart, edgeChar, edgeTarget, fail } = this;
    const count = edgeStart.length - 1;
    const patternColumn = new Uint16Array(0x10000);
    let columns = 1;
    for (let c = 0; c < 0x10000; c++) if (inAlphabet[c]) patternColumn[c] = columns++;
    if (count * columns > this.tableLimit) return;
    // Folding is composed into the column lookup, so scanning a folded automaton costs nothing extra.
    const fold = this.size && this.fold ? this.fold() : undefined;
    const columnOf = fold ? patternColumn.map((_, c) => patternColumn[fold[c]]) : patternColumn;
    const table = new Int32Array(count * columns);
    const setChildren = (node: number) => {
      for (let k = edgeStart[node]; k < edgeStart[node + 1]; k++) table[node * columns + patternColumn[edgeChar[k]]] = edgeTarget[k];
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
    if (node === 0) return this.rootChild[c] || -1;
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

  scan(text: string, onHit: (hit: LiteralHit<T>) => void): void {
    if (this.table) this.scanTable(text, this.table, onHit);
    else this.scanFailureLinks(text, this.fold?.(), onHit);
  }

  private scanTable(text: string, table: Int32Array, onHit: (hit: LiteralHit<T>) => void): void {
    const { columnOf, columns, outStart, outIds, lengths, payloads } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      node = table[node * columns + columnOf[text.charCodeAt(i)]];
      const first = outStart[node];
      const last = outStart[node + 1];
      if (first === last) continue;
      for (let k = first; k < last; k++) {
        const id = outIds[k];
        onHit({ start: i + 1 - lengths[id], end: i + 1, payload: payloads[id] });
      }
    }
  }

  private scanFailureLinks(text: string, fold: Uint16Array | undefined, onHit: (hit: LiteralHit<T>) => void): void {
    const { inAlphabet, rootChild, fail, outStart, outIds, lengths, payloads } = this;
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
          node = rootChild[c];
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
    this.folded = new Automaton<T>(limit, foldTable);
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
    if (this.exact.size) this.exact.scan(text, onHit);
    if (this.folded.size) this.folded.scan(text, onHit);
  }
}
