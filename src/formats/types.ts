/** An inline suppression comment: `mtlint-disable`, `mtlint-enable`, `mtlint-disable-next-line`, `mtlint-disable-line`. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** 1-based line of the comment (its last line for multi-line comments). */
  line: number;
  column: number;
}

/**
 * The prose of a document, ready for the rules: `text` has the same length as the source, with
 * everything that is not prose (markup, code, URLs, front matter) blanked out, so that offsets
 * and fixes still refer to the original file.
 */
export interface Prose {
  text: string;
  directives: Directive[];
}

export interface DocumentFormat {
  name: string;
  extensions: string[];
  extract(source: string, options: { plainTextComment: string }): Prose;
}

/** Stands in for masked characters: not white space (no "double space" findings), not a word character. */
export const MASK = '\u200b';

/**
 * Keeps the source only inside `keep` ranges. Elsewhere line breaks stay (lines keep their
 * numbers) and everything else becomes MASK; ranges in `breaks` start with a blank line so that
 * block elements written on one line still become separate paragraphs.
 */
export function maskOutside(source: string, keep: [number, number][], breaks: number[] = []): string {
  const chars = new Array<string>(source.length);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    chars[i] = c === '\n' || c === '\r' ? c : MASK;
  }
  for (const [s, e] of keep) for (let i = s; i < e; i++) chars[i] = source[i];
  for (const at of breaks) {
    if (chars[at] === MASK && chars[at + 1] === MASK) {
      chars[at] = '\n';
      chars[at + 1] = '\n';
    }
  }
  return chars.join('');
}

const DIRECTIVE = /^\s*mtlint-(disable-next-line|disable-line|disable|enable)\b\s*([^]*?)\s*$/;

/** Parses the body of a comment ("mtlint-disable zh-en/x, zh-en/y -- reason"). */
export function parseDirective(body: string, line: number, column: number): Directive | undefined {
  const m = DIRECTIVE.exec(body);
  if (!m) return undefined;
  const list = m[2].split(/\s--\s|^--\s?/)[0];
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules, line, column };
}
