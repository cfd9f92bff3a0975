import { lowerBound, sortIfNeeded } from './spans';
import type { RuleRegex, TextRegex } from './text-regex';

/** A literal that every match of a regex contains, `minPre`..`maxPre` code units after the match start. */
export interface RequiredLiteral {
  text: string;
  minPre: number;
  /** May be Infinity: the literal can sit anywhere after the start. */
  maxPre: number;
}

/** What a regex's matches must contain: one of `literals`, matched ignoring case when `caseInsensitive`. */
export interface RegexPrefilter {
  literals: RequiredLiteral[];
  caseInsensitive: boolean;
  /** Shortest text a match consumes. */
  minLength: number;
  /**
   * A match may also start at the start of the searched text without any of the literals (the
   * `^` of `(?:^|\n) `); the literals are required of every match that starts later.
   */
  atStart?: boolean;
}

/**
 * Works out a regex's prefilter; the loader supplies one (the kernel parses no regex syntax).
 * For a `hint` (a pattern a rule declares cheap, such as `requires`) any literals will do, however
 * common; otherwise only literals rare enough to beat scanning.
 */
export type RegexAnalyser = (source: string, flags: string, purpose: 'match' | 'hint') => RegexPrefilter | undefined;

/**
 * When the candidate start positions exceed this share of the text, trying each one anchored
 * costs more than letting the engine scan: the regex then scans from the first candidate on.
 */
const ANCHORED_SHARE = 1 / 16;

/**
 * A regex that runs only where the document's one Aho–Corasick pass found a literal it needs.
 * On the document's own text `exec` returns exactly what the plain regex would (the same
 * matches, in the same order, with the same `lastIndex`): positions where no match can start
 * are skipped, either by trying each candidate start anchored (a sticky copy of the regex) or,
 * when candidates are dense, by letting the regex scan on from the first one. `execIn` does the
 * same on a line, sentence or paragraph cut out of the document, given where it starts. On any
 * other string it is the plain regex.
 */
export class PrefilteredRegex implements RuleRegex {
  lastIndex = 0;
  private text: string | undefined;
  /** Hits of the required literals in the current document, as pushed by the scan. */
  private pushedStarts: number[] = [];
  private pushedEnds: number[] = [];
  private hitMinPre: number[] = [];
  private hitMaxPre: number[] = [];
  /** Merged, sorted ranges of possible match starts: [los[i], his[i]] inclusive, from hits at a bounded offset. */
  private los: number[] = [];
  private his: number[] = [];
  /**
   * Hits of literals that may sit any distance into a match, by where the literal starts, with
   * the last match start each allows. A match in a line or paragraph cannot reach outside it, so
   * such a hit makes candidates of its own piece only, from the piece's start; kept apart from
   * the ranges, one hit does not make candidates of every position before it.
   */
  private openStarts: number[] = [];
  private openLast: number[] = [];
  private sortedHits: { starts: Int32Array; ends: Int32Array } | undefined;
  private prepared = false;
  private anchored = false;

  constructor(
    private readonly regex: TextRegex,
    private readonly global: boolean,
    /** Makes a sticky copy of the regex, when the engine is JavaScript's own; made on first use. */
    private readonly makeSticky: (() => RegExp) | undefined,
    /** The start of the searched text is a candidate whatever the literals say (RegexPrefilter.atStart). */
    private readonly atStart = false,
  ) {}

  private stickyCopy?: RegExp;

  /** Starts a document: hits of the literals in `text` follow through `addHit`. Undefined ends it. */
  reset(text: string | undefined): void {
    this.text = text;
    this.pushedStarts.length = this.pushedEnds.length = this.hitMinPre.length = this.hitMaxPre.length = 0;
    this.los = [];
    this.his = [];
    this.openStarts = [];
    this.openLast = [];
    this.sortedHits = undefined;
    this.prepared = false;
  }

  addHit(start: number, end: number, minPre: number, maxPre: number): void {
    this.pushedStarts.push(start);
    this.pushedEnds.push(end);
    this.hitMinPre.push(minPre);
    this.hitMaxPre.push(maxPre);
  }

  private prepare(): void {
    this.prepared = true;
    const n = this.pushedStarts.length;
    const lo = (i: number) => Math.max(0, this.pushedStarts[i] - this.hitMaxPre[i]);
    const order = sortIfNeeded(
      Array.from({ length: n }, (_, i) => i),
      (a, b) => lo(a) - lo(b),
    );
    const open: number[] = [];
    let positions = 0;
    for (const i of order) {
      const from = lo(i);
      const to = this.pushedStarts[i] - this.hitMinPre[i];
      if (to < from) continue;
      if (this.hitMaxPre[i] === Infinity) {
        open.push(i);
        continue;
      }
      const last = this.his.length - 1;
      if (last >= 0 && from <= this.his[last] + 1) {
        if (to > this.his[last]) {
          positions += to - Math.max(from, this.his[last] + 1) + 1;
          this.his[last] = to;
        }
      } else {
        this.los.push(from);
        this.his.push(to);
        positions += to - from + 1;
      }
    }
    sortIfNeeded(open, (a, b) => this.pushedStarts[a] - this.pushedStarts[b]);
    this.openStarts = open.map((i) => this.pushedStarts[i]);
    this.openLast = open.map((i) => this.pushedStarts[i] - this.hitMinPre[i]);
    this.anchored = this.makeSticky !== undefined && positions <= Math.max(64, this.text!.length * ANCHORED_SHARE);
  }

  /** Whether a hit of an unbounded literal in `[from, end)` allows a match to start at or after `from`. */
  private openHitIn(from: number, end: number): boolean {
    for (let i = lowerBound(this.openStarts, from); i < this.openStarts.length && this.openStarts[i] < end; i++) {
      if (this.openLast[i] >= from) return true;
    }
    return false;
  }

  /**
   * The match at the very start of `text`, when there is one; null when there is none anywhere
   * (no sticky copy, so the plain regex searched); undefined when the search goes on.
   */
  private tryAtStart(text: string): RegExpExecArray | null | undefined {
    if (!this.makeSticky) return this.plainExec(text);
    const sticky = (this.stickyCopy ??= this.makeSticky());
    sticky.lastIndex = 0;
    const m = sticky.exec(text);
    if (!m) return undefined;
    if (this.global) this.lastIndex = m[0].length;
    return m;
  }

  /** Index of the first candidate range that ends at or after `from`, or -1. */
  private firstRange(from: number): number {
    const i = lowerBound(this.his, from);
    return i < this.his.length ? i : -1;
  }

  exec(text: string): RegExpExecArray | null {
    return text === this.text ? this.execWithin(text, 0) : this.plainExec(text);
  }

  execIn(text: string, base: number): RegExpExecArray | null {
    return this.text === undefined ? this.plainExec(text) : this.execWithin(text, base);
  }

  /** `exec` on `text`, the piece of the document that starts at `base`, trying only candidate starts. */
  private execWithin(text: string, base: number): RegExpExecArray | null {
    if (!this.prepared) this.prepare();
    const from = this.global ? this.lastIndex : 0;
    const end = base + text.length;
    if (this.atStart && from === 0) {
      // The start of the piece, tried on its own; a match further on holds a literal.
      const m = this.tryAtStart(text);
      if (m !== undefined) return m;
    }
    // Any position from here on may start a match: the plain regex scans this piece.
    if (from <= text.length && this.openHitIn(base + from, end)) return this.scanFrom(text, from);
    const first = from > text.length ? -1 : this.firstRange(base + from);
    if (first === -1 || this.los[first] > end) {
      if (this.global) this.lastIndex = 0;
      return null;
    }
    if (!this.anchored) return this.scanFrom(text, Math.max(from, this.los[first] - base));
    const sticky = (this.stickyCopy ??= this.makeSticky!());
    for (let r = first; r < this.los.length && this.los[r] <= end; r++) {
      const last = Math.min(this.his[r], end);
      for (let s = Math.max(base + from, this.los[r]); s <= last; s++) {
        sticky.lastIndex = s - base;
        const m = sticky.exec(text);
        if (m) {
          if (this.global) this.lastIndex = s - base + m[0].length;
          return m;
        }
      }
    }
    if (this.global) this.lastIndex = 0;
    return null;
  }

  test(text: string): boolean {
    if (text !== this.text) {
      this.regex.lastIndex = this.lastIndex;
      const found = this.regex.test(text);
      this.lastIndex = this.regex.lastIndex;
      return found;
    }
    return this.exec(text) !== null;
  }

  hitStarts(): ArrayLike<number> | undefined {
    // Every line, sentence or paragraph has a start where a match may begin.
    if (this.text === undefined || this.atStart) return undefined;
    return this.sorted().starts;
  }

  mayMatchIn(start: number, end: number): boolean {
    if (this.text === undefined || this.atStart) return true;
    const { starts, ends } = this.sorted();
    for (let i = lowerBound(starts, start); i < starts.length && starts[i] < end; i++) if (ends[i] <= end) return true;
    return false;
  }

  private sorted(): { starts: Int32Array; ends: Int32Array } {
    if (this.sortedHits) return this.sortedHits;
    const { pushedStarts: hitStarts, pushedEnds: hitEnds } = this;
    const order = sortIfNeeded(
      Array.from({ length: hitStarts.length }, (_, i) => i),
      (a, b) => hitStarts[a] - hitStarts[b],
    );
    const starts = new Int32Array(order.length);
    const ends = new Int32Array(order.length);
    order.forEach((i, k) => {
      starts[k] = hitStarts[i];
      ends[k] = hitEnds[i];
    });
    return (this.sortedHits = { starts, ends });
  }

  /** The plain regex, searching `text` from `at` on. */
  private scanFrom(text: string, at: number): RegExpExecArray | null {
    this.regex.lastIndex = at;
    const m = this.regex.exec(text);
    if (this.global) this.lastIndex = this.regex.lastIndex;
    return m;
  }

  private plainExec(text: string): RegExpExecArray | null {
    this.regex.lastIndex = this.lastIndex;
    const m = this.regex.exec(text);
    this.lastIndex = this.regex.lastIndex;
    return m;
  }
}

/** The same regex wrapped so that `mayMatchIn` always says yes: for patterns without a prefilter. */
export class UnfilteredRegex implements RuleRegex {
  constructor(private readonly regex: TextRegex) {}

  get lastIndex(): number {
    return this.regex.lastIndex;
  }

  set lastIndex(value: number) {
    this.regex.lastIndex = value;
  }

  exec(text: string): RegExpExecArray | null {
    return this.regex.exec(text);
  }

  test(text: string): boolean {
    return this.regex.test(text);
  }

  mayMatchIn(): boolean {
    return true;
  }

  hitStarts(): undefined {
    return undefined;
  }

  execIn(text: string): RegExpExecArray | null {
    return this.regex.exec(text);
  }
}
