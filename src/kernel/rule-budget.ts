import type { RuleRegex } from './text-regex';

/** Thrown inside a rule that has used up its time on the current document. */
export class RuleTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`stopped after ${budgetMs} ms, its time limit per file (--rule-timeout); its findings on this file are dropped`);
    this.name = 'RuleTimeout';
  }
}

/**
 * The time one rule may spend on one document. Rules are synchronous code and cannot be
 * interrupted from outside, so the places where a rule spends its time check the clock
 * instead: every regex call and every report. A runaway rule stops within one call; a call
 * is itself bounded because untrusted patterns run on a linear-time engine.
 */
export class RuleClock {
  private deadline = Infinity;
  private budgetMs = 0;

  /** Starts the clock for one rule, which began at `now`; a budget of 0 means no limit. */
  start(budgetMs: number, now = performance.now()): void {
    this.budgetMs = budgetMs;
    this.deadline = budgetMs > 0 ? now + budgetMs : Infinity;
  }

  stop(): void {
    this.deadline = Infinity;
  }

  private calls = 0;

  /** Reads the clock on every 64th call only: rules make millions of short calls on big files. */
  check(): void {
    if (this.deadline === Infinity || (++this.calls & 63) !== 0) return;
    if (performance.now() > this.deadline) throw new RuleTimeout(this.budgetMs);
  }
}

/** A compiled pattern whose every call first checks the running rule's clock. */
export class BudgetedRegex implements RuleRegex {
  constructor(
    private readonly regex: RuleRegex,
    private readonly clock: RuleClock,
  ) {}

  get lastIndex(): number {
    return this.regex.lastIndex;
  }

  set lastIndex(value: number) {
    this.regex.lastIndex = value;
  }

  exec(text: string): RegExpExecArray | null {
    this.clock.check();
    return this.regex.exec(text);
  }

  test(text: string): boolean {
    this.clock.check();
    return this.regex.test(text);
  }

  mayMatchIn(start: number, end: number): boolean {
    return this.regex.mayMatchIn(start, end);
  }

  hitStarts(): ArrayLike<number> | undefined {
    return this.regex.hitStarts();
  }

  execIn(text: string, base: number): RegExpExecArray | null {
    this.clock.check();
    return this.regex.execIn(text, base);
  }
}
