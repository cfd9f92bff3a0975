import type { Document } from './document';
import type { Edit } from './types';

/**
 * The edit that removes a line whose whole content is [start, end), together with the blank
 * lines that separate it from the text before it, so no empty paragraph is left behind. At
 * the top of a file the following blank lines go instead. Returns undefined when the span is
 * not a whole line.
 */
export function lineRemovalEdit(doc: Document, start: number, end: number): Edit | undefined {
  const text = doc.source;
  const line = doc.lines.lineOf(start);
  const lineStart = doc.lines.lineStarts[line];
  const contentEnd = doc.lines.lineContentEnd(line);
  if (text.slice(lineStart, start).trim() !== '' || text.slice(end, contentEnd).trim() !== '') return undefined;
  let before = lineStart;
  while (before > 0 && /\s/u.test(text[before - 1])) before--;
  if (before > 0) {
    // Keep the line break that ended the previous content line.
    return { start: before, end: contentEnd, text: '' };
  }
  let after = contentEnd;
  while (after < text.length && /\s/u.test(text[after])) after++;
  return { start: 0, end: after, text: '' };
}
