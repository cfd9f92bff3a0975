import type { RuleKind } from '../kernel/rule-kind';
import { longestLeftmost } from '../kernel/spans';
import { followCase } from '../kernel/text-case';
import type { RuleMeta, Span } from '../kernel/types';

export interface ConsistencyRule extends RuleMeta {
  variants: { name: string; forms: string[] }[];
  caseSensitive?: boolean;
  minimum?: number;
}

interface Tag {
  variant: number;
  form: number;
}

/**
 * Variant spellings of the same thing within one document ("US" and "U.S."; "organise" and
 * "organize"). Forms are parallel across variants: forms[i] of one variant is forms[i] of another.
 */
export const consistency: RuleKind<ConsistencyRule, Tag> = {
  kind: 'consistency',
  summary: 'Variant spellings within one document: the minority forms are flagged and the majority form suggested.',
  schema: {
    properties: {
      variants: {
        type: 'array',
        minItems: 2,
        description: 'The competing variants. On a tie the first-listed variant is preferred (house style).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'forms'],
          properties: {
            name: { type: 'string', minLength: 1 },
            forms: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 }, description: 'Parallel to the other variants\' forms.' },
          },
        },
      },
      caseSensitive: { type: 'boolean', description: 'Default true.' },
      minimum: { type: 'integer', minimum: 1, description: 'Occurrences the majority variant needs before minorities are flagged. Default 1.' },
    },
    required: ['variants'],
  },
  create(rule, ctx) {
    const caseInsensitive = rule.caseSensitive === false;
    const formCount = Math.min(...rule.variants.map((v) => v.forms.length));
    rule.variants.forEach((v, variant) =>
      v.forms.slice(0, formCount).forEach((f, form) => ctx.literal(f, { variant, form }, { caseInsensitive })),
    );
    return {
      check({ doc, hits, report }) {
        const spans = longestLeftmost(hits.map((h) => ({ start: h.start, end: h.end, tag: h.payload })).sort((a, b) => a.start - b.start || b.end - a.end)) as (Span & { tag: Tag })[];
        const counts = rule.variants.map(() => 0);
        for (const s of spans) counts[s.tag.variant]++;
        let majority = 0;
        counts.forEach((c, i) => {
          if (c > counts[majority]) majority = i;
        });
        if (counts[majority] < (rule.minimum ?? 1)) return;
        const preferred = rule.variants[majority];
        for (const s of spans) {
          if (s.tag.variant === majority) continue;
          const matched = doc.source.slice(s.start, s.end);
          const form = preferred.forms[s.tag.form];
          const suggestion = caseInsensitive ? followCase(matched, form) : form;
          if (suggestion === matched) continue;
          report({
            start: s.start,
            end: s.end,
            suggestions: [suggestion],
            data: { majority: preferred.name, count: counts[majority], variant: rule.variants[s.tag.variant].name },
          });
        }
      },
    };
  },
};
