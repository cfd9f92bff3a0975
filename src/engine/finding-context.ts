import { baseConfig } from '../config/load-config';
import { formatForPath } from '../formats';
import { Document } from '../kernel/document';
import type { Finding, Span } from '../kernel/types';
import { contextHash } from './baseline';

export interface FindingContext {
  /** The sentence around the finding, widened to contain it (offsets into the source). */
  sentence: Span;
  /** Its text, as an editor reads it. */
  text: string;
  /** The key the baseline stores for this finding's sentence. */
  hash: string;
}

/**
 * The sentence each finding sits in, found the way the rules found it (on the prose of the
 * article's format), so that an editor's "add to baseline" matches what `--baseline` looks for.
 */
export function findingContexts(path: string, source: string, findings: Finding[]): FindingContext[] {
  const prose = formatForPath(path).extract(source, { plainTextComment: baseConfig().plainTextComment });
  const doc = new Document(prose.text, source);
  return findings.map((f) => {
    // An indent or a stray space lies before its sentence rather than in it.
    const s = doc.sentenceAt(f.start) ?? doc.sentenceAt(f.end) ?? doc.paragraphAt(f.start) ?? doc.paragraphAt(f.end) ?? { start: f.start, end: f.end };
    const sentence = { start: Math.min(s.start, f.start), end: Math.max(s.end, f.end) };
    return { sentence, text: source.slice(sentence.start, sentence.end), hash: contextHash(doc, f) };
  });
}
