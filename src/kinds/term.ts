import type { RuleKind } from '../kernel/rule-kind';
import type { TextRegex } from '../kernel/text-regex';
import { longestLeftmost } from '../kernel/spans';
import { followCase } from '../kernel/text-case';
import type { RuleMeta, Span } from '../kernel/types';
import { atWordBoundaries } from '../kernel/words';
import { compileUnless, unlessSchema } from './common';

export interface TermEntry {
  match: (string | { regex: string })[];
  replace: string | string[];
  unless?: string[];
}

export interface TermRule extends RuleMeta {
  terms: TermEntry[];
  caseSensitive?: boolean;
  unless?: string[];
}

interface Hit extends Span {
  term: number;
}

/** Wrong terms mapped to the right ones: a dictionary, matched in one pass with all other literals. */
export const term: RuleKind<TermRule, number> = {
  kind: 'term',
  summary: 'Literal or regex terms mapped to their correct replacement(s), e.g. "Quds Brigade" → "Quds Force".',
  schema: {
    properties: {
      terms: {
        type: 'array',
        minItems: 1,
        description: 'Each entry lists wrong forms (`match`) and the replacement(s) to suggest (`replace`).',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['match', 'replace'],
          properties: {
            match: {
              type: 'array',
              minItems: 1,
              items: {
                anyOf: [
                  { type: 'string', minLength: 1, description: 'A literal, matched as whole words.' },
                  {
                    type: 'object',
                    additionalProperties: false,
                    required: ['regex'],
                    properties: { regex: { type: 'string', minLength: 1, description: 'A regular expression, matched as whole words.' } },
                  },
                ],
              },
            },
            replace: {
              anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
              description: 'The correct form; several for a choice, best first. "" deletes.',
            },
            unless: unlessSchema,
          },
        },
      },
      caseSensitive: { type: 'boolean', description: 'Match case exactly. Default false: matching ignores case and replacements follow it.' },
      unless: unlessSchema,
    },
    required: ['terms'],
  },
  create(rule, ctx) {
    const caseInsensitive = !rule.caseSensitive;
    const regexes: { re: TextRegex; term: number }[] = [];
    rule.terms.forEach((entry, t) => {
      entry.match.forEach((m, k) => {
        if (typeof m === 'string') ctx.literal(m, t, { caseInsensitive });
        else regexes.push({ re: ctx.regex(m.regex, caseInsensitive ? 'gi' : 'g', `terms[${t}].match[${k}].regex`), term: t });
      });
    });
    const ruleUnless = compileUnless(ctx, rule.unless, 'unless');
    const termUnless = rule.terms.map((entry, t) => compileUnless(ctx, entry.unless, `terms[${t}].unless`));

    return {
      check({ doc, hits, report }) {
        const all: Hit[] = hits.map((h) => ({ start: h.start, end: h.end, term: h.payload }));
        for (const { re, term: t } of regexes) {
          re.lastIndex = 0;
          for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
            const end = m.index + m[0].length;
            // Whole words are checked here rather than with lookarounds in the pattern: Unicode
            // property classes under the i flag make V8 regex compilation slow at start-up.
            if (m[0] === '' || !atWordBoundaries(doc.text, m.index, end)) re.lastIndex = m.index + 1;
            else all.push({ start: m.index, end, term: t });
          }
        }
        all.sort((a, b) => a.start - b.start || b.end - a.end);
        for (const hit of longestLeftmost(all)) {
          const entry = rule.terms[hit.term];
          const matched = doc.source.slice(hit.start, hit.end);
          const replacements = (Array.isArray(entry.replace) ? entry.replace : [entry.replace]).map((r) =>
            caseInsensitive ? followCase(matched, r) : r,
          );
          // "Revolutionary Guard" must not fire inside the already-correct "Revolutionary Guard Corps".
          if (replacements.some((r) => r !== '' && alreadyCorrect(doc.text, hit, r, caseInsensitive))) continue;
          if (ruleUnless(doc, hit.start) || termUnless[hit.term](doc, hit.start)) continue;
          report({ start: hit.start, end: hit.end, suggestions: replacements });
        }
      },
    };
  },
};

function alreadyCorrect(text: string, hit: Span, replacement: string, caseInsensitive: boolean): boolean {
  const norm = (s: string) => (caseInsensitive ? s.toLowerCase() : s);
  const r = norm(replacement);
  const matched = norm(text.slice(hit.start, hit.end));
  if (r === matched) return true;
  const at = r.indexOf(matched);
  if (at === -1) return false;
  return norm(text.slice(hit.start - at, hit.start - at + r.length)) === r;
}
