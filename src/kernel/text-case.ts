/**
 * Makes a replacement follow the case of the text it replaces where that is meaningful: only
 * when the replacement is written in lower case (a common word). Proper nouns keep their case.
 */
export function followCase(matched: string, replacement: string): string {
  if (replacement === '' || replacement !== replacement.toLowerCase()) return replacement;
  if (matched.length > 1 && matched === matched.toUpperCase() && matched !== matched.toLowerCase()) return replacement.toUpperCase();
  const first = matched[0];
  if (first && first !== first.toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
