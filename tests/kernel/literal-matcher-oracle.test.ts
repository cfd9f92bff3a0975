import fc from 'fast-check';
import { foldCase } from '../../src/kernel/case-fold';
import { LiteralMatcher, type LiteralMatcherOptions } from '../../src/kernel/literal-matcher';

/** Every occurrence of every pattern, found one by one with indexOf: what the automaton must report. */
function naive(patterns: { text: string; ci: boolean }[], text: string): string[] {
  const hits: string[] = [];
  const folded = foldCase(text);
  patterns.forEach((p, id) => {
    if (!p.text) return;
    const haystack = p.ci ? folded : text;
    const needle = p.ci ? foldCase(p.text) : p.text;
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) hits.push(`${id}@${i}-${i + needle.length}`);
  });
  return hits.sort();
}

function automaton(patterns: { text: string; ci: boolean }[], text: string, options: LiteralMatcherOptions = {}): string[] {
  const m = new LiteralMatcher<number>(options);
  patterns.forEach((p, id) => m.add(p.text, id, p.ci));
  const hits: string[] = [];
  m.scan(text, (start, end, payload) => hits.push(`${payload}@${start}-${end}`));
  return hits.sort();
}

// A small alphabet makes shared prefixes, overlaps and failure transitions common.
const unit = fc.constantFrom('a', 'b', 'A', 'B', ' ', 'İ', '卡', '😀');
const pattern = fc.record({ text: fc.string({ unit, minLength: 0, maxLength: 5 }), ci: fc.boolean() });

// Small automata get a full transition table; `tableLimit: 0` forces the failure-link walk big ones use.
// The automaton alone: block skipping would take over where every pattern is long.
describe.each([
  ['full transition table', { tableFrom: 0, skipScan: 'never' }],
  ['table for common code units, failure links for rare ones', { tableFrom: 0, rareOutsideTable: true, skipScan: 'never' }],
  ['table built on the first long text', { tableFrom: 30, skipScan: 'never' }],
  ['failure links', { tableLimit: 0, skipScan: 'never' }],
] as [string, LiteralMatcherOptions][])('LiteralMatcher (%s) against a naive search', (_name, options) => {
  it('reports exactly the occurrences indexOf finds, overlapping and case-folded ones included', () => {
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 12 }), fc.string({ unit, maxLength: 60 }), (patterns, text) => {
        expect(automaton(patterns, text, options)).toEqual(naive(patterns, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports exactly the same on texts long enough to be walked as two halves at once', () => {
    // The halves meet in the middle, where the second walk takes over; hits across it, rare
    // code units on either side and hits the second walk logs while it catches up must all come out right.
    const long = fc.array(fc.string({ unit, maxLength: 80 }), { minLength: 250, maxLength: 400 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 8 }), long, (patterns, text) => {
        expect(automaton(patterns, text, options)).toEqual(naive(patterns, text));
      }),
      { numRuns: 40 },
    );
    // The same pieces at every offset around the middle of an 18,000-unit text.
    const patterns = [{ text: 'ab A', ci: true }, { text: '卡b', ci: false }, { text: 'b😀ab', ci: false }];
    const pieces = 'ab ab A卡b😀ab';
    for (let at = 9000 - pieces.length - 2; at <= 9002; at++) {
      const text = 'a'.repeat(at) + pieces + ' '.repeat(18000 - at - pieces.length);
      expect(automaton(patterns, text, options)).toEqual(naive(patterns, text));
    }
  });

  it('reports a node with many children (binary-searched edges) correctly', () => {
    const patterns = Array.from({ length: 40 }, (_, i) => ({ text: `x${String.fromCharCode(0x41 + i)}y`, ci: false }));
    const text = patterns.map((p) => p.text).join(' ') + ' xZy xAy';
    expect(automaton(patterns, text, options)).toEqual(naive(patterns, text));
  });
});

/** Hits in the order they are delivered, not sorted. */
function delivered(patterns: { text: string; ci: boolean }[], text: string, options: LiteralMatcherOptions): string[] {
  const m = new LiteralMatcher<number>(options);
  patterns.forEach((p, id) => m.add(p.text, id, p.ci));
  const hits: string[] = [];
  m.scan(text, (start, end, payload) => hits.push(`${payload}@${start}-${end}`));
  return hits;
}

describe('LiteralMatcher with block skipping (literals of five code units or more)', () => {
  const longPattern = fc.record({ text: fc.string({ unit, minLength: 5, maxLength: 9 }), ci: fc.boolean() });

  it('reports exactly the occurrences indexOf finds, in the order the automaton delivers them', () => {
    fc.assert(
      fc.property(fc.array(longPattern, { minLength: 1, maxLength: 10 }), fc.string({ unit, maxLength: 200 }), (patterns, text) => {
        const skipped = delivered(patterns, text, { skipScan: 'always' });
        expect([...skipped].sort()).toEqual(naive(patterns, text));
        expect(skipped).toEqual(delivered(patterns, text, { skipScan: 'never' }));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds literals planted in a text, repeated, nested and overlapping, whatever their code units', () => {
    // More distinct code units than the block hash has codes for, so that codes are shared.
    const wide = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ 0123456789卡迪米İı'.split(''));
    const literal = fc.string({ unit: wide, minLength: 5, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(literal, { minLength: 1, maxLength: 8 }), fc.array(fc.string({ unit: wide, maxLength: 12 }), { maxLength: 30 }), fc.boolean(), (literals, fillers, ci) => {
        // Each literal twice, once with its first unit dropped after it, so occurrences overlap.
        const text = fillers.map((f, k) => f + literals[k % literals.length] + literals[k % literals.length].slice(1)).join('');
        const patterns = [...literals, literals[0] + literals[0], literals[0].slice(0, 5)].map((t) => ({ text: t, ci }));
        const skipped = delivered(patterns, text, { skipScan: 'always' });
        expect([...skipped].sort()).toEqual(naive(patterns, text));
        expect(skipped).toEqual(delivered(patterns, text, { skipScan: 'never' }));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the same among thousands of literals, where blocks of four code units are hashed', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz -'.split(''));
    const literal = fc.string({ unit: letters, minLength: 9, maxLength: 13 });
    fc.assert(
      fc.property(fc.uniqueArray(literal, { minLength: 1500, maxLength: 1600 }), fc.array(fc.nat(), { maxLength: 60 }), fc.string({ unit: letters, maxLength: 3000 }), (literals, picks, filler) => {
        // Planted literals, some in capitals, between random letters.
        const text = picks.map((k, i) => filler.slice(i * 50, i * 50 + 50) + (i % 3 ? literals[k % literals.length] : literals[k % literals.length].toUpperCase())).join('') + filler;
        const patterns = literals.map((t, id) => ({ text: t, ci: id % 2 === 0 }));
        const skipped = delivered(patterns, text, { skipScan: 'always' });
        expect([...skipped].sort()).toEqual(naive(patterns, text));
        expect(skipped).toEqual(delivered(patterns, text, { skipScan: 'never' }));
      }),
      { numRuns: 25, endOnFailure: true },
    );
  });

  it('lets the first long text choose, with the same hits either way', () => {
    const sample = 'The Iraqi prime minister met the president in Washington. '.repeat(400);
    const names = [{ text: 'Kadhimi', ci: true }, { text: 'Mustafa al-Kadhimi', ci: false }];
    const text = sample + 'Mustafa al-Kadhimi, or KADHIMI.' + sample;
    expect(delivered(names, text, {})).toEqual(delivered(names, text, { skipScan: 'never' }));
    expect(delivered(names, text, {})).toHaveLength(3);
  });
});
