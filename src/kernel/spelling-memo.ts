/**
 * Remembers a yes-or-no answer per spelling, looked up by a stretch of a text's code units, so
 * that asking about a word that recurs builds no string: a Map keyed by strings needs a fresh
 * slice of the text and its hash for every occurrence, which for the words of a long article
 * cost more than the rest of the question. Open addressing over typed arrays; the spellings are
 * kept only to tell apart the rare words whose hashes collide. Holds at most `limit` spellings,
 * starting afresh when full.
 */
export class SpellingMemo {
  private slots: number;
  private hashes: Int32Array;
  /** 0: empty; 1: no; 2: yes. */
  private answers: Uint8Array;
  private spellings: (string | undefined)[];
  private size = 0;

  constructor(private readonly limit = 50_000) {
    this.slots = 1 << Math.ceil(Math.log2(limit * 2));
    this.hashes = new Int32Array(this.slots);
    this.answers = new Uint8Array(this.slots);
    this.spellings = new Array(this.slots);
  }

  /** The answer remembered for `units[start, end)`, or undefined. */
  get(units: Uint16Array, start: number, end: number): boolean | undefined {
    const hash = hashUnits(units, start, end);
    const mask = this.slots - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const answer = this.answers[slot];
      if (answer === 0) return undefined;
      if (this.hashes[slot] === hash && sameSpelling(this.spellings[slot]!, units, start, end)) return answer === 2;
    }
  }

  /** Remembers the answer for `spelling`, which is `units[start, end)`. */
  set(units: Uint16Array, start: number, end: number, spelling: string, answer: boolean): void {
    if (this.size >= this.limit) this.clear();
    const hash = hashUnits(units, start, end);
    const mask = this.slots - 1;
    let slot = hash & mask;
    while (this.answers[slot] !== 0) {
      if (this.hashes[slot] === hash && this.spellings[slot] === spelling) break;
      slot = (slot + 1) & mask;
    }
    if (this.answers[slot] === 0) this.size++;
    this.hashes[slot] = hash;
    this.answers[slot] = answer ? 2 : 1;
    this.spellings[slot] = spelling;
  }

  private clear(): void {
    this.answers.fill(0);
    this.spellings.fill(undefined);
    this.size = 0;
  }
}

/** FNV-1a over code units. */
function hashUnits(units: Uint16Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ units[i], 0x01000193);
  return hash;
}

function sameSpelling(spelling: string, units: Uint16Array, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let k = 0; k < spelling.length; k++) if (spelling.charCodeAt(k) !== units[start + k]) return false;
  return true;
}
