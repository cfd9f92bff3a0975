import { foldTable } from './case-fold';
import { codeUnits } from './code-units';
import { mightSkip, SkipScanner } from './skip-scan';

/** Called for every occurrence of a literal: [start, end) in the text, and what was added with it. */
export type LiteralHitHandler<T> = (start: number, end: number, payload: T) => void;

export interface LiteralHit<T> {
  start: number;
  end: number;
  payload: T;
}

/** Above this many children a node's edges are binary-searched instead of scanned. */
const LINEAR_EDGES = 8;

/**
 * Largest transition table (nodes × table columns) built by default: 4M cells, 16 MB. A
 * dictionary of 10,000 Latin-script names fits whole. The gazetteer, with hundreds of distinct
 * Chinese characters, gets columns for the code units below U+2E80 only; the rare rest steps
 * through failure links.
 */
export const DEFAULT_TABLE_LIMIT = 1 << 22;

/** Code units from here on (CJK and beyond) get a table column only when everything fits. */
const RARE_FROM = 0x2e80;

/** `columnOf` value of a code unit that is in some pattern but has no column. */
const NO_COLUMN = 0xffff;

/**
 * Texts shorter than this are scanned through failure links: building the transition table
 * for the bundled packs takes about 20 ms, more than a single article's scan saves.
 */
export const DEFAULT_TABLE_FROM = 64 * 1024;

export interface LiteralMatcherOptions {
  /** Cells of the transition table above which the automaton follows failure links instead. */
  tableLimit?: number;
  /** Length of text from which the table is built (on first such scan); 0 builds it at compile time. */
  tableFrom?: number;
  /** Give rare code units no table column even when they would fit (tests the mixed scan). */
  rareOutsideTable?: boolean;
  /**
   * Where the literals allow it (long enough and few enough: see `mightSkip`), whether texts are
   * scanned by block skipping (see SkipScanner) instead of the automaton: 'auto' (default) lets
   * the first text of SKIP_SAMPLE_FROM code units or more decide; tests force either way.
   */
  skipScan?: 'auto' | 'always' | 'never';
}

/** A text this long or longer can decide whether block skipping pays; its first SKIP_SAMPLE units are tried. */
const SKIP_SAMPLE_FROM = 4096;
const SKIP_SAMPLE = 16384;

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
 * Where every literal is long (a term list of names), block skipping (SkipScanner) finds the
 * same hits reading a fraction of the text, and the automaton is built only if a text needs it.
 *
 * All patterns live in one automaton over case-folded text; a case-sensitive pattern's hits are
 * checked against the original text, which is cheap because hits are rare next to code units.
 * Everything lives in typed arrays, because both building (at every start-up, for thousands of
 * literals) and scanning (once per code unit of every checked text) were dominated by Map
 * lookups and their garbage. While building, a node's children form a linked list (the root's
 * are a dense table: it has the most); compiling turns them into sorted edge lists, failure
 * links and a transition table where a scan step is one load.
 */
export class LiteralMatcher<T> {
  private compiled = false;
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
  /** The pattern as given, for case-sensitive ones (their hits are checked against it), else undefined. */
  private exactForms: (string | undefined)[] = [];

  /** The literals as added, until the automaton is built from them. */
  private patterns: string[] = [];
  /** Whether the automaton (trie, failure links, output lists) is built. */
  private automaton = false;
  private readonly skipScan: 'auto' | 'always' | 'never';
  /** The folded literals, from compiling until the skip scanner is built from them (or found not to pay). */
  private pendingSkip?: { units: Uint16Array; starts: Int32Array };
  private skipper?: SkipScanner;
  /** Whether block skipping pays for these literals; undefined until a text long enough to tell. */
  private skipPays?: boolean;

  private readonly fold = foldTable();
  private readonly tableLimit: number;
  private readonly tableFrom: number;
  /** What building the table needs, kept from compiling until it is built. */
  private pendingTable?: { bfsOrder: Int32Array; inAlphabet: Uint8Array };
  private readonly rareOutsideTable: boolean;
  private edgeStart = new Int32Array(1);
  private edgeChar = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private fail = new Int32Array(1);
  private outStart = new Int32Array(2);
  private outIds = new Int32Array(0);
  /** Per pattern: its length, and the first code unit of a case-sensitive one (else CASE_INSENSITIVE). */
  private idLength = new Int32Array(0);
  private idFirst = new Int32Array(0);
  /**
   * Transition table: a row per node, a column per common code unit of the patterns (column 0:
   * any code unit in no pattern). Cells hold the target's row offset, bit-inverted (negative)
   * when the target reports patterns, so a scan step is one load and one sign test.
   */
  private table?: Int32Array;
  /** Column of each code unit of the text, case folding included; NO_COLUMN for rare pattern units. */
  private columnOf = new Uint16Array(0);
  private columns = 1;
  /** Where a table scan reached reporting states, one per walk; kept between scans to save reallocating them. */
  private readonly log = new ReportLog();
  private readonly secondLog = new ReportLog();
  /** Lengths of the longest and the shortest pattern, in code units. */
  private longest = 0;
  private shortest = Infinity;

  constructor(options: LiteralMatcherOptions = {}) {
    this.tableLimit = options.tableLimit ?? DEFAULT_TABLE_LIMIT;
    this.tableFrom = options.tableFrom ?? DEFAULT_TABLE_FROM;
    this.rareOutsideTable = options.rareOutsideTable ?? false;
    this.skipScan = options.skipScan ?? 'auto';
  }

  add(pattern: string, payload: T, caseInsensitive = false): void {
    if (this.compiled) throw new Error('LiteralMatcher: add() after compile()');
    if (pattern.length === 0) return;
    this.patterns.push(pattern);
    this.payloads.push(payload);
    this.lengths.push(pattern.length);
    this.longest = Math.max(this.longest, pattern.length);
    this.shortest = Math.min(this.shortest, pattern.length);
    this.exactForms.push(caseInsensitive ? undefined : pattern);
  }

  /** Puts the patterns into the trie the automaton is compiled from. */
  private insertPatterns(): void {
    this.patterns.forEach((pattern, id) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = this.fold[pattern.charCodeAt(i)];
        node = this.childWhileBuilding(node, c) || this.newChild(node, c);
      }
      const own = this.ownOutputs.get(node);
      if (own) own.push(id);
      else this.ownOutputs.set(node, [id]);
    });
  }

  get size(): number {
    return this.payloads.length;
  }

  private childWhileBuilding(node: number, c: number): number {
    if (node === 0) return this.rootChild[c];
    const unitOf = this.unitOf.data;
    const nextSibling = this.nextSibling.data;
    for (let k = this.firstChild.data[node]; k !== 0; k = nextSibling[k]) if (unitOf[k] === c) return k;
    return 0;
  }

  private newChild(node: number, c: number): number {
    const child = this.nodes++;
    this.firstChild.ensure(this.nodes);
    this.nextSibling.ensure(this.nodes);
    this.unitOf.ensure(this.nodes);
    this.unitOf.data[child] = c;
    this.firstChild.data[child] = 0;
    this.nextSibling.data[child] = this.firstChild.data[node];
    this.firstChild.data[node] = child;
    if (node === 0) this.rootChild[c] = child;
    return child;
  }

  /**
   * Ends adding. Literals that block skipping may serve get their automaton only when a text
   * needs it: for 10,000 names, building it took longer than skipping through 10 MB.
   */
  compile(): void {
    if (this.compiled) return;
    this.compiled = true;
    this.idLength = Int32Array.from(this.lengths);
    this.idFirst = Int32Array.from(this.exactForms, (exact) => (exact === undefined ? CASE_INSENSITIVE : exact.charCodeAt(0)));
    if (this.skipScan !== 'never' && mightSkip(this.lengths.length, this.shortest)) this.pendingSkip = this.foldedPatterns();
    if (!this.pendingSkip) this.compileAutomaton();
  }

  /** Builds the trie of the patterns and compiles it into the automaton. */
  private compileAutomaton(): void {
    if (this.automaton) return;
    this.automaton = true;
    this.insertPatterns();
    this.patterns = [];
    const count = this.nodes;
    const firstChild = this.firstChild.data;
    const nextSibling = this.nextSibling.data;
    const unitOf = this.unitOf.data;
    const inAlphabet = new Uint8Array(0x10000);

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
        inAlphabet[c] = 1;
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

    this.fail = fail;
    this.outStart = outStart;
    this.outIds = outIds;
    this.pendingTable = { bfsOrder: order, inAlphabet };
    if (this.tableFrom === 0) this.buildPendingTable();
    // The building structures are not needed any more; add() after compile() is refused anyway.
    this.firstChild = new GrowingInts();
    this.nextSibling = new GrowingInts();
    this.unitOf = new GrowingInts();
    this.ownOutputs = new Map();
  }

  /** The patterns case-folded, one after another. */
  private foldedPatterns(): { units: Uint16Array; starts: Int32Array } {
    const { patterns, fold } = this;
    const starts = new Int32Array(patterns.length + 1);
    for (let id = 0; id < patterns.length; id++) starts[id + 1] = starts[id] + patterns[id].length;
    const units = new Uint16Array(starts[patterns.length]);
    patterns.forEach((pattern, id) => {
      for (let i = 0; i < pattern.length; i++) units[starts[id] + i] = fold[pattern.charCodeAt(i)];
    });
    return { units, starts };
  }

  private buildPendingTable(): void {
    const pending = this.pendingTable;
    this.pendingTable = undefined;
    if (pending) this.buildTable(pending.bfsOrder, pending.inAlphabet);
  }

  /**
   * With every failure transition resolved ahead of time a scan step is one table load. Rows are
   * filled breadth-first, so a node's failure state already has its row: copy it, then set the
   * node's own children over it. Code units past RARE_FROM get columns only if all fit; the
   * others are stepped through failure links when they occur, which in English copy is seldom.
   */
  private buildTable(bfsOrder: Int32Array, inAlphabet: Uint8Array): void {
    const { edgeStart, edgeChar, edgeTarget, fail, outStart } = this;
    const count = edgeStart.length - 1;
    let common = 0;
    let rare = 0;
    for (let c = 0; c < 0x10000; c++) if (inAlphabet[c]) c < RARE_FROM ? common++ : rare++;
    const withRare = !this.rareOutsideTable && count * (1 + common + rare) <= this.tableLimit;
    if (!withRare && count * (1 + common) > this.tableLimit) return;
    const patternColumn = new Uint16Array(0x10000);
    let columns = 1;
    for (let c = 0; c < 0x10000; c++) {
      if (inAlphabet[c]) patternColumn[c] = withRare || c < RARE_FROM ? columns++ : NO_COLUMN;
    }
    const fold = this.fold;
    const columnOf = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) columnOf[c] = patternColumn[fold[c]];
    const cell = (node: number) => (outStart[node] === outStart[node + 1] ? node * columns : ~(node * columns));
    const table = new Int32Array(count * columns);
    const setChildren = (node: number) => {
      for (let k = edgeStart[node]; k < edgeStart[node + 1]; k++) {
        const column = patternColumn[edgeChar[k]];
        if (column !== NO_COLUMN) table[node * columns + column] = cell(edgeTarget[k]);
      }
    };
    setChildren(0);
    for (let q = 0; q < bfsOrder.length; q++) {
      const node = bfsOrder[q];
      // A row is a few dozen cells: a plain loop beats a call to copyWithin per node.
      const to = node * columns;
      const from = fail[node] * columns;
      for (let k = 0; k < columns; k++) table[to + k] = table[from + k];
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

  /** The state after `node` reads folded code unit `c`, following failure links. */
  private step(node: number, c: number): number {
    for (;;) {
      if (node === 0) return this.rootChild[c];
      const next = this.child(node, c);
      if (next !== -1) return next;
      node = this.fail[node];
    }
  }

  /**
   * Calls `onHit` for every occurrence of every literal, overlapping ones included. `units` is
   * the text as code units (see `codeUnits`), when the caller has them already.
   */
  scan(text: string, onHit: LiteralHitHandler<T>, units?: Uint16Array): void {
    if (!this.compiled) this.compile();
    if (this.size === 0) return;
    const all = units ?? codeUnits(text);
    if (this.skipping(all)) return this.scanSkipping(text, all, onHit);
    this.compileAutomaton();
    if (this.pendingTable && text.length >= this.tableFrom) this.buildPendingTable();
    if (this.table) this.scanTable(text, all, this.table, onHit);
    else this.scanFailureLinks(text, all, onHit);
  }

  /**
   * Whether to scan `units` by block skipping. The scanner is built for the first text; the first
   * long one decides whether it pays. Texts before that are skipped through too: for them the
   * automaton's build would cost more than any scan (70 ms for 10,000 names).
   */
  private skipping(units: Uint16Array): boolean {
    if (this.skipPays === false) return false;
    const pending = this.pendingSkip;
    this.pendingSkip = undefined;
    if (pending) this.skipper = new SkipScanner(pending.units, pending.starts, this.fold);
    if (!this.skipper) return false;
    if (this.skipScan === 'always') return true;
    if (this.skipPays === undefined && units.length >= SKIP_SAMPLE_FROM) {
      this.skipPays = this.skipper.worthwhile(units, SKIP_SAMPLE);
      if (!this.skipPays) this.skipper = undefined;
    }
    return this.skipPays ?? true;
  }

  /** Block skipping finds the occurrences by where they start; they are delivered as the automaton would, by end. */
  private scanSkipping(text: string, units: Uint16Array, onHit: LiteralHitHandler<T>): void {
    const log = freeLog(this.log);
    log.reset(0);
    this.skipper!.scan(units, log);
    const { ends, rows: ids } = log;
    const { idLength } = this;
    // At one end the automaton reports the longer literal first, then those added first.
    const before = (a: number, b: number) => ends[a] - ends[b] || idLength[ids[b]] - idLength[ids[a]] || ids[a] - ids[b];
    delivering([log], ([count]) => {
      let ordered = true;
      for (let k = 1; k < count && ordered; k++) ordered = before(k - 1, k) < 0;
      const order = ordered ? undefined : Array.from({ length: count }, (_, k) => k).sort(before);
      for (let k = 0; k < count; k++) {
        const at = order ? order[k] : k;
        this.reportLiteral(text, units, ids[at], ends[at], onHit);
      }
    });
  }

  /**
   * The automaton runs over the whole text first and only logs where it reached a reporting
   * state; the hits are delivered afterwards. With no call in it the loop stays optimised from
   * one document to the next, where a callback (a new closure per document) made V8 throw the
   * optimised loop away again and again.
   *
   * A long text is read as two halves at once. Each step of the automaton waits on the load of
   * the step before, from a table too big for the fastest cache; two independent walks overlap
   * those waits. The second walk starts from the root a longest pattern before the middle, so
   * that it is in the right state when it gets there; what it logs before the middle is dropped.
   */
  private scanTable(text: string, units: Uint16Array, table: Int32Array, onHit: LiteralHitHandler<T>): void {
    const first = freeLog(this.log);
    const second = freeLog(this.secondLog);
    const n = units.length;
    const middle = n >> 1;
    first.reset(0);
    second.reset(Math.max(0, middle - this.longest));
    if (second.pos < TWO_WALKS_FROM) {
      // Short: one walk over all of it.
      second.reset(n);
      this.finish(units, table, first, n);
      this.deliver(text, units, [first, second], n, onHit);
      return;
    }
    while (first.pos < middle && second.pos < n) {
      runTables(units, table, this.columnOf, first, middle, second, n);
      if (first.pos < middle && this.columnOf[units[first.pos]] === NO_COLUMN) this.stepRare(units, first);
      if (second.pos < n && this.columnOf[units[second.pos]] === NO_COLUMN) this.stepRare(units, second);
    }
    this.finish(units, table, first, middle);
    this.finish(units, table, second, n);
    this.deliver(text, units, [first, second], middle, onHit);
  }

  /** Walks `log` on to `end`, alone. */
  private finish(units: Uint16Array, table: Int32Array, log: ReportLog, end: number): void {
    for (runTable(units, table, this.columnOf, log, end); log.pos < end; runTable(units, table, this.columnOf, log, end)) this.stepRare(units, log);
  }

  /** A code unit without a column (CJK in a table built for Latin script) steps through failure links. */
  private stepRare(units: Uint16Array, log: ReportLog): void {
    const { columns, outStart } = this;
    const node = this.step(log.row / columns, this.fold[units[log.pos]]);
    log.row = node * columns;
    log.pos++;
    if (outStart[node] !== outStart[node + 1]) log.add(log.pos, log.row);
  }

  /** Delivers the logged hits in text order: the first walk's, then the second's past `middle`. */
  private deliver(text: string, units: Uint16Array, logs: ReportLog[], middle: number, onHit: LiteralHitHandler<T>): void {
    const { columns } = this;
    delivering(logs, (counts) =>
      logs.forEach((log, w) => {
        const { ends, rows } = log;
        for (let k = 0; k < counts[w]; k++) if (w === 0 || ends[k] > middle) this.report(text, units, rows[k] / columns, ends[k], onHit);
      }),
    );
  }

  private scanFailureLinks(text: string, units: Uint16Array, onHit: LiteralHitHandler<T>): void {
    const { fold, outStart } = this;
    let node = 0;
    for (let i = 0; i < units.length; i++) {
      node = this.step(node, fold[units[i]]);
      if (outStart[node] !== outStart[node + 1]) this.report(text, units, node, i + 1, onHit);
    }
  }

  /** Reports the patterns that end at `end` in state `node`. */
  private report(text: string, units: Uint16Array, node: number, end: number, onHit: LiteralHitHandler<T>): void {
    const { outStart, outIds } = this;
    const last = outStart[node + 1];
    for (let k = outStart[node]; k < last; k++) this.reportLiteral(text, units, outIds[k], end, onHit);
  }

  /** Reports pattern `id` found ending at `end`; a case-sensitive one only if the text has it exactly. */
  private reportLiteral(text: string, units: Uint16Array, id: number, end: number, onHit: LiteralHitHandler<T>): void {
    const start = end - this.idLength[id];
    const first = this.idFirst[id];
    // Most misses differ in their first letter's case ("un" in "under" for "UN"): checked first,
    // from typed arrays alone.
    if (first !== CASE_INSENSITIVE && (units[start] !== first || !text.startsWith(this.exactForms[id]!, start))) return;
    onHit(start, end, this.payloads[id]);
  }
}

/** `idFirst` of a pattern matched ignoring case. */
const CASE_INSENSITIVE = -1;

/** A text whose second half would start before this many code units is walked once, not as two halves. */
const TWO_WALKS_FROM = 4096;

/** `ReportLog.count` while its hits are being delivered. */
const BUSY = -1;

/** `own`, or a fresh log while `own` is being delivered: a hit handler that scans again with the same matcher gets logs of its own. */
function freeLog(own: ReportLog): ReportLog {
  return own.count === BUSY ? new ReportLog() : own;
}

/** Hands `deliverHits` the count of each log, with the logs marked busy meanwhile and emptied after. */
function delivering(logs: ReportLog[], deliverHits: (counts: number[]) => void): void {
  const counts = logs.map((log) => log.count);
  for (const log of logs) log.count = BUSY;
  try {
    deliverHits(counts);
  } finally {
    for (const log of logs) log.count = 0;
  }
}

/** End offsets and table rows of the reporting states a table scan passed, in text order; block skipping logs literal ids as rows. */
class ReportLog {
  ends = new Int32Array(1024);
  rows = new Int32Array(1024);
  count = 0;
  /** Where the walk is, and the row the automaton is in there. */
  pos = 0;
  row = 0;

  /** Starts a walk at `pos`, in the root state. */
  reset(pos: number): void {
    this.count = 0;
    this.pos = pos;
    this.row = 0;
  }

  add(end: number, row: number): void {
    if (this.count === this.ends.length) this.grow();
    this.ends[this.count] = end;
    this.rows[this.count] = row;
    this.count++;
  }

  grow(): void {
    const ends = new Int32Array(this.ends.length * 2);
    const rows = new Int32Array(this.rows.length * 2);
    ends.set(this.ends);
    rows.set(this.rows);
    this.ends = ends;
    this.rows = rows;
  }
}

/**
 * Runs the transition table over `units` from `log.pos` to `end`, starting in row `log.row`,
 * logging each reporting state. Stops at the first code unit that has no column, or at `end`,
 * leaving the position and row in `log`. A free function of typed arrays only, so that V8
 * compiles one tight loop for all matchers.
 */
function runTable(units: Uint16Array, table: Int32Array, columnOf: Uint16Array, log: ReportLog, end: number): void {
  let row = log.row;
  let i = log.pos;
  for (; i < end; i++) {
    const column = columnOf[units[i]];
    if (column === NO_COLUMN) break;
    const cell = table[row + column];
    if (cell >= 0) {
      row = cell;
      continue;
    }
    row = ~cell;
    log.add(i + 1, row);
  }
  log.row = row;
  log.pos = i;
}

/** Two walks in step, `a` up to `aEnd` and `b` up to `bEnd`, until either ends or meets a code unit without a column. */
function runTables(units: Uint16Array, table: Int32Array, columnOf: Uint16Array, a: ReportLog, aEnd: number, b: ReportLog, bEnd: number): void {
  let i = a.pos;
  let j = b.pos;
  let rowA = a.row;
  let rowB = b.row;
  for (; i < aEnd && j < bEnd; i++, j++) {
    const columnA = columnOf[units[i]];
    const columnB = columnOf[units[j]];
    if (columnA === NO_COLUMN || columnB === NO_COLUMN) break;
    const cellA = table[rowA + columnA];
    const cellB = table[rowB + columnB];
    if (cellA >= 0) rowA = cellA;
    else {
      rowA = ~cellA;
      a.add(i + 1, rowA);
    }
    if (cellB >= 0) rowB = cellB;
    else {
      rowB = ~cellB;
      b.add(j + 1, rowB);
    }
  }
  a.pos = i;
  a.row = rowA;
  b.pos = j;
  b.row = rowB;
}
