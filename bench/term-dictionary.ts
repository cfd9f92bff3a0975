import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Random } from './random';

export interface TermEntry {
  /** The wrong rendering, as MT produces it. */
  wrong: string;
  /** The house spelling that replaces it. */
  right: string;
}

/** Dictionary sizes the benchmark builds; 5,000 is the size the throughput target names. */
export const DICTIONARY_SIZES = [100, 1_000, 5_000, 10_000] as const;

/** Only these first entries are injected into the corpus, so every dictionary finds the same errors. */
export const INJECTED_ENTRIES = 100;

const SYLLABLES = [
  'ka', 'di', 'mi', 'ba', 'ra', 'so', 'le', 'ma', 'ni', 'ha', 'za', 'qu', 'to', 'vel', 'mar', 'tun', 'shi', 'ro',
  'ga', 'lo', 'ne', 'pa', 'ti', 'su', 'yo', 'fe', 'du', 'ki', 'wa', 'be', 'no', 'ri', 'ja', 'mo', 'se', 'hu',
  'an', 'el', 'or', 'ib', 'zu', 'kha', 'dar', 'sel', 'mun', 'tai', 'wen', 'jun', 'qi', 'xu',
];

function word(rng: Random, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += rng.pick(SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

let cached: TermEntry[] | undefined;

/**
 * Transliteration-like names ("Kadimi" for Kadhimi): a two-word wrong form and its right
 * spelling. Every entry starts and ends with an ASCII letter, no wrong form contains another
 * or any right form, so mtlint's whole-word literals and prh's `\b…\b` patterns agree exactly.
 */
export function termEntries(count: number): TermEntry[] {
  const max = DICTIONARY_SIZES[DICTIONARY_SIZES.length - 1];
  if (count > max) throw new Error(`at most ${max} dictionary entries`);
  if (!cached) {
    const rng = new Random(0x7e12a);
    const wrongs = new Set<string>();
    const entries: TermEntry[] = [];
    while (entries.length < max) {
      const given = word(rng, 2);
      const surname = word(rng, 3);
      const wrong = `${given} ${surname}`;
      // The right form adds the "h" that transliteration from Chinese loses (Kadimi → Kadhimi).
      const right = `${given} ${surname.slice(0, 2)}h${surname.slice(2)}`;
      if (wrongs.has(wrong) || wrongs.has(right)) continue;
      wrongs.add(wrong);
      entries.push({ wrong, right });
    }
    const rights = new Set(entries.map((e) => e.right));
    cached = entries.filter((e) => !rights.has(e.wrong));
    if (cached.length < max) throw new Error('term generator produced too few distinct entries');
  }
  return cached.slice(0, count);
}

export interface DictionaryFiles {
  size: number;
  /** mtlint pack: one `term` rule. */
  pack: string;
  /** prh YAML with the same entries. */
  prhYaml: string;
  /** textlint configuration enabling prh with that YAML (named relative to the configuration's folder). */
  textlintrc: string;
}

/** A mtlint pack with one case-sensitive `term` rule holding every entry. */
export function mtlintPack(entries: TermEntry[]): object {
  const first = entries[0];
  return {
    name: `bench-terms-${entries.length}`,
    description: `Benchmark dictionary of ${entries.length} generated name spellings.`,
    language: 'en',
    rules: [
      {
        id: 'bench/terms',
        kind: 'term',
        severity: 'error',
        category: 'terminology',
        message: 'Use "{suggestion}", not "{match}".',
        description: 'Generated house spellings of transliterated names, for the benchmark.',
        // prh patterns are case-sensitive literals.
        caseSensitive: true,
        terms: entries.map((e) => ({ match: [e.wrong], replace: e.right })),
        examples: {
          bad: [{ text: `Officials met [[${first.wrong}]] on Monday.`, suggestions: [first.right] }],
          good: [`Officials met ${first.right} on Monday.`],
        },
      },
    ],
  };
}

/**
 * prh rules with `wordBoundary` so that, like mtlint literals, a term never matches inside a
 * longer word. JSON strings are valid YAML scalars, so every value is written with JSON.stringify.
 */
export function prhYaml(entries: TermEntry[]): string {
  const lines = ['version: 1', 'rules:'];
  for (const e of entries) {
    lines.push(`  - expected: ${JSON.stringify(e.right)}`, '    patterns:', `      - ${JSON.stringify(e.wrong)}`, '    options:', '      wordBoundary: true');
  }
  return lines.join('\n') + '\n';
}

/** Writes the pack, the prh YAML and a .textlintrc for one dictionary size. */
export function writeDictionary(dir: string, size: number): DictionaryFiles {
  mkdirSync(dir, { recursive: true });
  const entries = termEntries(size);
  const files: DictionaryFiles = {
    size,
    pack: join(dir, `terms-${size}.json`),
    prhYaml: join(dir, `prh-${size}.yml`),
    textlintrc: join(dir, `textlintrc-${size}.json`),
  };
  writeFileSync(files.pack, JSON.stringify(mtlintPack(entries), null, 1) + '\n');
  writeFileSync(files.prhYaml, prhYaml(entries));
  writeFileSync(files.textlintrc, JSON.stringify({ rules: { prh: { rulePaths: [basename(files.prhYaml)] } } }, null, 2) + '\n');
  return files;
}
