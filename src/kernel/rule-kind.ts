import type { Document } from './document';
import type { LiteralHit } from './literal-matcher';
import type { RuleRegex } from './text-regex';
import type { Edit, RuleMeta } from './types';

export interface ReportDescriptor {
  start: number;
  end: number;
  /** Replacements for exactly [start, end), best first. */
  suggestions?: string[];
  /** Values for the message template: `{match}` and `{suggestion}` are always available. */
  data?: Record<string, string | number>;
  /** The edit that applies the first suggestion when it must reach wider than the span (whole-line removal). */
  fix?: Edit;
}

export type Report = (finding: ReportDescriptor) => void;

export interface CheckContext<Tag> {
  doc: Document;
  /** This rule's literal hits, in text order. */
  hits: LiteralHit<Tag>[];
  report: Report;
}

export interface RuleHandlers<Tag = unknown> {
  check(ctx: CheckContext<Tag>): void;
}

export interface LiteralOptions {
  caseInsensitive?: boolean;
  /** Require a non-word character (or text edge) on both sides. Default true. */
  wholeWord?: boolean;
}

export interface RegexOptions {
  /** The pattern is a cheap hint (`requires`): its literals are worth finding however common. */
  hint?: boolean;
  /**
   * Default true. False for a pattern only ever run on short pieces cut out of the document
   * (`unless` on one sentence): literal hits in the whole document would be found for nothing.
   */
  prefilter?: boolean;
}

/** What a rule kind may use while compiling a rule; shared resources come from the loader. */
export interface CompileContext<Tag = unknown> {
  /** Registers a literal for the shared multi-pattern matcher; its hits reach `check` as `hits`. */
  literal(pattern: string, tag: Tag, options?: LiteralOptions): void;
  /**
   * Compiles a pattern from the rule, throwing a RuleError that names the rule on failure. Its
   * calls count against the rule's time budget; patterns of untrusted packs run on a linear-time engine.
   */
  regex(source: string, flags: string, field: string, options?: RegexOptions): RuleRegex;
  resources: Resources;
}

/** A list of words that can say whether it holds one. */
export interface WordList {
  has(word: string): boolean;
}

/** Data shared across rules, e.g. the entity gazetteer that `entity` and `confusable` both read. */
export interface Resources {
  gazetteer: GazetteerEntry[];
  /** Lower-case English words; used to keep fuzzy matching off ordinary vocabulary. */
  dictionary: WordList;
}

/** Kinds of gazetteer entries; the gazetteer schema and the entity rule's options use this list. */
export const ENTRY_TYPES = ['person', 'place', 'organization', 'group', 'party', 'country'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

export interface GazetteerEntry {
  name: string;
  aliases?: string[];
  zh: string[];
  country: string;
  type: EntryType;
  role?: string;
  wrong?: string[];
  /** Where the entry was loaded from, for messages. */
  source?: string;
}

export interface RuleKind<R extends RuleMeta = RuleMeta, Tag = unknown> {
  kind: string;
  /** One line for `mtlint rules list` and the docs. */
  summary: string;
  /** JSON Schema fragment: the properties this kind adds to a rule, and which are required. */
  schema: { properties: Record<string, unknown>; required?: string[] };
  create(rule: R, ctx: CompileContext<Tag>): RuleHandlers<Tag>;
}

export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'RuleError';
  }
}
