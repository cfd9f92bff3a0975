/**
 * Wu–Manber block skipping for a set of literals that are all fairly long, such as a term list
 * of names. The Aho–Corasick walk reads every code unit; this reads a block of three or four at
 * the end of a window as long as the shortest literal and, unless that block occurs in some
 * literal there, jumps ahead by up to the window's length. Over English copy with a few hundred
 * names it reads about one code unit in eight, and finds exactly the same occurrences.
 *
 * Blocks are hashed from small per-unit codes (5 bits each): three-unit blocks for a few hundred
 * literals, so that the shift table fits the fastest cache; four-unit blocks for thousands, whose
 * three-unit blocks would cover nearly every block of a text. Different blocks may share a hash;
 * that only makes a shift smaller or a window a candidate for nothing, never misses an
 * occurrence, because every candidate is verified.
 */

const CODE_BITS = 5;
const CODE_MASK = (1 << CODE_BITS) - 1;

/** Shortest literal worth skipping over: shorter ones allow jumps of two units at most. */
export const MIN_SKIP_LENGTH = 5;

/**
 * Code units per block for `count` literals, the shortest `shortest` units long: the smaller
 * block whose hashes the literals' blocks fill to a quarter at most (past that most blocks of a
 * text are in some literal, and a window seldom moves), or 0 where neither would pay.
 */
export function blockSize(count: number, shortest: number): number {
  if (count === 0 || shortest < MIN_SKIP_LENGTH) return 0;
  for (const block of [3, 4]) if (shortest >= block + 2 && count * (shortest - block + 1) <= hashes(block) / 4) return block;
  return 0;
}

/** Whether `count` literals, the shortest `shortest` code units long, could be worth a skip scanner at all. */
export function mightSkip(count: number, shortest: number): boolean {
  return blockSize(count, shortest) > 0;
}

function hashes(block: number): number {
  return 1 << (block * CODE_BITS);
}

/**
 * The cost of a step next to a step of the automaton (about 2 ns per code unit on this kind of
 * machine): a window costs about 3.5 steps, a literal verified at a candidate about 7. A margin
 * keeps the automaton where the two are close.
 */
const WINDOW_COST = 4;
const VERIFY_COST = 8;

/** Receives each occurrence: where it ends, and the index of the literal. */
export interface OccurrenceLog {
  add(end: number, id: number): void;
}

export class SkipScanner {
  /** Length of the shortest literal: the window. */
  private readonly window: number;
  /** Code units per block: 3 or 4. */
  private readonly block: number;
  /** Block code of each code unit of the text, case folding included; 0 for units in no literal. */
  private readonly codeOf: Int32Array;
  /** How far the window may move when it ends in a block with this hash; 0: a candidate. */
  private readonly shift: Uint8Array;
  /**
   * Per block hash with shift 0: 1 + k, where the literals whose window ends in that block are
   * [bucketStart[k], bucketStart[k+1]) of `bucketIds` (0 for the other hashes, so that the table
   * needs no filling and its untouched pages cost nothing).
   */
  private readonly bucketOf: Int32Array;
  private readonly bucketStart: Int32Array;
  private readonly bucketIds: Int32Array;

  /**
   * `literals` holds the case-folded literals one after another, literal `id` at
   * [starts[id], starts[id + 1]); `blockSize` must allow them (long enough, and not too many).
   */
  constructor(
    private readonly literals: Uint16Array,
    private readonly starts: Int32Array,
    private readonly fold: Uint16Array,
  ) {
    const count = starts.length - 1;
    let window = Infinity;
    for (let id = 0; id < count; id++) window = Math.min(window, starts[id + 1] - starts[id]);
    const block = blockSize(count, window);
    if (block === 0) throw new Error(`SkipScanner: literals must be at least ${MIN_SKIP_LENGTH} code units long, and not too many for their length (see blockSize)`);
    this.window = window;
    this.block = block;

    // Codes 1..31 for the folded units of the literals, reused round-robin past 31.
    const unitCode = new Int32Array(0x10000);
    let codes = 0;
    for (const u of literals) if (unitCode[u] === 0) unitCode[u] = (codes++ % CODE_MASK) + 1;
    this.codeOf = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) this.codeOf[c] = unitCode[fold[c]];

    const shift = new Uint8Array(hashes(block)).fill(Math.min(window - block + 1, 255));
    const buckets = new Map<number, number[]>();
    for (let id = 0; id < count; id++) {
      const at = starts[id];
      for (let end = at + block; end <= at + window; end++) {
        const h = blockHash(unitCode, literals, end, block);
        shift[h] = Math.min(shift[h], at + window - end);
      }
      const last = blockHash(unitCode, literals, at + window, block);
      const bucket = buckets.get(last);
      if (bucket) bucket.push(id);
      else buckets.set(last, [id]);
    }
    this.shift = shift;
    this.bucketOf = new Int32Array(hashes(block));
    this.bucketStart = new Int32Array(buckets.size + 1);
    this.bucketIds = new Int32Array(count);
    let k = 0;
    let filled = 0;
    for (const [h, ids] of buckets) {
      this.bucketOf[h] = k + 1;
      this.bucketStart[k++] = filled;
      for (const id of ids) this.bucketIds[filled++] = id;
    }
    this.bucketStart[k] = filled;
  }

  /**
   * Whether skipping beats the automaton's walk, judged on `units[0, end)`: by the windows it
   * reads and the literals it would verify there, against one step per code unit.
   */
  worthwhile(units: Uint16Array, end: number): boolean {
    const tally = { windows: 0, verified: 0 };
    const sampled = Math.min(end, units.length);
    this.walk(units, sampled, undefined, tally);
    return tally.windows * WINDOW_COST + tally.verified * VERIFY_COST < sampled;
  }

  /** Logs every occurrence of every literal in `units`, by window start (not by end, as the automaton does). */
  scan(units: Uint16Array, log: OccurrenceLog): void {
    this.walk(units, units.length, log, undefined);
  }

  private walk(units: Uint16Array, n: number, log: OccurrenceLog | undefined, tally: { windows: number; verified: number } | undefined): void {
    const { window, block, codeOf, shift, bucketOf, bucketStart, bucketIds } = this;
    let windows = 0;
    let verified = 0;
    for (let end = window; end <= n; ) {
      windows++;
      const h = blockHash(codeOf, units, end, block);
      const s = shift[h];
      if (s > 0) {
        end += s;
        continue;
      }
      const k = bucketOf[h] - 1;
      const from = bucketStart[k];
      const to = bucketStart[k + 1];
      verified += to - from;
      if (log) {
        for (let b = from; b < to; b++) {
          const id = bucketIds[b];
          if (this.occursAt(units, end - window, id)) log.add(end - window + this.length(id), id);
        }
      }
      end++;
    }
    if (tally) {
      tally.windows = windows;
      tally.verified = verified;
    }
  }

  private length(id: number): number {
    return this.starts[id + 1] - this.starts[id];
  }

  /** Whether literal `id` occurs, case folded, at `at`. */
  private occursAt(units: Uint16Array, at: number, id: number): boolean {
    const { fold, starts } = this;
    const from = starts[id];
    const length = starts[id + 1] - from;
    if (at + length > units.length) return false;
    for (let j = 0; j < length; j++) if (fold[units[at + j]] !== this.literals[from + j]) return false;
    return true;
  }
}

/** Hash of the block of `block` code units (3 or 4) that ends at `end`, from the units' codes. */
function blockHash(codeOf: Int32Array, units: Uint16Array, end: number, block: number): number {
  const h = (codeOf[units[end - 3]] << (2 * CODE_BITS)) | (codeOf[units[end - 2]] << CODE_BITS) | codeOf[units[end - 1]];
  return block === 3 ? h : h | (codeOf[units[end - 4]] << (3 * CODE_BITS));
}
