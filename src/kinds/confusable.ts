import type { Document } from '../kernel/document';
import { RuleError, type RuleKind } from '../kernel/rule-kind';
import { longestLeftmost, lowerBound } from '../kernel/spans';
import type { RuleMeta, Span } from '../kernel/types';

export interface Alternative {
  name: string;
  countries?: string[];
  forms: string[];
  cues?: string[];
}

export interface ConfusableRule extends RuleMeta {
  alternatives: Alternative[];
  /** Evidence the other alternative needs across the document before a mention is flagged. */
  documentMinimum?: number;
  /** How many times the evidence for the other alternative must outweigh this one's, document-wide. */
  documentRatio?: number;
  /** Judge only hyphenated compounds ("China-Pakistan"), where the abbreviation was ambiguous. */
  compoundsOnly?: boolean;
}

type Tag = { type: 'mention'; alt: number; form: number } | { type: 'cue'; alt: number; person?: boolean };

interface Evidence extends Span {
  alt: number;
  label: string;
  mention: boolean;
  person?: boolean;
}

interface Mention extends Span {
  alt: number;
  form: number;
  /** The form itself, inside a hyphenated compound such as "U.S.-Iran". */
  formStart: number;
  formEnd: number;
}

/** A capitalised word or abbreviation joined by a hyphen: "US-", "U.S.-", "Sino-". */
const PREFIX = /(?:\p{Lu}[\p{L}.]*|\p{Lu}(?:\.\p{Lu})+\.)-$/u;
const SUFFIX = /^-\p{Lu}[\p{L}.]*/u;

/**
 * Names that MT confuses because one Chinese character abbreviates both (伊: Iraq or Iran).
 * A mention is flagged only when nothing near it supports it and the evidence for another
 * alternative is clear, searched nearest first: sentence, paragraph, document.
 */
export const confusable: RuleKind<ConfusableRule, Tag> = {
  kind: 'confusable',
  summary: 'Alternatives MT confuses (Iraq/Iran); a mention the context does not support is mapped, form for form, onto the one it does.',
  schema: {
    properties: {
      alternatives: {
        type: 'array',
        minItems: 2,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'forms'],
          properties: {
            name: { type: 'string', minLength: 1 },
            countries: {
              type: 'array',
              items: { type: 'string', pattern: '^[A-Z]{2,3}$' },
              description: 'ISO codes; every gazetteer entry of these countries is a context cue.',
            },
            forms: {
              type: 'array',
              minItems: 1,
              items: { type: 'string', minLength: 1 },
              description: 'Forms that name this alternative (Iraq, Iraqi, Iraqis). Parallel across alternatives.',
            },
            cues: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Extra words or names that point to this alternative.' },
          },
        },
      },
      documentMinimum: { type: 'number', exclusiveMinimum: 0, description: 'Default 3.' },
      documentRatio: { type: 'number', minimum: 1, description: 'Default 2.' },
      compoundsOnly: { type: 'boolean', description: 'Judge only hyphenated compounds such as "China-Pakistan" (中巴 can also mean China-Brazil).' },
    },
    required: ['alternatives'],
  },
  create(rule, ctx) {
    const alts = rule.alternatives;
    const formCount = alts[0].forms.length;
    alts.forEach((a, i) => {
      if (a.forms.length !== formCount) {
        throw new RuleError(rule.id, `alternatives[${i}].forms`, `alternatives[${i}].forms has ${a.forms.length} forms but alternatives[0] has ${formCount}; forms must be parallel`);
      }
    });
    alts.forEach((a, alt) => {
      a.forms.forEach((f, form) => ctx.literal(f, { type: 'mention', alt, form }));
      for (const cue of a.cues ?? []) ctx.literal(cue, { type: 'cue', alt });
    });
    const countryAlt = new Map<string, number>();
    alts.forEach((a, alt) => (a.countries ?? []).forEach((c) => countryAlt.set(c, alt)));
    for (const e of ctx.resources.gazetteer) {
      const alt = countryAlt.get(e.country);
      if (alt === undefined || e.type === 'country') continue;
      for (const form of [e.name, ...(e.aliases ?? [])]) ctx.literal(form, { type: 'cue', alt, person: e.type === 'person' });
    }
    const docMinimum = rule.documentMinimum ?? 3;
    const docRatio = rule.documentRatio ?? 2;

    return {
      check({ doc, hits, report }) {
        const mentions: Mention[] = [];
        const cueHits: Evidence[] = [];
        for (const h of longestLeftmost(hits)) {
          const tag = h.payload;
          if (tag.type === 'mention') mentions.push(extend(doc.text, { start: h.start, end: h.end, alt: tag.alt, form: tag.form, formStart: h.start, formEnd: h.end }));
          else cueHits.push({ start: h.start, end: h.end, alt: tag.alt, label: doc.text.slice(h.start, h.end), mention: false, person: tag.person });
        }
        const evidence = new EvidenceIndex(
          [...cueHits, ...mentions.map((m) => ({ start: m.formStart, end: m.formEnd, alt: m.alt, label: alts[m.alt].forms[m.form], mention: true }))],
          alts.length,
        );
        const mentionStarts = mentions.map((m) => m.start);

        for (const m of mentions) {
          if (rule.compoundsOnly && m.start === m.formStart && m.end === m.formEnd) continue;
          if (compoundOfAlternatives(doc.text, m, alts)) continue;
          // "Iran-backed", "Iranian-led": a deliberate construction, not an abbreviation.
          if (/^-\p{Ll}/u.test(doc.text.slice(m.formEnd, m.formEnd + 2))) continue;
          const compound = m.start !== m.formStart || m.end !== m.formEnd;
          const own = new Set(evidence.overlapping(m));
          let verdict = compound ? undefined : titledPerson(doc.text, m, evidence);
          if (!verdict) {
            // The counts over the whole article decide most mentions at once, so they come first;
            // every test below can only clear a mention.
            const best = favoured(m, compound, evidence, own, docMinimum, docRatio);
            if (best === -1) continue;
            const sentence = doc.sentenceAt(m.formStart) ?? { start: m.start, end: m.end };
            // Two alternatives named apart in one sentence were told apart in the source too;
            // a pair such as "China-Palestine" was not, wherever else Pakistan is named.
            if (!compound && mentionsWithin(mentions, mentionStarts, sentence).some((o) => o !== m && o.alt !== m.alt)) continue;
            // "exports to Indonesia, Vietnam and Malaysia": a country in a list is named on purpose.
            if (!compound && inList(doc.text, m)) continue;
            verdict = judge(doc, m, sentence, evidence, own, best);
          }
          if (!verdict) continue;
          const suggestion =
            doc.source.slice(m.start, m.formStart) + alts[verdict.alt].forms[m.form] + doc.source.slice(m.formEnd, m.end);
          report({
            start: m.start,
            end: m.end,
            suggestions: [suggestion],
            data: {
              alternative: alts[verdict.alt].name,
              reason:
                verdict.scope === 'title'
                  ? `${verdict.summary} holds office in ${alts[verdict.alt].name}, not ${alts[m.alt].name}`
                  : `${verdict.scope} context points to ${alts[verdict.alt].name} (${verdict.summary}); no ${alts[m.alt].name} cues nearby`,
            },
          });
        }
      },
    };
  },
};

/** Office words between a country adjective and a name: "Austrian Prime Minister Albanese". */
const TITLE_RUN = /^\s+(?:(?:[Pp]resident|[Pp]rime|[Mm]inister|[Pp]remier|[Cc]hancellor|[Ff]oreign|[Dd]efen[cs]e|[Ss]upreme|[Ll]eader|[Cc]hief|[Vv]ice|[Dd]eputy|[Ss]ecretary|[Ss]pokes(?:man|woman|person)|King|Emir|Crown|Prince|General|Gen\.)\s+){1,4}$/u;

/**
 * "Austrian Prime Minister Albanese": an office held by a known person of another alternative
 * settles the question, whatever else the article says.
 */
function titledPerson(text: string, m: Mention, evidence: EvidenceIndex): Verdict | undefined {
  const next = evidence
    .startingIn(m.formEnd + 1, m.formEnd + 60)
    .find((e) => e.person && e.alt !== m.alt && TITLE_RUN.test(text.slice(m.formEnd, e.start)));
  return next ? { alt: next.alt, scope: 'title', summary: next.label } : undefined;
}

function inList(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 40);
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return /^\s*(?:,|and|or)\s+(?:the\s+)?\p{Lu}/u.test(after) || /\p{Lu}[\p{L}.]*\s*(?:,|and|or)\s+(?:the\s+)?$/u.test(before);
}

function extend(text: string, m: Mention): Mention {
  const before = PREFIX.exec(text.slice(Math.max(0, m.start - 12), m.start));
  const after = SUFFIX.exec(text.slice(m.end, m.end + 24));
  return {
    ...m,
    start: before ? m.start - before[0].length : m.start,
    end: after ? m.end + after[0].length : m.end,
  };
}

/** "Iran-Iraq war": a compound of two alternatives is a legitimate pairing, not a confusion. */
function compoundOfAlternatives(text: string, m: Mention, alts: Alternative[]): boolean {
  const rest = text.slice(m.start, m.formStart) + text.slice(m.formEnd, m.end);
  const words = rest.split('-').filter(Boolean);
  return words.some((w) => alts.some((a, i) => i !== m.alt && a.forms.includes(w)));
}

interface Verdict {
  alt: number;
  scope: string;
  summary: string;
}

/**
 * The alternative the article as a whole clearly favours over the mention's own, or -1: the
 * evidence for it must reach `docMinimum` and `docRatio` times that for the mention's own, and a
 * plain mention is kept in an article that really discusses its own alternative too.
 */
function favoured(m: Mention, compound: boolean, evidence: EvidenceIndex, own: Set<Evidence>, docMinimum: number, docRatio: number): number {
  const weight = evidence.totals.slice();
  for (const e of own) weight[e.alt] -= 1;
  let best = -1;
  weight.forEach((w, i) => {
    if (i !== m.alt && w > 0 && (best === -1 || w > weight[best])) best = i;
  });
  if (best === -1) return -1;
  if (weight[best] < docMinimum || weight[best] < docRatio * weight[m.alt]) return -1;
  if (!compound && weight[m.alt] >= docMinimum) return -1;
  return best;
}

/** Where the article favours `best`, whether the mention's surroundings bear it out. */
function judge(doc: Document, m: Mention, sentence: Span, evidence: EvidenceIndex, own: Set<Evidence>, best: number): Verdict | undefined {
  const paragraph = doc.paragraphAt(m.formStart) ?? sentence;
  const near = (span: Span) => evidence.within(span).filter((e) => !own.has(e));
  // Anything nearby that names or points to the mention's own alternative settles it.
  if (near(paragraph).some((e) => e.alt === m.alt)) return undefined;
  const compound = m.start !== m.formStart || m.end !== m.formEnd;
  for (const [name, span] of [['sentence', sentence], ['paragraph', paragraph]] as const) {
    const local = near(span).filter((e) => e.alt === best && !e.mention);
    if (local.length) return { alt: best, scope: name, summary: summarise(local) };
  }
  // ...and a plain mention also needs a cue nearby: confusions come mostly from pairs such as
  // 美伊 ("US-Iran"), while a lone "Iran" in an Iraq story is often meant.
  if (!compound) return undefined;
  return { alt: best, scope: 'article', summary: evidence.summary(best) };
}

/** Evidence sorted by position, so that each mention looks only at its own sentence and paragraph. */
class EvidenceIndex {
  readonly items: Evidence[];
  private readonly starts: number[];
  readonly totals: number[];
  private readonly summaries = new Map<number, string>();
  private readonly longest: number;

  constructor(items: Evidence[], altCount: number) {
    this.items = items.sort((a, b) => a.start - b.start || a.end - b.end);
    this.starts = this.items.map((e) => e.start);
    this.totals = new Array<number>(altCount).fill(0);
    for (const e of this.items) this.totals[e.alt] += 1;
    this.longest = this.items.reduce((n, e) => Math.max(n, e.end - e.start), 0);
  }

  /** Items that start in [from, to). */
  startingIn(from: number, to: number): Evidence[] {
    const out: Evidence[] = [];
    for (let i = lowerBound(this.starts, from); i < this.items.length && this.items[i].start < to; i++) out.push(this.items[i]);
    return out;
  }

  within(span: Span): Evidence[] {
    return this.startingIn(span.start, span.end).filter((e) => e.end <= span.end);
  }

  overlapping(span: Span): Evidence[] {
    return this.startingIn(span.start - this.longest, span.end).filter((e) => e.start < span.end && span.start < e.end);
  }

  summary(alt: number): string {
    let s = this.summaries.get(alt);
    if (s === undefined) {
      s = summarise(this.items.filter((e) => e.alt === alt));
      this.summaries.set(alt, s);
    }
    return s;
  }
}


function mentionsWithin(mentions: Mention[], starts: number[], span: Span): Mention[] {
  const out: Mention[] = [];
  for (let i = lowerBound(starts, span.start); i < mentions.length && mentions[i].start < span.end; i++) {
    if (mentions[i].end <= span.end) out.push(mentions[i]);
  }
  return out;
}

/** "Iraq ×10, Iraqi ×5, Baghdad": the evidence an editor can check, most frequent first. */
function summarise(evidence: Evidence[]): string {
  const counts = new Map<string, number>();
  for (const e of evidence) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([label, n]) => (n > 1 ? `${label} ×${n}` : label))
    .join(', ');
}
