import { LiteralMatcher } from '../../src/kernel/literal-matcher';
import type { GazetteerEntry } from '../../src/kernel/rule-kind';
import { termEntries } from '../term-dictionary';
import type { MicroCase } from './harness';

function countHits<T>(matcher: LiteralMatcher<T>, text: string): number {
  let n = 0;
  matcher.scan(text, () => n++);
  return n;
}

/** The literals the bundled name rules register: every name, alias, wrong form and Chinese form. */
function gazetteerMatcher(gazetteer: GazetteerEntry[]): LiteralMatcher<number> {
  const m = new LiteralMatcher<number>();
  gazetteer.forEach((e, i) => {
    for (const form of [e.name, ...(e.aliases ?? []), ...(e.wrong ?? []), ...e.zh]) m.add(form, i);
  });
  m.compile();
  return m;
}

function dictionaryMatcher(size: number, caseInsensitive: boolean): LiteralMatcher<number> {
  const m = new LiteralMatcher<number>();
  termEntries(size).forEach((e, i) => m.add(e.wrong, i, caseInsensitive));
  m.compile();
  return m;
}

export function literalMatcherCases(text: string, gazetteer: GazetteerEntry[]): MicroCase[] {
  const chars = { amount: text.length, unit: 'chars' as const };
  const gaz = gazetteerMatcher(gazetteer);
  const cases: MicroCase[] = [{ name: `scan: gazetteer literals (${gaz.size})`, work: chars, run: () => countHits(gaz, text) }];
  for (const size of [100, 1_000, 10_000]) {
    const m = dictionaryMatcher(size, false);
    cases.push({ name: `scan: ${size} terms, case-sensitive`, work: chars, run: () => countHits(m, text) });
  }
  const folded = dictionaryMatcher(10_000, true);
  cases.push({ name: 'scan: 10000 terms, ignoring case', work: chars, run: () => countHits(folded, text) });
  cases.push({ name: 'compile: 10000 terms', work: { amount: 10_000, unit: 'ops' }, run: () => dictionaryMatcher(10_000, false).size });
  return cases;
}
