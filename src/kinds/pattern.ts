import type { Document } from '../kernel/document';
import { lineRemovalEdit } from '../kernel/line-removal';
import type { RuleKind } from '../kernel/rule-kind';
import { findSpanIndex, firstIndexWhere } from '../kernel/spans';
import type { RuleRegex } from '../kernel/text-regex';
import { insideQuotes } from '../kernel/spans';
import type { RuleMeta, Span } from '../kernel/types';
import { compileUnless, unlessSchema } from './common';

export type Scope = 'line' | 'sentence' | 'paragraph' | 'document';

export interface PatternRule extends RuleMeta {
  pattern: string;
  flags?: string;
  scope?: Scope;
  replace?: string;
  removeLine?: boolean;
  unless?: string[];
  skipQuoted?: boolean;
  notFirstInParagraph?: boolean;
  group?: number;
  requires?: string;
}

function units(doc: Document, scope: Scope): Span[] {
  switch (scope) {
    case 'document':
      return [{ start: 0, end: doc.text.length }];
    case 'paragraph':
      return doc.paragraphs;
    case 'sentence':
      return doc.sentences;
    case 'line':
      return doc.lineSpans;
  }
}

/** A regular expression run over each line, sentence, paragraph or the whole document. */
export const pattern: RuleKind<PatternRule> = {
  kind: 'pattern',
  summary: 'A regular expression at line, sentence, paragraph or document scope, with an optional replacement or line removal.',
  schema: {
    properties: {
      pattern: { type: 'string', minLength: 1, description: 'JavaScript regular expression (Unicode mode). Anchors ^ and $ refer to the scope unit.' },
      flags: { type: 'string', pattern: '^[ims]*$', description: 'Extra flags: i (ignore case), m (multiline), s (dot matches newline).' },
      scope: { enum: ['line', 'sentence', 'paragraph', 'document'], description: 'The text unit the pattern runs on. Default: document.' },
      replace: { type: 'string', description: 'Replacement for the match; may use $1 or $<name>. "" deletes. Omit for no automatic fix.' },
      removeLine: { type: 'boolean', description: 'Suggest deleting the match; when it is a whole line, the fix removes the line and the blank lines before it.' },
      unless: unlessSchema,
      skipQuoted: { type: 'boolean', description: 'Ignore matches inside quotation marks.' },
      notFirstInParagraph: { type: 'boolean', description: 'Only report matches in a sentence that follows another sentence of the same paragraph.' },
      group: { type: 'integer', minimum: 0, description: 'Report only this capture group of the match (default 0, the whole match).' },
      requires: {
        type: 'string',
        minLength: 1,
        description:
          'A cheap pattern found in every scope unit where the rule matches (e.g. "[，。]", or the match itself reduced to its rare part); units without it are skipped. A speed hint: it must not change what the rule finds, and `mtlint rules test` checks the examples both ways.',
      },
    },
    required: ['pattern'],
  },
  create(rule, ctx) {
    const re = ctx.regex(rule.pattern, 'g' + (rule.flags ?? ''), 'pattern');
    const scope = rule.scope ?? 'document';
    const unless = compileUnless(ctx, rule.unless, 'unless');
    const requires = rule.requires === undefined ? undefined : ctx.regex(rule.requires, rule.flags?.includes('i') ? 'gi' : 'g', 'requires', { hint: true });
    return {
      check({ doc, report }) {
        // Most articles contain no Chinese punctuation at all: one cheap scan rules the rule
        // out, or narrows it to the few lines that have some.
        const required = requires && spansOf(requires, doc.text);
        if (required?.length === 0) return;
        const all = units(doc, scope);
        for (const u of candidateUnits(all, re.hitStarts(), required)) {
          const unit = all[u];
          if (required && !overlapsAny(required, unit)) continue;
          if (!re.mayMatchIn(unit.start, unit.end)) continue;
          // The whole document is passed as it is, not as a copy, so the regex can use its literal hits.
          const text = scope === 'document' ? doc.text : doc.text.slice(unit.start, unit.end);
          re.lastIndex = 0;
          for (let m = re.execIn(text, unit.start); m; m = re.execIn(text, unit.start)) {
            if (m[0] === '') {
              re.lastIndex++;
              continue;
            }
            const groupText = m[rule.group ?? 0];
            if (groupText === undefined || groupText === '') continue;
            const start = unit.start + m.index + (rule.group ? m[0].indexOf(groupText) : 0);
            const end = start + groupText.length;
            if (!wanted(doc, rule, start) || unless(doc, start)) continue;
            if (rule.removeLine) {
              report({ start, end, suggestions: [''], fix: lineRemovalEdit(doc, start, end) });
            } else if (rule.replace !== undefined) {
              const replacement = expand(rule.replace, m);
              if (replacement !== groupText) report({ start, end, suggestions: [replacement] });
            } else {
              report({ start, end });
            }
          }
        }
      },
    };
  },
};

/**
 * Indexes of the units that can hold a match, in order: those containing a literal hit the
 * pattern needs, else those overlapping a match of the `requires` hint, else all. Visiting
 * only these keeps a rule that fires on a few lines from walking every line of a long file.
 */
function candidateUnits(units: Span[], hits: ArrayLike<number> | undefined, required: Span[] | undefined): number[] {
  const out: number[] = [];
  const add = (u: number) => {
    if (u > (out[out.length - 1] ?? -1)) out.push(u);
  };
  if (hits) {
    // A match holds the whole literal, so its unit contains the hit's start; a hit between units has none.
    for (let k = 0; k < hits.length; k++) {
      const u = findSpanIndex(units, hits[k]);
      if (u !== -1) add(u);
    }
  } else if (required) {
    // A hint match may begin in the gap before a unit (a line break, say) or run over several.
    for (const r of required) {
      for (let u = firstEndingAfter(units, r.start); u !== -1 && u < units.length && units[u].start < r.end; u++) add(u);
    }
  } else {
    for (let u = 0; u < units.length; u++) out.push(u);
  }
  return out;
}

/** Index of the first of sorted `spans` that ends after `offset`, or -1. */
function firstEndingAfter(spans: Span[], offset: number): number {
  const i = firstIndexWhere(spans.length, (k) => spans[k].end > offset);
  return i < spans.length ? i : -1;
}

/** Whether one of the sorted, disjoint `spans` overlaps `unit`. */
function overlapsAny(spans: Span[], unit: Span): boolean {
  const i = firstEndingAfter(spans, unit.start);
  return i !== -1 && spans[i].start < unit.end;
}

/** Where a global pattern matches in `text`, in order. */
function spansOf(re: RuleRegex, text: string): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0] === '') re.lastIndex++;
  }
  return spans;
}

function wanted(doc: Document, rule: PatternRule, start: number): boolean {
  if (rule.notFirstInParagraph) {
    // Only asked for when needed: splitting a long document into sentences is not free.
    const i = doc.sentenceIndexAt(start);
    if (i <= 0 || doc.sentences[i - 1].paragraph !== doc.sentences[i].paragraph) return false;
  }
  if (rule.skipQuoted) {
    const p = doc.paragraphAt(start);
    if (p && insideQuotes(doc.text, p.start, p.end, start)) return false;
  }
  return true;
}

/** Expands $1, $<name> and $$ the way String#replace would, for one match. */
function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\$|\d{1,2}|<([^>]+)>)/g, (_whole, ref: string, name?: string) => {
    if (ref === '$') return '$';
    if (name !== undefined) return m.groups?.[name] ?? '';
    return m[Number(ref)] ?? '';
  });
}
