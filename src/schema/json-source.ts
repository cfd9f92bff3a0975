import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../kernel/positions';
import type { Diagnostic } from './diagnostic';

/** A parsed JSON file that remembers where each value came from. */
export class JsonSource {
  private readonly lines: LineIndex;

  private constructor(
    readonly file: string,
    readonly text: string,
    readonly root: Node | undefined,
    readonly value: unknown,
  ) {
    this.lines = new LineIndex(text);
  }

  /** Parses strict JSON; syntax errors come back as diagnostics with their positions. */
  static parse(file: string, text: string): { source?: JsonSource; errors: Diagnostic[] } {
    const deep = offsetTooDeep(text);
    if (deep !== -1) {
      return { errors: [{ file, ...new LineIndex(text).position(deep), message: `invalid JSON: nested more than ${MAX_DEPTH} levels deep` }] };
    }
    const parseErrors: ParseError[] = [];
    const root = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const lines = new LineIndex(text);
    const errors = parseErrors.map((e) => {
      const pos = lines.position(e.offset);
      return { file, ...pos, message: `invalid JSON: ${describeParseError(printParseErrorCode(e.error))}` };
    });
    if (errors.length || !root) {
      if (!errors.length) errors.push({ file, line: 1, column: 1, message: 'invalid JSON: the file is empty' });
      return { errors };
    }
    return { source: new JsonSource(file, text, root, nodeValue(root)), errors: [] };
  }

  /** Position of the value at `path`; `key` points at a property's name instead. */
  locate(path: (string | number)[], key = false): { line: number; column: number } {
    if (!this.root) return { line: 1, column: 1 };
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(this.root, path.slice(0, n));
      if (!node) continue;
      const target = key && n === path.length && node.parent?.type === 'property' ? node.parent.children![0] : node;
      return this.lines.position(target.offset);
    }
    return { line: 1, column: 1 };
  }

  /** The location of an object's property name, when it exists. */
  locateKey(objectPath: (string | number)[], property: string): { line: number; column: number } {
    const obj = this.root && findNodeAtLocation(this.root, objectPath);
    const prop = obj?.children?.find((c) => c.type === 'property' && c.children?.[0].value === property);
    return prop ? this.lines.position(prop.children![0].offset) : this.locate(objectPath);
  }

  diagnostic(path: (string | number)[], message: string, key = false): Diagnostic {
    return { file: this.file, ...this.locate(path, key), message };
  }
}

/** Far deeper than any pack or gazetteer needs, and shallow enough for the recursive parser. */
const MAX_DEPTH = 256;

/** Where the nesting first goes deeper than MAX_DEPTH, or -1: the parser would overflow the stack. */
function offsetTooDeep(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":"',
    CommaExpected: 'expected ","',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'unexpected content after the end',
    InvalidCommentToken: 'comments are not allowed',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape sequence',
    InvalidCharacter: 'invalid character in string',
  };
  return words[code] ?? code;
}

/** Builds the value from the tree ourselves so duplicate keys keep the last one, as JSON.parse does. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (k && v) out[k.value as string] = nodeValue(v);
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
