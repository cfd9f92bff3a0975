import { RegExpParser, type AST } from '@eslint-community/regexpp';
import type { RegexPrefilter, RequiredLiteral } from '../kernel/regex-prefilter';
import { foldCase } from '../kernel/case-fold';

/**
 * What a regex's matches must contain, worked out from its syntax tree, so that the runner can
 * run it only where the shared Aho–Corasick pass saw one of those literals (as ripgrep and
 * Hyperscan do). The analysis is exact or gives up: a literal is required only when every match
 * contains it, at an offset from the match start within the bounds given.
 */

/** Sets of alternative strings are expanded up to this many members, then given up on. */
const MAX_STRINGS = 64;

/** A character class is a set of strings up to this many members (the CJK and Latin punctuation marks: 13). */
const MAX_CLASS_MEMBERS = 16;

/**
 * A literal set must be at least this rare to be worth a prefilter: about 2^-13 per position,
 * so that a literal such as "the" (common) is refused and "Ministry" or "，" is taken.
 */
const MIN_BITS = 13;

/**
 * How many bits of rarity a set that pins the match start to a bounded range is worth over one
 * that does not, when choosing between them. An unbounded candidate ("more" in
 * `Do\s+(?:well|more)`) means scanning its line, sentence or paragraph from the start, a few
 * hundred positions (8 bits) against one anchored try; and the letter model overrates common
 * words ("more" comes out at 2^-17 a position, nearer 2^-13 in news copy).
 */
const BOUNDED_BONUS = 8;

/** A bounded set needs this much rarity of its own: candidates at every "the" are no filter. */
const BOUNDED_FLOOR = 12;

/** Information content of lower-case letters in English text, in bits (-log2 of frequency). */
const LETTER_BITS = [
  4.0, 6.1, 5.2, 4.6, 3.3, 5.5, 5.7, 4.3, 4.1, 9.2, 7.3, 5.0, 5.5, 4.1, 4.0, 5.8, 10.6, 4.3, 4.2, 3.8, 5.5, 6.7, 5.6, 9.1, 5.7, 10.6,
];

interface Shape {
  /** Length range of the text a node consumes, in UTF-16 code units (max may be Infinity). */
  min: number;
  max: number;
  /** The node matches exactly one of these strings, when it is a small finite set. */
  exact?: string[];
  /** Literals of which every match of the node contains one, offsets from the node's start. */
  factor?: RequiredLiteral[];
}

const OPAQUE_ONE: Shape = { min: 1, max: 2 };

/**
 * The required literals of `source` under `flags`, or undefined when no set at least `minBits`
 * rare exists (or the pattern uses a construct the analysis does not follow).
 */
export function requiredLiterals(source: string, flags: string, minBits = MIN_BITS): RegexPrefilter | undefined {
  return regexFacts(source, flags, minBits)?.prefilter;
}

/** What the runner may know of a pattern without compiling it. */
export interface RegexFacts {
  /** Shortest text a match consumes: above 0, the pattern cannot match the empty string. */
  minLength: number;
  prefilter?: RegexPrefilter;
}

/** The facts of a pattern, or undefined when it does not parse (compiling it then says why). */
export function regexFacts(source: string, flags: string, minBits = MIN_BITS): RegexFacts | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: !flags.includes('v'), unicodeSets: flags.includes('v') });
  } catch {
    return undefined;
  }
  const caseInsensitive = flags.includes('i');
  const found = prefilterOf(pattern, caseInsensitive, minBits, false);
  if (found.prefilter || flags.includes('m')) return found;
  // Without the m flag `^` matches at the start of the text only. Every match that starts later
  // goes through no `^`, so the literals found with `^` taken as matching nowhere are required of
  // all matches but those at the start: "\n " for `(?:^|\n) `, where `^` alone left nothing
  // rare enough. Taken only when there are such literals.
  const later = prefilterOf(pattern, caseInsensitive, minBits, true);
  return later.prefilter?.literals.length ? { minLength: found.minLength, prefilter: { ...later.prefilter, atStart: true } } : found;
}

function prefilterOf(pattern: AST.Pattern, caseInsensitive: boolean, minBits: number, startMatchesNowhere: boolean): RegexFacts {
  // Bounded literals are preferred even where they are common on their own ("Do" in the example
  // above), as a bounded candidate costs one anchored try; when even so the set is too common,
  // the rarest set is taken.
  for (const preferBounded of [true, false]) {
    const shape = new Analyser(caseInsensitive, preferBounded, startMatchesNowhere).disjunction(pattern.alternatives);
    const factor = shape.factor ?? (shape.exact && literalSet(shape.exact, 0, 0));
    const rarity = factor ? bits(factor, caseInsensitive) : 0;
    const weighed = factor && preferBounded ? bits(factor, caseInsensitive, BOUNDED_BONUS) : rarity;
    if (factor && (rarity >= minBits || (rarity >= BOUNDED_FLOOR && weighed >= minBits))) {
      return { minLength: shape.min, prefilter: { literals: merged(factor, caseInsensitive), caseInsensitive, minLength: shape.min } };
    }
    if (!preferBounded) return { minLength: shape.min };
  }
  throw new Error('unreachable');
}

/**
 * One entry per literal, its offset range widened to cover every place it was found: the same
 * word at several offsets would otherwise report every hit several times.
 */
function merged(factor: RequiredLiteral[], caseInsensitive: boolean): RequiredLiteral[] {
  const byText = new Map<string, RequiredLiteral>();
  for (const l of factor) {
    const key = caseInsensitive ? foldCase(l.text) : l.text;
    const seen = byText.get(key);
    if (!seen) byText.set(key, { ...l });
    else {
      seen.minPre = Math.min(seen.minPre, l.minPre);
      seen.maxPre = Math.max(seen.maxPre, l.maxPre);
    }
  }
  return [...byText.values()];
}

/** The exact strings as a factor at a fixed offset, unless one is empty (then nothing is required). */
function literalSet(strings: string[], minPre: number, maxPre: number): RequiredLiteral[] | undefined {
  if (strings.some((s) => s === '')) return undefined;
  return strings.map((text) => ({ text, minPre, maxPre }));
}

/** Roughly how rare one code unit is in English news copy, in bits. */
function unitBits(c: number, caseInsensitive: boolean): number {
  if (c >= 0x61 && c <= 0x7a) return LETTER_BITS[c - 0x61];
  // About one letter in twenty of news copy is a capital.
  if (c >= 0x41 && c <= 0x5a) return LETTER_BITS[c - 0x41] + (caseInsensitive ? 0 : 4);
  if (c === 0x20) return 2.5;
  if (c >= 0x30 && c <= 0x39) return 7;
  if (c === 0x2c || c === 0x2e) return 5.5;
  if (c < 0x80) return 8;
  // Curly quotes and dashes are common in English copy; CJK text and the like are rare.
  return (c >= 0x2013 && c <= 0x201d) || c === 0x2026 || c === 0xa0 ? 7 : 16;
}

/**
 * How rare a match of the set is per position, in bits: -log2 of the summed chances of its
 * members, each estimated from character frequencies (standing in for word frequencies, as
 * ripgrep's rare-byte heuristic does).
 */
function bits(factor: RequiredLiteral[], caseInsensitive: boolean, boundedBonus = 0): number {
  let chance = 0;
  const seen = new Set<string>();
  for (const l of factor) {
    // A member that pins the match start counts `boundedBonus` bits rarer (see BOUNDED_BONUS).
    const bonus = l.maxPre !== Infinity ? boundedBonus : 0;
    const key = `${bonus}:${l.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let sum = bonus;
    for (let i = 0; i < l.text.length; i++) sum += unitBits(l.text.charCodeAt(i), caseInsensitive);
    chance += 2 ** -sum;
  }
  return -Math.log2(chance);
}

/**
 * Prefers sets rare enough to be worth it; then the rarer, with a bonus for sets that pin the
 * match start to a bounded range, since their candidates can be tried anchored.
 */
function better(a: RequiredLiteral[] | undefined, b: RequiredLiteral[] | undefined, caseInsensitive: boolean, preferBounded: boolean): RequiredLiteral[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const score = preferBounded
    ? (f: RequiredLiteral[]) => bits(f, caseInsensitive, BOUNDED_BONUS)
    : (f: RequiredLiteral[]) => bits(f, caseInsensitive) + (f.every((l) => l.maxPre !== Infinity) ? 4 : 0);
  // Worth it: rare enough alone, or (when bounded ones are preferred) with their bonus.
  const worth = (f: RequiredLiteral[]) => (preferBounded ? score(f) : bits(f, caseInsensitive)) >= MIN_BITS;
  if (worth(a) !== worth(b)) return worth(a) ? a : b;
  return score(a) >= score(b) ? a : b;
}

function cross(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_STRINGS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function shift(factor: RequiredLiteral[] | undefined, min: number, max: number): RequiredLiteral[] | undefined {
  return factor?.map((l) => ({ text: l.text, minPre: l.minPre + min, maxPre: l.maxPre + max }));
}

class Analyser {
  constructor(
    private readonly caseInsensitive: boolean,
    private readonly preferBounded: boolean,
    /** Take `^` as matching nowhere (see regexFacts). */
    private readonly startMatchesNowhere = false,
  ) {}

  private string(codePoint: number): string {
    const s = String.fromCodePoint(codePoint);
    // Under the i flag the literal is matched case-folded, so the case variants of a class
    // ([Ss]) collapse into one member.
    return this.caseInsensitive ? foldCase(s) : s;
  }

  disjunction(alternatives: AST.Alternative[]): Shape {
    const shapes = alternatives.map((a) => this.sequence(a.elements));
    const min = Math.min(...shapes.map((s) => s.min));
    const max = Math.max(...shapes.map((s) => s.max));
    let exact: string[] | undefined = [];
    for (const s of shapes) {
      if (!s.exact || exact.length + s.exact.length > MAX_STRINGS) {
        exact = undefined;
        break;
      }
      exact.push(...s.exact);
    }
    if (exact) exact = [...new Set(exact)];
    // Every alternative must contribute, or a match through the silent one contains nothing required.
    let factor: RequiredLiteral[] | undefined = [];
    for (const s of shapes) {
      const own = s.factor ?? (s.exact && literalSet(s.exact, 0, 0));
      if (!own) {
        factor = undefined;
        break;
      }
      factor.push(...own);
    }
    return { min, max, exact, factor: factor && factor.length ? factor : undefined };
  }

  private sequence(elements: AST.Element[]): Shape {
    const shapes = elements.map((e) => this.element(e));
    let min = 0;
    let max = 0;
    let best: RequiredLiteral[] | undefined;
    // Runs of exact elements concatenate into longer literals ("US" + " " + "Ministry").
    let run: string[] | undefined;
    let runMin = 0;
    let runMax = 0;
    const closeRun = () => {
      if (run) best = better(best, literalSet(run, runMin, runMax), this.caseInsensitive, this.preferBounded);
      run = undefined;
    };
    for (const s of shapes) {
      if (s.exact) {
        const joined = run ? cross(run, s.exact) : s.exact;
        if (!joined) {
          closeRun();
          run = s.exact;
          runMin = min;
          runMax = max;
        } else {
          if (!run) {
            runMin = min;
            runMax = max;
          }
          run = joined;
        }
      } else {
        closeRun();
        best = better(best, shift(s.factor, min, max), this.caseInsensitive, this.preferBounded);
      }
      min += s.min;
      max += s.max;
    }
    closeRun();
    const exact = shapes.every((s) => s.exact) ? shapes.reduce<string[] | undefined>((acc, s) => acc && cross(acc, s.exact!), ['']) : undefined;
    return { min, max, exact, factor: best };
  }

  private element(node: AST.Element): Shape {
    switch (node.type) {
      case 'Character': {
        const s = this.string(node.value);
        return { min: s.length, max: s.length, exact: [s] };
      }
      case 'CharacterClass':
        return this.characterClass(node);
      case 'CharacterSet':
        return node.kind === 'digit' || node.kind === 'space' || node.kind === 'word' ? { min: 1, max: 1 } : OPAQUE_ONE;
      case 'ExpressionCharacterClass':
        return { min: 1, max: Infinity };
      case 'Assertion':
        // The empty set of strings: a path through it matches nothing.
        if (node.kind === 'start' && this.startMatchesNowhere) return { min: 0, max: 0, exact: [] };
        // Zero-width: it consumes nothing, so literals on either side still join.
        return { min: 0, max: 0, exact: [''] };
      case 'Backreference':
        return { min: 0, max: Infinity };
      case 'Group':
      case 'CapturingGroup': {
        const shape = this.disjunction(node.alternatives);
        // (?i:...) changes how the literals inside match; their lengths stay right.
        if (node.type === 'Group' && node.modifiers) return { min: shape.min, max: shape.max };
        return shape;
      }
      case 'Quantifier':
        return this.quantifier(node);
    }
  }

  private quantifier(node: AST.Quantifier): Shape {
    const inner = this.element(node.element);
    const min = inner.min * node.min;
    const max = node.max === 0 || inner.max === 0 ? 0 : inner.max * node.max;
    let exact: string[] | undefined;
    if (inner.exact && node.max <= 8) {
      // Every count of repetitions allowed, each a product of the inner strings.
      const members = new Set<string>();
      let power: string[] | undefined = [''];
      for (let k = 0; k <= node.max && power && members.size <= MAX_STRINGS; k++) {
        if (k >= node.min) for (const s of power) members.add(s);
        if (k < node.max) power = cross(power, inner.exact);
      }
      if (power && members.size <= MAX_STRINGS) exact = [...members];
    }
    // A part repeated at least once contains what its first repetition contains; exact parts
    // contain their first `min` repetitions ("  " for / {2,}/).
    let factor: RequiredLiteral[] | undefined;
    if (node.min >= 1) {
      let repeated: string[] | undefined = inner.exact;
      for (let k = 1; k < Math.min(node.min, 8) && repeated; k++) repeated = cross(repeated, inner.exact!);
      factor = (repeated && literalSet(repeated, 0, 0)) ?? inner.factor;
    }
    return { min, max, exact, factor };
  }

  private characterClass(node: AST.CharacterClass): Shape {
    if (node.negate || node.unicodeSets) return OPAQUE_ONE;
    const members = new Set<string>();
    for (const e of node.elements) {
      if (e.type === 'Character') members.add(this.string(e.value));
      else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 8) {
        for (let c = e.min.value; c <= e.max.value; c++) members.add(this.string(c));
      } else return OPAQUE_ONE;
      if (members.size > MAX_CLASS_MEMBERS) return OPAQUE_ONE;
    }
    const exact = [...members];
    if (exact.length === 0) return OPAQUE_ONE;
    const lengths = exact.map((s) => s.length);
    return { min: Math.min(...lengths), max: Math.max(...lengths), exact };
  }
}
