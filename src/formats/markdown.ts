import { LineIndex } from '../kernel/positions';
import { maskOutside, parseDirective, type Directive, type DocumentFormat } from './types';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// The unified ecosystem ships ES modules only; Node 20.19+ loads them with require().
function parse(source: string): MdNode {
  const { fromMarkdown } = require('mdast-util-from-markdown');
  const { frontmatter } = require('micromark-extension-frontmatter');
  const { frontmatterFromMarkdown } = require('mdast-util-frontmatter');
  const { gfm } = require('micromark-extension-gfm');
  const { gfmFromMarkdown } = require('mdast-util-gfm');
  return fromMarkdown(source, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  });
}

/**
 * Markdown: only text nodes are prose. Code, inline code, HTML, front matter, link targets and
 * bare URLs are blanked; `<!-- mtlint-… -->` comments are directives.
 */
export const markdown: DocumentFormat = {
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  extract(source) {
    const keep: [number, number][] = [];
    const breaks: number[] = [];
    const directives: Directive[] = [];
    const lines = new LineIndex(source);
    const visit = (node: MdNode, insideAutolink: boolean) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (node.type === 'text' && !insideAutolink && start !== undefined && end !== undefined) keep.push([start, end]);
      if (node.type === 'html' && start !== undefined && node.value) {
        for (const m of node.value.matchAll(/<!--([^]*?)-->/g)) {
          const at = start + m.index! + m[0].length;
          const pos = lines.position(at);
          const d = parseDirective(m[1], pos.line, pos.column);
          if (d) directives.push(d);
        }
      }
      if (start !== undefined && /^(paragraph|heading|listItem|tableCell|blockquote)$/.test(node.type)) breaks.push(start);
      const autolink = node.type === 'link' && node.children?.length === 1 && node.children[0].type === 'text' && /^(https?:|mailto:|www\.)/i.test(node.children[0].value ?? '');
      for (const child of node.children ?? []) visit(child, insideAutolink || autolink);
    };
    visit(parse(source), false);
    return { text: maskOutside(source, keep, breaks), directives };
  },
};
