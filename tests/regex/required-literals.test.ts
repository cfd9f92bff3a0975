import fc from 'fast-check';
import { LiteralMatcher } from '../../src/kernel/literal-matcher';
import { PrefilteredRegex } from '../../src/kernel/regex-prefilter';
import { requiredLiterals } from '../../src/regex/required-literals';

const literals = (source: string, flags = 'g') =>
  requiredLiterals(source, flags)
    ?.literals.map((l) => `${l.text}@${l.minPre}..${l.maxPre}`)
    .sort();

describe('requiredLiterals', () => {
  it('finds the literal a term needs behind a lookbehind, at the match start', () => {
    expect(literals("(?<=(?:U\\.S\\.|US|American) )Ministry(?! of)")).toEqual(['Ministry@0..0']);
  });

  it('joins literal runs across small classes and optional parts', () => {
    expect(literals('[Ss]ecretary[- ]General')).toEqual(['Secretary General@0..0', 'Secretary-General@0..0', 'secretary General@0..0', 'secretary-General@0..0']);
    expect(literals('Islamic Shura Councils?')).toEqual(['Islamic Shura Council@0..0', 'Islamic Shura Councils@0..0']);
  });

  it('folds case under the i flag, so [Ss] and S collapse', () => {
    expect(literals('[Ss]ecretariat', 'gi')).toEqual(['secretariat@0..0']);
  });

  it('gives offsets after variable-length parts, unbounded after a star', () => {
    expect(literals('\\d{1,2}(?:st|nd)? Ministry')).toEqual([' Ministry@1..2', 'nd Ministry@1..2', 'st Ministry@1..2']);
    expect(literals('^[ \\t]*Editor in charge')).toEqual(['Editor in charge@0..Infinity']);
  });

  it('needs a literal from every alternative', () => {
    expect(literals('Quds Brigade|Quds Corps')).toEqual(['Quds Brigade@0..0', 'Quds Corps@0..0']);
    expect(literals('Quds Brigade|\\d+ brigades')).toEqual([' brigades@1..Infinity', 'Quds Brigade@0..0']);
    expect(literals('Quds Brigade|\\d+')).toBeUndefined();
  });

  it('prefers a literal at a fixed offset to rarer ones that may sit anywhere after a \\s+', () => {
    // "more" and "well" after `\s+` would make every paragraph holding them a scan from its start.
    expect(literals('Do\\s+(?:a\\s+good\\s+job|well|more)', 'gu')).toEqual(['Do@0..0']);
    expect(literals('Pay\\s+(?:close\\s+)?attention', 'gu')).toEqual(['attention@4..Infinity']);
  });

  it('takes nothing from lookarounds or optional parts, and refuses common literals', () => {
    expect(literals('(?<=Ministry )of')).toBeUndefined();
    expect(literals('(?:Foreign Ministry)?x')).toBeUndefined();
    expect(literals('the')).toBeUndefined();
  });

  it('expands a class of up to 16 characters, such as the punctuation a stray space precedes', () => {
    const found = requiredLiterals('[ \\t\\u00a0\\u3000][,;:!?，。、：；？！.]', 'gu', 5)?.literals ?? [];
    expect(found).toHaveLength(4 * 13);
    expect(found.map((l) => l.text)).toEqual(expect.arrayContaining([' ,', '\t.', '\u3000。']));
  });

  it('takes rare non-Latin characters alone, and a repeated one as its minimum run', () => {
    expect(literals('[，、](?=\\S)')).toEqual(['、@0..0', '，@0..0']);
    expect(literals('…{2,}')).toEqual(['……@0..0']);
  });

  it('gives up on what it does not follow', () => {
    expect(literals('(?i:Ministry)')).toBeUndefined();
    expect(literals('(')).toBeUndefined();
  });
});

/**
 * The prefilter's promise: on the document's own text, a prefiltered regex returns exactly the
 * matches of the plain one. Random patterns over a small alphabet, with case-folding traps.
 */
describe('PrefilteredRegex agrees with the plain regex', () => {
  const chars = ['a', 'b', 'A', 'B', 's', 'S', 'ſ', 'k', 'K', ' ', '.', '，'];
  const atom = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...chars).map((c) => c.replace('.', '\\.')) },
    { weight: 1, arbitrary: fc.constantFrom('[ab]', '[sS]', '\\s', '.', '[^a]', '\\w') },
  );
  const piece: fc.Arbitrary<string> = fc.letrec((tie) => ({
    piece: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.tuple(tie('seq') as fc.Arbitrary<string>, fc.constantFrom('?', '*', '+', '{2}', '{1,3}', '*?')).map(([s, q]) => `(?:${s})${q}`),
      fc.array(tie('seq') as fc.Arbitrary<string>, { minLength: 2, maxLength: 3 }).map((alts) => `(?:${alts.join('|')})`),
      fc.tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('seq') as fc.Arbitrary<string>).map(([open, s]) => `${open}${s})`),
      fc.constantFrom('^', '$', '\\b'),
    ),
    seq: fc.array(tie('piece') as fc.Arbitrary<string>, { minLength: 1, maxLength: 5 }).map((p) => p.join('')),
  })).seq as fc.Arbitrary<string>;
  const text = fc.array(fc.constantFrom(...chars, 'aa', 'ss', 'Ab'), { maxLength: 60 }).map((a) => a.join(''));

  function allMatches(re: { lastIndex: number; exec(t: string): RegExpExecArray | null }, t: string): string[] {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(t); m && out.length < 200; m = re.exec(t)) {
      out.push(`${m.index}:${m[0]}`);
      if (m[0] === '') re.lastIndex++;
    }
    return out;
  }

  it('matches exactly as the plain regex does, anchored or scanning', () => {
    fc.assert(
      fc.property(piece, fc.constantFrom('g', 'gi', 'gm'), text, (source, flags, t) => {
        let plain: RegExp;
        try {
          plain = new RegExp(source, flags + 'u');
        } catch {
          return;
        }
        const needs = requiredLiterals(source, flags, 0);
        if (!needs) return;
        for (const sticky of [() => new RegExp(source, flags.replace('g', '') + 'uy'), undefined]) {
          const filtered = new PrefilteredRegex(new RegExp(source, flags + 'u'), true, sticky, needs.atStart === true);
          const matcher = new LiteralMatcher<{ minPre: number; maxPre: number }>();
          for (const l of needs.literals) matcher.add(l.text, l, needs.caseInsensitive);
          filtered.reset(t);
          matcher.scan(t, (start, end, l) => filtered.addHit(start, end, l.minPre, l.maxPre));
          expect(allMatches(filtered, t)).toEqual(allMatches(plain, t));
          // A line, sentence or paragraph cut out of the document, as pattern rules run on them.
          for (const [from, to] of [[0, t.length >> 1], [t.length >> 2, t.length], [1, t.length - 1]]) {
            if (from > to) continue;
            const piece = t.slice(from, to);
            const inPiece = { get lastIndex() { return filtered.lastIndex; }, set lastIndex(v: number) { filtered.lastIndex = v; }, exec: (x: string) => filtered.execIn(x, from) };
            expect(allMatches(inPiece, piece)).toEqual(allMatches(plain, piece));
          }
        }
      }),
      { numRuns: Number(process.env.PREFILTER_RUNS ?? 3000) },
    );
  });
});

describe('PrefilteredRegex with a ^ alternative', () => {
  it('tries the start of the text, and elsewhere only where the literals are', () => {
    const needs = requiredLiterals('(?:^|\\n)[ \\t\\u3000]', 'gu', 5)!;
    expect(needs.atStart).toBe(true);
    expect(needs.literals.map((l) => l.text).sort()).toEqual(['\n\t', '\n ', '\n\u3000']);
    for (const text of ['  indented\nnot\n\tthis one', 'not at the start\n\u3000but here', 'nowhere at all', '']) {
      for (const sticky of [() => /(?:^|\n)[ \t\u3000]/uy, undefined]) {
        const plain = /(?:^|\n)[ \t\u3000]/gu;
        const filtered = new PrefilteredRegex(/(?:^|\n)[ \t\u3000]/gu, true, sticky, true);
        const matcher = new LiteralMatcher<{ minPre: number; maxPre: number }>();
        for (const l of needs.literals) matcher.add(l.text, l);
        filtered.reset(text);
        matcher.scan(text, (start, end, l) => filtered.addHit(start, end, l.minPre, l.maxPre));
        const all = (re: { lastIndex: number; exec(t: string): RegExpExecArray | null }) => {
          const out: number[] = [];
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
          return out;
        };
        expect(all(filtered)).toEqual(all(plain));
      }
    }
  });
});

describe('PrefilteredRegex in a line, sentence or paragraph', () => {
  it('scans only the pieces that hold a hit of a literal at an unbounded offset', () => {
    // The hit in the second line allows matches from the start of the text up to it; a match
    // cannot leave its line, so the first line need not be searched.
    const text = 'We pay little heed.\nWe pay close attention.\n';
    const calls: string[] = [];
    const plain = /pay\s+(?:close\s+)?attention/gu;
    const counted = {
      get lastIndex() { return plain.lastIndex; },
      set lastIndex(v: number) { plain.lastIndex = v; },
      exec: (t: string) => (calls.push(t), plain.exec(t)),
      test: (t: string) => plain.test(t),
    };
    const filtered = new PrefilteredRegex(counted, true, undefined);
    filtered.reset(text);
    const at = text.indexOf('attention');
    filtered.addHit(at, at + 'attention'.length, 4, Infinity);
    const [first, second] = text.split('\n');
    expect(filtered.execIn(first, 0)).toBeNull();
    filtered.lastIndex = 0;
    expect(filtered.execIn(second, first.length + 1)?.[0]).toBe('pay close attention');
    expect(calls).toEqual([second]);
  });
});
