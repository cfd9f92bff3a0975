import { editDistance } from '../kernel/edit-distance';
import { ENTRY_TYPES, type GazetteerEntry, type RuleKind } from '../kernel/rule-kind';
import { longestLeftmost } from '../kernel/spans';
import { WORD_HAS_HYPHEN } from '../kernel/words';
import { SpellingMemo } from '../kernel/spelling-memo';
import type { RuleMeta, Span } from '../kernel/types';

export interface EntityRule extends RuleMeta {
  types?: GazetteerEntry['type'][];
  fuzzy?: boolean;
  /** Entry types whose names fuzzy matching covers. Default: person. */
  fuzzyTypes?: GazetteerEntry['type'][];
  untranslated?: boolean;
}

type Tag =
  | { type: 'wrong'; entry: number; suggestion: string }
  | { type: 'zh'; entry: number; suggestion: string }
  | { type: 'known'; entry: number };

/** Words that, just before a name, say that a person or office is meant. */
const TITLES = new Set([
  'president', 'premier', 'prime', 'minister', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'leader', 'king', 'queen', 'prince', 'emir', 'sheikh', 'general', 'gen', 'commander',
  'chief', 'envoy', 'ambassador', 'mayor', 'governor', 'chairman', 'chairwoman', 'speaker', 'senator', 'director',
  'director-general', 'counterpart', 'sultan', 'ayatollah', 'cleric', 'pm', 'fm',
]);

const entryTypeList = (description: string) => ({ type: 'array', items: { enum: [...ENTRY_TYPES] }, uniqueItems: true, description });

/** Spellings whose near names are remembered across documents, at most. */
const NEAR_NAMES_KEPT = 50_000;

interface FuzzyTarget {
  token: string;
  entry: number;
}

/**
 * Names from the gazetteer: known wrong renderings, untranslated Chinese forms, and near-miss
 * spellings of names that no list foresaw ("Kadimi" for Kadhimi).
 */
export const entity: RuleKind<EntityRule, Tag> = {
  kind: 'entity',
  summary: 'Names of people, places and organisations checked against the gazetteer: known wrong renderings, untranslated Chinese names, and fuzzy near-misses.',
  schema: {
    properties: {
      types: entryTypeList('Gazetteer entry types this rule checks. Default: all.'),
      fuzzy: { type: 'boolean', description: 'Flag capitalised words within a small edit distance of a known name. Default true.' },
      fuzzyTypes: entryTypeList('Entry types fuzzy matching covers. Default ["person"]: place names have too many legitimate near-twins (Antakya, Antalya).'),
      untranslated: { type: 'boolean', description: 'Flag Chinese forms of known names left in the text. Default true.' },
    },
  },
  create(rule, ctx) {
    const entries = ctx.resources.gazetteer;
    const wanted = (e: GazetteerEntry) => !rule.types || rule.types.includes(e.type);
    const knownTokens = new Set<string>();
    const wrongTokens = new Set<string>();
    const buckets = new Map<string, FuzzyTarget[]>();

    entries.forEach((e, index) => {
      const correct = [e.name, ...(e.aliases ?? [])];
      for (const form of correct) {
        ctx.literal(form, { type: 'known', entry: index });
        for (const t of tokens(form)) knownTokens.add(t.toLowerCase());
      }
      if (!wanted(e)) return;
      for (const w of e.wrong ?? []) {
        ctx.literal(w, { type: 'wrong', entry: index, suggestion: closestForm(w, correct) });
        for (const t of tokens(w)) wrongTokens.add(t.toLowerCase());
      }
      if (rule.untranslated !== false) {
        for (const zh of e.zh) ctx.literal(zh, { type: 'zh', entry: index, suggestion: zhSuggestion(zh, e) }, { wholeWord: false });
      }
    });

    if (rule.fuzzy !== false) {
      entries.forEach((e, entry) => {
        if (!wanted(e) || !(rule.fuzzyTypes ?? ['person']).includes(e.type)) return;
        const single = [e.type === 'person' ? lastToken(e.name) : e.name, ...(e.aliases ?? [])].filter((f) => !/\s/.test(f));
        for (const token of new Set(single)) {
          if (token.length < 5 || !/^\p{Lu}\p{Ll}/u.test(token) || ctx.resources.dictionary.has(token.toLowerCase())) continue;
          const key = bucketKey(token);
          const list = buckets.get(key) ?? [];
          if (!list.some((t) => t.token === token)) list.push({ token, entry });
          buckets.set(key, list);
        }
      });
    }

    const maxDistance = (length: number) => (length >= 9 ? 2 : 1);
    const nearNames = new Map<string, FuzzyTarget[]>();
    // The gazetteer does not change between documents: a spelling's near names are found once per run.
    const nearNamesOf = (spelling: string): FuzzyTarget[] => {
      let close = nearNames.get(spelling);
      if (!close) {
        if (nearNames.size >= NEAR_NAMES_KEPT) nearNames.clear();
        close = candidates(spelling, buckets, maxDistance(spelling.length));
        nearNames.set(spelling, close);
      }
      return close;
    };
    // Whether a spelling could be a misspelt name depends on the rule alone: kept across documents.
    const nameShaped = new SpellingMemo(NEAR_NAMES_KEPT);

    return {
      check({ doc, hits, report }) {
        const countriesInDoc = new Set<string>();
        const literalHits = longestLeftmost(hits.map((h) => ({ start: h.start, end: h.end, tag: h.payload })));
        for (const h of hits) if (h.payload.type === 'known') countriesInDoc.add(entries[h.payload.entry].country);
        const covered: Span[] = [];
        for (const h of literalHits) {
          covered.push(h);
          if (h.tag.type === 'known') continue;
          const e = entries[h.tag.entry];
          report({
            start: h.start,
            end: h.end,
            suggestions: [h.tag.suggestion],
            data: { canonical: e.name, role: e.role ?? e.type, reason: h.tag.type === 'zh' ? 'untranslated Chinese name' : 'known mistranslation' },
          });
        }
        if (buckets.size === 0) return;

        const decided = new Map<string, FuzzyTarget[] | null>();
        const text = doc.text;
        const units = doc.units;
        const { starts, ends, flags, count } = doc.words;
        let cursor = 0;
        for (let w = 0; w < count; w++) {
          const wordStart = starts[w];
          const wordEnd = ends[w];
          // Most words start in lower case and hold no hyphen ("pro-Kadimi" does): they cannot be
          // names, and skipping them before anything is built is most of the speed here.
          if (wordEnd - wordStart < 5) continue;
          const first = units[wordStart];
          if (((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) && (flags[w] & WORD_HAS_HYPHEN) === 0) continue;
          // Each part between hyphens on its own ("pro-Kadimi"), without building the word first.
          for (let start = wordStart, cut = wordStart; start <= wordEnd; start = cut + 1) {
            cut = start;
            while (cut < wordEnd && units[cut] !== 0x2d) cut++;
            // Names recur: whether a word could be a misspelt name, with known names near it in
            // spelling, is decided once per spelling and asked again without building the word.
            let nameLike = nameShaped.get(units, start, cut);
            if (nameLike === undefined) {
              const part = text.slice(start, cut);
              const lower = part.toLowerCase();
              nameLike =
                part.length >= 5 &&
                /^\p{Lu}\p{Ll}+$/u.test(part) &&
                !(knownTokens.has(lower) || wrongTokens.has(lower) || ctx.resources.dictionary.has(lower)) &&
                nearNamesOf(part).length > 0;
              nameShaped.set(units, start, cut, part, nameLike);
            }
            if (!nameLike) continue;
            const part = text.slice(start, cut);
            // Words come in text order, so the covered spans are walked with one cursor.
            while (cursor < covered.length && covered[cursor].end <= start) cursor++;
            if (cursor < covered.length && covered[cursor].start < start + part.length) continue;
            let targets = decided.get(part);
            if (targets === undefined) {
              const supported = nearNamesOf(part).filter((t) => titled(text, starts, ends, w) || (part.length >= 7 && countriesInDoc.has(entries[t.entry].country)));
              targets = supported.length ? supported : null;
              decided.set(part, targets);
            }
            if (!targets) continue;
            const e = entries[targets[0].entry];
            report({
              start,
              end: start + part.length,
              suggestions: [...new Set(targets.map((t) => t.token))].slice(0, 3),
              data: { canonical: e.name, role: e.role ?? e.type, reason: `close to the known name ${targets[0].token}` },
            });
          }
        }
      },
    };
  },
};

function tokens(form: string): string[] {
  return form.split(/[\s\-]+/u).filter(Boolean);
}

function lastToken(name: string): string {
  const parts = name.split(/\s+/u);
  return parts[parts.length - 1];
}

function bucketKey(token: string): string {
  return token[0].toLowerCase();
}

function candidates(word: string, buckets: Map<string, FuzzyTarget[]>, max: number): FuzzyTarget[] {
  const list = buckets.get(bucketKey(word)) ?? [];
  let best = max + 1;
  let found: FuzzyTarget[] = [];
  for (const t of list) {
    if (Math.abs(t.token.length - word.length) > max) continue;
    const d = editDistance(word.toLowerCase(), t.token.toLowerCase(), max);
    if (d === 0 || d > max) continue;
    if (d < best) {
      best = d;
      found = [t];
    } else if (d === best) {
      found.push(t);
    }
  }
  return found;
}

/** A title word among the three words before word `w` ("Prime Minister Kadimi"). */
function titled(text: string, starts: Int32Array, ends: Int32Array, w: number): boolean {
  for (let k = Math.max(0, w - 3); k < w; k++) {
    if (TITLES.has(text.slice(starts[k], ends[k]).toLowerCase().replace(/\.$/, ''))) return true;
  }
  return false;
}

/** The correct form with as many words as the wrong one, closest in spelling; else the full name. */
export function closestForm(wrong: string, correct: string[]): string {
  const count = tokens(wrong).length;
  // The canonical name wins whenever it fits; aliases serve shorter references.
  if (tokens(correct[0]).length === count) return correct[0];
  const same = correct.filter((c) => tokens(c).length === count);
  const pool = same.length ? same : [correct[0]];
  let best = pool[0];
  let bestD = Infinity;
  for (const c of pool) {
    const d = editDistance(wrong.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** A Chinese surname alone ("卡迪米") becomes the English surname; a full form the full name. */
function zhSuggestion(zh: string, e: GazetteerEntry): string {
  if (e.type !== 'person' || /[·•・]/u.test(zh)) return e.name;
  const alias = (e.aliases ?? []).find((a) => !/\s/u.test(a));
  return alias ?? e.name;
}
