/**
 * What rule kinds need from a compiled pattern: the part of RegExp they use. A native RegExp is
 * one; so is the linear-time engine that runs the patterns of packs that are not trusted.
 */
export interface TextRegex {
  /** Where the next `exec` of a global pattern starts, as with RegExp. */
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** What the rule kinds see of a compiled pattern: a regex, plus a cheap "can it match here?". */
export interface RuleRegex extends TextRegex {
  /** False only when no match can lie wholly within [start, end) of the document being checked. */
  mayMatchIn(start: number, end: number): boolean;
  /**
   * Sorted starts of the literal hits every match needs, in the document being checked; a match
   * contains one. Undefined when the pattern has no such literals (a match may be anywhere).
   */
  hitStarts(): ArrayLike<number> | undefined;
  /**
   * `exec` on a piece of the document being checked: `text` must be the document's text from
   * `base` on (a line, sentence or paragraph), so that the literal hits can say where to look.
   */
  execIn(text: string, base: number): RegExpExecArray | null;
}
