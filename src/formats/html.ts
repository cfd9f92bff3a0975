import type * as Parse5 from 'parse5';
import { LineIndex } from '../kernel/positions';
import { maskOutside, MASK, parseDirective, type Directive, type DocumentFormat } from './types';

/** Elements whose content is never prose. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'template', 'noscript', 'svg', 'math', 'head']);

/** Elements that start a new paragraph for sentence splitting. */
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'section', 'article', 'header', 'footer',
  'aside', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'br', 'hr', 'main', 'nav', 'title',
]);

interface Loc {
  startOffset: number;
  endOffset: number;
  startTag?: { startOffset: number; endOffset: number };
}

interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: Loc | null;
}

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/**
 * HTML (as exported by a CMS): text nodes outside code, scripts and styles are prose. Tags and
 * attributes are blanked; character references keep their place, decoded and padded with MASK
 * so the rules read "&" where the source says "&amp;".
 */
export const html: DocumentFormat = {
  name: 'html',
  extensions: ['.html', '.htm'],
  extract(source) {
    const { parse, parseFragment } = require('parse5') as typeof Parse5;
    const full = /^\s*(<!doctype|<html)/i.test(source);
    const root = (full ? parse(source, { sourceCodeLocationInfo: true }) : parseFragment(source, { sourceCodeLocationInfo: true })) as unknown as HtmlNode;
    const keep: [number, number][] = [];
    const breaks: number[] = [];
    const decoded: { start: number; end: number; value: string }[] = [];
    const directives: Directive[] = [];
    const lines = new LineIndex(source);
    const visit = (node: HtmlNode) => {
      const loc = node.sourceCodeLocation;
      if (node.nodeName === '#text' && loc) {
        keep.push([loc.startOffset, loc.endOffset]);
        const raw = source.slice(loc.startOffset, loc.endOffset);
        for (const m of raw.matchAll(ENTITY)) {
          decoded.push({ start: loc.startOffset + m.index!, end: loc.startOffset + m.index! + m[0].length, value: decodeEntity(m[0]) });
        }
        return;
      }
      if (node.nodeName === '#comment' && loc) {
        const pos = lines.position(loc.endOffset);
        const d = parseDirective(node.data ?? '', pos.line, pos.column);
        if (d) directives.push(d);
        return;
      }
      if (node.tagName && SKIP.has(node.tagName)) return;
      if (node.tagName && BLOCK.has(node.tagName) && loc) breaks.push(loc.startOffset);
      for (const child of node.childNodes ?? []) visit(child);
      if (node.content) visit(node.content);
    };
    visit(root);
    let text = maskOutside(source, keep, breaks);
    for (const d of decoded) {
      if (d.value.length > d.end - d.start) continue;
      text = text.slice(0, d.start) + d.value + MASK.repeat(d.end - d.start - d.value.length) + text.slice(d.end);
    }
    return { text, directives };
  },
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' };

function decodeEntity(ref: string): string {
  const body = ref.slice(1, -1);
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    try {
      return String.fromCodePoint(code);
    } catch {
      return ref;
    }
  }
  return NAMED[body.toLowerCase()] ?? ref;
}
