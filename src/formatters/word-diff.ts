import { diffWords } from 'diff';
import type { Span } from '../kernel/types';

/** One piece of a word diff: kept (0), removed (-1) or added (1) text. */
export type DiffPart = [op: -1 | 0 | 1, text: string];

/**
 * What a replacement of `span` does to the sentence around it, word by word, so an editor sees
 * the change in context rather than two bare strings.
 */
export function sentenceDiff(source: string, sentence: Span, span: Span, replacement: string): DiffPart[] {
  const before = source.slice(sentence.start, sentence.end);
  const after = source.slice(sentence.start, span.start) + replacement + source.slice(span.end, sentence.end);
  const parts: DiffPart[] = [];
  for (const change of diffWords(before, after)) {
    const op = change.added ? 1 : change.removed ? -1 : 0;
    const last = parts[parts.length - 1];
    if (last && last[0] === op) last[1] += change.value;
    else parts.push([op, change.value]);
  }
  return parts;
}
