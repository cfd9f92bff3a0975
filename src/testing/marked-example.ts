/**
 * Parses a bad example: `[[` opens the expected span and the last `]]` closes it, so brackets
 * inside the span ("[[Editor in charge: [Ji Xiang]]]") need no escaping.
 */
export function parseMarked(marked: string): { text: string; start: number; end: number } | undefined {
  const open = marked.indexOf('[[');
  const close = marked.lastIndexOf(']]');
  if (open === -1 || close < open + 2) return undefined;
  const text = marked.slice(0, open) + marked.slice(open + 2, close) + marked.slice(close + 2);
  return { text, start: open, end: close - 2 };
}
