import { LiteralMatcher } from '../../src/kernel/literal-matcher';
import { PrefilteredRegex } from '../../src/kernel/regex-prefilter';
import { requiredLiterals } from '../../src/regex/required-literals';
import type { MicroCase } from './harness';

/** A term pattern of the kind the terminology pack holds: a lookbehind, then a rare literal. */
const TERM = "(?<=(?:U\\.S\\.|US|American|United States) (?:Defen[cs]e|Commerce|Energy|Labou?r) )Ministry";

function allMatches(regex: { lastIndex: number; exec(t: string): RegExpExecArray | null }, text: string): number {
  let n = 0;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) n++;
  return n;
}

/** One term pattern run over the whole text, and run only where the literal pass found "Ministry". */
export function prefilterCases(text: string): MicroCase[] {
  const chars = { amount: text.length, unit: 'chars' as const };
  const plain = new RegExp(TERM, 'gu');
  const needs = requiredLiterals(TERM, 'g')!;
  const filtered = new PrefilteredRegex(new RegExp(TERM, 'gu'), true, () => new RegExp(TERM, 'uy'));
  const matcher = new LiteralMatcher<{ minPre: number; maxPre: number }>();
  for (const l of needs.literals) matcher.add(l.text, l, needs.caseInsensitive);
  // The literal pass is shared by every rule of every pack; what one more pattern costs is its own part.
  const hits: [number, number, number, number][] = [];
  matcher.scan(text, (start, end, l) => hits.push([start, end, l.minPre, l.maxPre]));
  return [
    { name: 'regex: term pattern scanning the whole text', work: chars, run: () => allMatches(plain, text) },
    {
      name: 'regex: same pattern, prefiltered (its share, given the literal pass)',
      work: chars,
      run: () => {
        filtered.reset(text);
        for (const [start, end, minPre, maxPre] of hits) filtered.addHit(start, end, minPre, maxPre);
        return allMatches(filtered, text);
      },
    },
  ];
}
