import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RegexFacts } from '../regex/required-literals';
import { cacheDir, writeCacheFile } from './cache-dir';
import { packageRoot, packageVersion } from './package-root';

/**
 * Remembers what the regex analysis found for each pattern, so that start-up neither parses
 * the bundled packs' few hundred patterns again nor compiles them to check for empty matches.
 * Keyed on the pattern and flags; the file is named after the mtlint version and the analysis
 * code itself, so a changed analysis starts afresh. Any problem with the cache only costs the
 * analysis.
 */
const MAX_ENTRIES = 20_000;

export class RegexFactsCache {
  private file?: string;
  private knownCache?: Record<string, RegexFacts | null>;
  private dirty = false;

  constructor(private readonly dir = cacheDir()) {}

  /** Read on the first lookup: a run whose packs have no patterns never opens the file. */
  private get known(): Record<string, RegexFacts | null> {
    if (this.knownCache) return this.knownCache;
    this.file = join(this.dir, `regex-facts-${packageVersion()}-${analysisStamp()}.json`);
    try {
      this.knownCache = JSON.parse(readFileSync(this.file, 'utf8'), (_key, value) => (value === 'Infinity' ? Infinity : value));
    } catch {
      // Missing or unreadable: the analysis just runs again.
    }
    this.knownCache ??= {};
    return this.knownCache;
  }

  /** `minBits`: how rare the required literals must be (see `regexFacts`); the default when undefined. */
  get(source: string, flags: string, minBits?: number): RegexFacts | undefined {
    const key = `${minBits ?? ''}/${flags}/${source}`;
    const known = this.known;
    let facts = known[key];
    if (facts === undefined) {
      // Loaded only on a miss: with a warm cache, start-up never loads the regex parser.
      const { regexFacts } = require('../regex/required-literals') as typeof import('../regex/required-literals');
      facts = regexFacts(source, flags, minBits) ?? null;
      known[key] = facts;
      this.dirty = true;
    }
    return facts ?? undefined;
  }

  save(): void {
    if (!this.dirty || !this.file) return;
    // Bounded, in case many custom packs pass through one machine: the newest entries stay.
    const entries = Object.entries(this.known).slice(-MAX_ENTRIES);
    const json = JSON.stringify(Object.fromEntries(entries), (_key, value) => (value === Infinity ? 'Infinity' : value));
    // Files left by other versions of mtlint or of the analysis are of no further use.
    if (writeCacheFile(this.file, json, 'regex-facts-')) this.dirty = false;
  }
}

/**
 * Changes whenever the analysis code does (a rebuild during development, an upgrade): the
 * analysis module's file. The single-file bundle, built from the compiled modules, stamps with
 * the same compiled file, so that it and the modules share one cache.
 */
function analysisStamp(): string {
  const candidates = [
    () => require.resolve('../regex/required-literals'),
    () => join(packageRoot(), 'dist/src/regex/required-literals.js'),
    () => __filename,
  ];
  for (const file of candidates) {
    try {
      const stat = statSync(file());
      return `${stat.size.toString(36)}${Math.round(stat.mtimeMs).toString(36)}`;
    } catch {
      // Try the next.
    }
  }
  return 'x';
}
