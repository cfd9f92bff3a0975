import { Document } from './document';
import { LiteralMatcher, type LiteralHit } from './literal-matcher';
import { MessageTemplate, type MessageValue } from './message';
import { RuleError, type CompileContext, type LiteralOptions, type RegexOptions, type ReportDescriptor, type Resources, type RuleHandlers, type RuleKind } from './rule-kind';
import { BudgetedRegex, RuleClock, RuleTimeout } from './rule-budget';
import { PrefilteredRegex, UnfilteredRegex, type RegexAnalyser } from './regex-prefilter';
import { sortIfNeeded } from './spans';
import type { RuleRegex, TextRegex } from './text-regex';
import type { Finding, RuleMeta } from './types';
import { atWordBoundaries } from './words';

/** A hit goes either to a rule (its own literal) or to a regex (a literal the regex needs). */
interface LiteralPayload {
  rule: number;
  tag: unknown;
  wholeWord: boolean;
  regex?: PrefilteredRegex;
  minPre: number;
  maxPre: number;
}

interface CompiledRule {
  meta: RuleMeta;
  message: MessageTemplate;
  handlers: RuleHandlers;
}

export interface RunOptions {
  /** Called with each rule's elapsed milliseconds, for `--timing`. */
  onTiming?: (ruleId: string, kind: string, ms: number) => void;
  /**
   * Stops a rule that runs longer than this many milliseconds on one document: its findings
   * there are dropped and it is reported as failed. 0 turns the limit off. Default 10,000.
   */
  ruleBudgetMs?: number;
  /** Rules not to run, e.g. on the fix loop's later passes over a file where they failed. */
  skipRules?: ReadonlySet<string>;
}

export const DEFAULT_RULE_BUDGET_MS = 10_000;

/** Compiles one pattern of a rule; the loader passes one that treats untrusted packs apart. */
export type RegexCompiler = (rule: RuleMeta, source: string, flags: string, field: string) => TextRegex;

export interface RunnerOptions {
  /** Default: JavaScript's own engine (`compileRegex`). */
  compileRegex?: RegexCompiler;
  /**
   * Finds the literals a pattern's matches must contain, so that it runs only where the shared
   * literal pass found them. Without one, every pattern scans every document.
   */
  analyseRegex?: RegexAnalyser;
}

export interface RunResult {
  findings: Finding[];
  /** Rules that threw or ran out of time on this document, with the reason. */
  failures: { ruleId: string; message: string }[];
}

/**
 * Compiles rules once and runs them over documents. All literals of all rules share one
 * Aho–Corasick pass; each rule then sees its own hits and reports through one path.
 */
export class RuleRunner {
  private readonly rules: CompiledRule[] = [];
  private readonly matcher = new LiteralMatcher<LiteralPayload>();
  /** Rules that failed to compile; they are left out of every run. */
  readonly compileErrors: RuleError[] = [];
  private readonly clock = new RuleClock();
  private readonly prefiltered: PrefilteredRegex[] = [];

  constructor(
    kinds: ReadonlyMap<string, RuleKind<any, any>>,
    metas: readonly RuleMeta[],
    resources: Resources,
    options: RunnerOptions = {},
  ) {
    const compile = options.compileRegex ?? ((meta, source, flags, field) => compileRegex(meta.id, source, flags, field));
    for (const meta of metas) {
      const kind = kinds.get(meta.kind);
      if (!kind) {
        this.compileErrors.push(new RuleError(meta.id, 'kind', `unknown rule kind "${meta.kind}"`));
        continue;
      }
      const index = this.rules.length;
      const ctx: CompileContext = {
        literal: (pattern: string, tag: unknown, options: LiteralOptions = {}) =>
          this.matcher.add(pattern, { rule: index, tag, wholeWord: options.wholeWord ?? true, regex: undefined, minPre: 0, maxPre: 0 }, options.caseInsensitive),
        regex: (source: string, flags: string, field: string, regexOptions: RegexOptions = {}) => {
          const analyse = regexOptions.prefilter === false ? undefined : options.analyseRegex;
          const compiled = compile(meta, source, flags, field);
          return new BudgetedRegex(this.prefilter(compiled, source, flags, regexOptions.hint ? 'hint' : 'match', analyse), this.clock);
        },
        resources,
      };
      try {
        this.rules.push({ meta, message: new MessageTemplate(meta.message), handlers: kind.create(meta, ctx) });
      } catch (err) {
        // Literals a failed rule registered stay in the matcher; their hits go to no rule.
        if (err instanceof RuleError) this.compileErrors.push(err);
        else this.compileErrors.push(new RuleError(meta.id, '', (err as Error).message));
        this.rules.push({ meta, message: new MessageTemplate(meta.message), handlers: { check() {} } });
      }
    }
    this.matcher.compile();
  }

  /** Registers the literals the pattern needs with the shared matcher, when it has any. */
  private prefilter(regex: TextRegex, source: string, flags: string, purpose: 'match' | 'hint', analyse: RegexAnalyser | undefined): RuleRegex {
    const needs = analyse?.(source, flags, purpose);
    if (!needs) return new UnfilteredRegex(regex);
    const sticky = regex instanceof RegExp ? () => new RegExp(regex.source, regex.flags.replace('g', '') + 'y') : undefined;
    const filtered = new PrefilteredRegex(regex, flags.includes('g'), sticky, needs.atStart === true);
    for (const l of needs.literals) {
      this.matcher.add(l.text, { rule: -1, tag: undefined, wholeWord: false, regex: filtered, minPre: l.minPre, maxPre: l.maxPre }, needs.caseInsensitive);
    }
    this.prefiltered.push(filtered);
    return filtered;
  }

  get ruleCount(): number {
    return this.rules.length;
  }

  /**
   * What the current run collects. The hit handler and the report function below read it, so
   * that they are the same two functions for every document: V8 inlines a callee only for the
   * function it has seen, and a fresh closure per document made it discard the optimised code of
   * every rule, and of the literal scan, document after document.
   */
  private current: { doc: Document; hits: LiteralHit<unknown>[][]; rule: CompiledRule; own: Finding[] } | undefined;

  private readonly onLiteral = (start: number, end: number, p: LiteralPayload): void => {
    if (p.regex) return p.regex.addHit(start, end, p.minPre, p.maxPre);
    const current = this.current!;
    if (p.wholeWord && !atWordBoundaries(current.doc.text, start, end)) return;
    current.hits[p.rule].push({ start, end, payload: p.tag });
  };

  private readonly report = (d: ReportDescriptor): void => {
    this.clock.check();
    const current = this.current!;
    current.own.push(toFinding(current.doc, current.rule, d));
  };

  run(doc: Document, options: RunOptions = {}): RunResult {
    // A rule that checks another document with this runner (none does) gets its own state.
    const outer = this.current;
    try {
      return this.runOn(doc, options);
    } finally {
      this.current = outer;
    }
  }

  private runOn(doc: Document, options: RunOptions): RunResult {
    const hits: LiteralHit<unknown>[][] = this.rules.map(() => []);
    const text = doc.text;
    const current = { doc, hits, rule: this.rules[0], own: [] as Finding[] };
    this.current = current;
    for (const regex of this.prefiltered) regex.reset(text);
    this.matcher.scan(text, this.onLiteral, doc.units);
    const findings: Finding[] = [];
    const failures: RunResult['failures'] = [];
    const budget = options.ruleBudgetMs ?? DEFAULT_RULE_BUDGET_MS;
    this.rules.forEach((rule, i) => {
      if (options.skipRules?.has(rule.meta.id)) return;
      const began = performance.now();
      const ruleHits = sortIfNeeded(hits[i], (a, b) => a.start - b.start || a.end - b.end);
      // A rule's findings count only once it has finished within its budget: a rule stopped
      // half-way would report an arbitrary part of the file.
      const own: Finding[] = [];
      current.rule = rule;
      current.own = own;
      let failure: string | undefined;
      this.clock.start(budget, began);
      try {
        rule.handlers.check({ doc, hits: ruleHits, report: this.report });
      } catch (err) {
        failure = err instanceof Error ? err.message : String(err);
      } finally {
        this.clock.stop();
      }
      const elapsed = performance.now() - began;
      options.onTiming?.(rule.meta.id, rule.meta.kind, elapsed);
      // A rule that neither reports nor calls a regex cannot be stopped on time, but is over budget all the same.
      if (failure === undefined && budget > 0 && elapsed > budget) failure = new RuleTimeout(budget).message;
      if (failure !== undefined) failures.push({ ruleId: rule.meta.id, message: failure });
      // Not push(...own): a rule may report more findings than a call can take arguments.
      else for (const f of own) findings.push(f);
    });
    for (const regex of this.prefiltered) regex.reset(undefined);
    return { findings: withoutRepeats(findings.sort(compareFindings)), failures };
  }
}


/**
 * Compiles a pattern for JavaScript's own (backtracking) engine, as trusted packs use it. When the
 * caller knows the pattern cannot match the empty string, the check that would make V8 compile
 * it at once is skipped: patterns that never meet a candidate are then never compiled at all.
 */
export function compileRegex(ruleId: string, source: string, flags: string, field: string, cannotMatchEmpty = false): RegExp {
  try {
    const re = new RegExp(source, flags.includes('u') || flags.includes('v') ? flags : flags + 'u');
    if (!cannotMatchEmpty && re.test('')) throw new Error('it matches the empty string, so it would flag every position');
    return re;
  } catch (err) {
    throw new RuleError(ruleId, field, `${field}: invalid pattern /${source}/: ${(err as Error).message}`);
  }
}

function toFinding(doc: Document, rule: CompiledRule, d: ReportDescriptor): Finding {
  const { meta } = rule;
  const text = doc.source.slice(d.start, d.end);
  const suggestions = d.suggestions ?? [];
  const start = doc.lines.position(d.start);
  const end = doc.lines.position(d.end);
  const message = rule.message.fill((name) => placeholderValue(name, text, suggestions, d.data));
  const finding: Finding = {
    ruleId: meta.id,
    severity: meta.severity,
    category: meta.category,
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text,
    suggestions,
    start: d.start,
    end: d.end,
  };
  if (suggestions.length) finding.fix = d.fix ?? deletionAware(doc.source, { start: d.start, end: d.end, text: suggestions[0] });
  return finding;
}

/** A rule's own data first, then what every finding has: the matched text and the suggestions. */
function placeholderValue(name: string, match: string, suggestions: string[], data: ReportDescriptor['data']): MessageValue {
  if (data && Object.hasOwn(data, name)) return data[name];
  const shown = (s: string) => (s === '' ? '(delete)' : s);
  if (name === 'match') return match;
  if (name === 'suggestion') return suggestions.length ? shown(suggestions[0]) : undefined;
  if (name === 'suggestions') return suggestions.map(shown).join(', ');
  return undefined;
}

/**
 * Deleting a word must not leave a stray space behind ("militia. Et al." → "militia."): when the
 * deletion ends at a line end, punctuation or another space, the spaces before it go too.
 */
function deletionAware(source: string, edit: { start: number; end: number; text: string }) {
  if (edit.text !== '' || /\s/u.test(source[edit.start] ?? '')) return edit;
  const next = source[edit.end];
  if (next !== undefined && !/[\s.,;:!?)\]}"'”’]/u.test(next)) return edit;
  let start = edit.start;
  while (start > 0 && (source[start - 1] === ' ' || source[start - 1] === '\t')) start--;
  if (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') return { ...edit, start };
  return edit;
}

/**
 * Drops a finding that repeats an earlier one of the same rule at the same span. The input is
 * sorted with a stable sort by span and rule, so repeats sit next to each other, the first
 * reported first.
 */
function withoutRepeats(sorted: Finding[]): Finding[] {
  return sorted.filter((f, i) => i === 0 || compareFindings(sorted[i - 1], f) !== 0);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
