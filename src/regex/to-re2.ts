import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A JavaScript pattern feature that RE2 cannot run; the message says which and what to do. */
export class UnsupportedSyntax extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedSyntax';
  }
}

export interface Re2Pattern {
  /** The pattern in RE2 syntax. */
  source: string;
  /**
   * For each RE2 capture group (index 1 on), the JavaScript group it stands for, or -1 for a
   * group that holds the character a final lookahead looked at: that character is not part of
   * the match, and the match ends where the group starts.
   */
  groups: number[];
  /** JavaScript group names by group number. */
  names: (string | undefined)[];
}

interface Flags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
}

/** ECMAScript's \s: WhiteSpace and LineTerminator. RE2's \s is only ASCII, so it is spelt out. */
const JS_SPACE: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: [number, number][] = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];
const ALL: [number, number][] = [[0, 0x10ffff]];

/** Long General_Category names, which JavaScript accepts and RE2 does not. */
const GENERAL_CATEGORY: Record<string, string> = {
  Letter: 'L', Cased_Letter: 'LC', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Combining_Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', cntrl: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};

function hex(cp: number): string {
  return /^[0-9A-Za-z]$/.test(String.fromCodePoint(cp)) ? String.fromCodePoint(cp) : `\\x{${cp.toString(16)}}`;
}

function rangesItems(ranges: [number, number][]): string {
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
}

function complement(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= 0x10ffff) out.push([next, 0x10ffff]);
  return out;
}

/** One character's worth of pattern, as the items of an RE2 class and whether the class is negated. */
interface CharSet {
  items: string;
  negated: boolean;
}

const asClass = (s: CharSet, negate = false): string => (s.items === '' ? (s.negated !== negate ? '(?s:.)' : '[^\\x{0}-\\x{10ffff}]') : `[${s.negated !== negate ? '^' : ''}${s.items}]`);

/**
 * Translates a JavaScript pattern (Unicode mode) into RE2 syntax with the same meaning, so that
 * it can run on a linear-time engine. What RE2 cannot do is refused with a message that names
 * the construct: lookahead (except one character at the very end, which becomes a peeked
 * character), backreferences, and Unicode properties other than General_Category and Script.
 */
export function toRe2(source: string, flags: string): Re2Pattern {
  const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: true });
  const groups: number[] = [];
  const names: (string | undefined)[] = [];
  let jsGroup = 0;

  const charSet = (node: AST.Node, f: Flags): CharSet | undefined => {
    switch (node.type) {
      case 'Character':
        return { items: hex(node.value), negated: false };
      case 'CharacterClass':
        if (node.unicodeSets) throw new UnsupportedSyntax('set operations in character classes (the v flag) are not supported');
        return { items: node.elements.map((e) => classItem(e)).join(''), negated: node.negate };
      case 'CharacterSet':
        if (node.kind === 'any') return f.dotAll ? { items: '', negated: true } : { items: rangesItems(LINE_TERMINATORS), negated: true };
        if (node.kind === 'property') return { items: property(node).items, negated: node.negate };
        if (node.kind === 'space') return { items: rangesItems(JS_SPACE), negated: node.negate };
        if (node.kind === 'digit') return { items: '0-9', negated: node.negate };
        return { items: '0-9A-Za-z_', negated: node.negate };
      default:
        return undefined;
    }
  };

  const classItem = (e: AST.CharacterClassElement): string => {
    switch (e.type) {
      case 'Character':
        return hex(e.value);
      case 'CharacterClassRange':
        return `${hex(e.min.value)}-${hex(e.max.value)}`;
      case 'CharacterSet': {
        if (e.kind !== 'property') {
          if (e.kind === 'space') return rangesItems(e.negate ? complement(JS_SPACE) : JS_SPACE);
          if (e.kind === 'digit') return e.negate ? '\\D' : '0-9';
          return e.negate ? '\\W' : '0-9A-Za-z_';
        }
        const p = property(e);
        if (!e.negate) return p.items;
        return p.ranges ? rangesItems(complement(p.ranges)) : p.items.replace(/^\\p/, '\\P');
      }
      default:
        throw new UnsupportedSyntax(`${e.raw}: this kind of class item is not supported`);
    }
  };

  const property = (node: AST.UnicodePropertyCharacterSet): { items: string; ranges?: [number, number][] } => {
    const key = node.key;
    const named = (name: string) => ({ items: `\\p{${name}}` });
    const ranges = (r: [number, number][]) => ({ items: rangesItems(r), ranges: r });
    if (node.value === null) {
      if (key === 'Any') return ranges(ALL);
      if (key === 'ASCII') return ranges([[0, 0x7f]]);
      if (key in GENERAL_CATEGORY || Object.values(GENERAL_CATEGORY).includes(key)) return named(GENERAL_CATEGORY[key] ?? key);
      throw new UnsupportedSyntax(`${node.raw}: the Unicode property "${key}" is not available; use General_Category (\\p{L}, \\p{Lu}, …) or Script (\\p{Script=Han}) properties`);
    }
    if (key === 'General_Category' || key === 'gc') return named(GENERAL_CATEGORY[node.value] ?? node.value);
    if (key === 'Script' || key === 'sc') return named(node.value);
    throw new UnsupportedSyntax(`${node.raw}: Script_Extensions is not supported; use Script=${node.value}`);
  };

  const alternatives = (alts: AST.Alternative[], f: Flags, top = false): string => alts.map((a) => alternative(a, f, top)).join('|');

  const alternative = (alt: AST.Alternative, f: Flags, top: boolean): string => {
    const last = alt.elements[alt.elements.length - 1];
    const peeks = top && last !== undefined && peekable(last, f);
    // Groups are numbered in the order they open, so the peek group comes after the body's.
    const body = (peeks ? alt.elements.slice(0, -1) : alt.elements).map((e) => element(e, f)).join('');
    return peeks ? body + peek(last, f) : body;
  };

  /**
   * A final lookahead over one character, or a final `$` in multiline mode, looks at the next
   * character without taking it. RE2 has no lookahead, so the character is matched into a
   * group of its own that the match then gives back.
   */
  const lookaheadChar = (node: AST.Element): AST.Node | undefined =>
    node.type === 'Assertion' && node.kind === 'lookahead' && node.alternatives.length === 1 && node.alternatives[0].elements.length === 1
      ? node.alternatives[0].elements[0]
      : undefined;
  const peekable = (node: AST.Element, f: Flags): boolean => {
    const inner = lookaheadChar(node);
    if (inner) return ['Character', 'CharacterClass', 'CharacterSet'].includes(inner.type);
    return node.type === 'Assertion' && node.kind === 'end' && f.multiline;
  };
  const peek = (node: AST.Element, f: Flags): string => {
    groups.push(-1);
    if (node.type === 'Assertion' && node.kind === 'lookahead') {
      const set = charSet(lookaheadChar(node)!, f)!;
      return node.negate ? `(?:(${asClass(set, true)})|\\z)` : `(${asClass(set)})`;
    }
    return `(?:([${rangesItems(LINE_TERMINATORS)}])|\\z)`;
  };

  const element = (node: AST.Element, f: Flags): string => {
    switch (node.type) {
      case 'Character':
        return hex(node.value);
      case 'CharacterClass':
      case 'CharacterSet':
        return asClass(charSet(node, f)!);
      case 'ExpressionCharacterClass':
        throw new UnsupportedSyntax(`${node.raw}: set operations in character classes (the v flag) are not supported`);
      case 'Group': {
        if (!node.modifiers) return `(?:${alternatives(node.alternatives, f)})`;
        const add = node.modifiers.add;
        const remove = node.modifiers.remove;
        const inner: Flags = {
          ignoreCase: remove?.ignoreCase ? false : add.ignoreCase || f.ignoreCase,
          multiline: remove?.multiline ? false : add.multiline || f.multiline,
          dotAll: remove?.dotAll ? false : add.dotAll || f.dotAll,
        };
        const flag = inner.ignoreCase === f.ignoreCase ? '' : inner.ignoreCase ? 'i' : '-i';
        return `(?${flag}:${alternatives(node.alternatives, inner)})`;
      }
      case 'CapturingGroup': {
        jsGroup++;
        groups.push(jsGroup);
        names[jsGroup] = node.name ?? undefined;
        return `(${node.name ? `?P<${node.name}>` : ''}${alternatives(node.alternatives, f)})`;
      }
      case 'Quantifier': {
        const { min, max } = node;
        const count = min === 0 && max === Infinity ? '*' : min === 1 && max === Infinity ? '+' : min === 0 && max === 1 ? '?' : max === Infinity ? `{${min},}` : min === max ? `{${min}}` : `{${min},${max}}`;
        return `${element(node.element, f)}${count}${node.greedy ? '' : '?'}`;
      }
      case 'Backreference':
        throw new UnsupportedSyntax(`${node.raw}: backreferences are not supported`);
      case 'Assertion':
        switch (node.kind) {
          case 'start':
            // JavaScript's multiline ^ also follows \r, U+2028 and U+2029; RE2's only \n.
            return f.multiline ? '(?:(?m:^)|(?<=[\\x{d}\\x{2028}\\x{2029}]))' : '\\A';
          case 'end':
            // Exact for \n only; a final $ is exact for every line break (see peekAtEnd).
            return f.multiline ? '(?m:$)' : '\\z';
          case 'word':
            return node.negate ? '\\B' : '\\b';
          case 'lookbehind':
            return `(?<${node.negate ? '!' : '='}${alternatives(node.alternatives, f)})`;
          case 'lookahead':
            throw new UnsupportedSyntax(
              `${node.raw}: lookahead is not supported, except over a single character or class at the very end of the pattern, such as (?![a-z])`,
            );
        }
    }
  };

  const f: Flags = { ignoreCase: flags.includes('i'), multiline: flags.includes('m'), dotAll: flags.includes('s') };
  const body = alternatives(pattern.alternatives, f, true);
  return { source: (f.ignoreCase ? '(?i)' : '') + body, groups, names };
}
