import { parseDirective, type Directive, type DocumentFormat } from './types';
import { MASK } from './types';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Plain text is all prose, except lines that hold an mtlint directive after the configured comment prefix. */
export const plain: DocumentFormat = {
  name: 'text',
  extensions: ['.txt', '.text'],
  extract(source, { plainTextComment }) {
    const directives: Directive[] = [];
    // Most articles hold no directive: one native search settles it.
    if (!source.includes('mtlint-')) return { text: source, directives };
    const line = new RegExp(`^([ \\t]*${escapeRegex(plainTextComment)}[ \\t]*)(mtlint-[^\\r\\n]*)`, 'gm');
    let text = source;
    let lineNo = 1;
    let counted = 0;
    for (let m = line.exec(source); m; m = line.exec(source)) {
      for (let i = counted; i < m.index; i++) if (source[i] === '\n') lineNo++;
      counted = m.index;
      const d = parseDirective(m[2], lineNo, m[1].length + 1);
      if (!d) continue;
      directives.push(d);
      text = text.slice(0, m.index) + MASK.repeat(m[0].length) + text.slice(m.index + m[0].length);
    }
    return { text, directives };
  },
};
