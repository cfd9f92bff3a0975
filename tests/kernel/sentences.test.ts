import fc from 'fast-check';
import { Document } from '../../src/kernel/document';
import { AMBIGUOUS, NON_TERMINAL, SENTENCE_STARTERS } from '../../src/kernel/sentences';

const sentences = (text: string) => new Document(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('keeps abbreviations inside a sentence', () => {
    expect(sentences('According to the U.S. State Department, Gen. Smith met Dr. Lee on Jan. 5 at 3 p.m. in Baghdad.')).toHaveLength(1);
  });

  it('ends a sentence after an abbreviation when a typical sentence start follows', () => {
    expect(sentences('The troops returned to the U.S. They landed on Monday.')).toEqual(['The troops returned to the U.S.', 'They landed on Monday.']);
  });

  it('splits after closing quotes and keeps the MT split fragment separate', () => {
    expect(sentences('"The real news is the change." Psaki said the number depends on the mission. Make adjustments.')).toEqual([
      '"The real news is the change."',
      'Psaki said the number depends on the mission.',
      'Make adjustments.',
    ]);
  });

  it('splits on CJK full stops and keeps paragraphs apart', () => {
    const doc = new Document('First one。Second one.\n\nNew paragraph here.');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('does not split initials', () => {
    expect(sentences('J. K. Rowling spoke.')).toHaveLength(1);
  });
});

/**
 * The splitter as first written, string by string: the definition the code-unit version must
 * agree with.
 */
function referenceSplit(text: string): [number, number][] {
  const isSpace = (ch: string) => /\s/u.test(ch);
  const trimmed = (ch: string) => isSpace(ch) || ch === '\u200b';
  const letterOrDigit = (ch: string | undefined) => ch !== undefined && ch.length === 1 && /[\p{L}\p{N}]/u.test(ch);
  const wordBefore = (end: number) => {
    let i = end;
    while (i > 0 && (letterOrDigit(text[i - 1]) || text[i - 1] === '.')) i--;
    return text.slice(i, end);
  };
  const nextWord = (from: number, limit: number) => {
    let i = from;
    while (i < limit && isSpace(text[i])) i++;
    let j = i;
    while (j < limit && letterOrDigit(text[j])) j++;
    return { word: text.slice(i, j), at: i };
  };
  const isBoundary = (termStart: number, termEnd: number, limit: number) => {
    const after = nextWord(termEnd, limit);
    if (after.at >= limit) return true;
    if (termEnd === after.at && !/[。！？]/u.test(text.slice(termStart, termEnd))) return false;
    if (!/[\p{Lu}\p{N}"'“‘(\[\p{Script=Han}]/u.test(text[after.at])) return false;
    const run = text.slice(termStart, termEnd);
    if (!run.startsWith('.') || run.startsWith('...')) return true;
    const before = wordBefore(termStart);
    if (before === '') return true;
    if (NON_TERMINAL.has(before)) return false;
    if (AMBIGUOUS.has(before) || AMBIGUOUS.has(before.replace(/^.*\./, ''))) return SENTENCE_STARTERS.has(after.word);
    if (/^\p{Lu}$/u.test(before)) return false;
    if (/^(?:\p{L}\.)+\p{L}$/u.test(before)) return SENTENCE_STARTERS.has(after.word);
    return true;
  };
  const out: [number, number][] = [];
  const push = (s: number, e: number) => {
    while (s < e && trimmed(text[s])) s++;
    while (e > s && trimmed(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  };
  let sentenceStart = 0;
  const terminator = /[.!?。！？]+["'”’»)\]）」』]*/gu;
  for (let m = terminator.exec(text); m; m = terminator.exec(text)) {
    const termEnd = m.index + m[0].length;
    if (isBoundary(m.index, termEnd, text.length)) {
      push(sentenceStart, termEnd);
      sentenceStart = termEnd;
    }
  }
  push(sentenceStart, text.length);
  return out;
}

describe('sentence splitting against its definition', () => {
  it('splits any text as the string-by-string splitter does', () => {
    const piece = fc.constantFrom(
      ...['He', 'said', 'the', 'U.S', 'U.S.A', 'e.g', 'Mr', 'Gen', 'J', 'K', 'Rowling', 'al', 'etc', 'a.m', '3', '5', 'Iraq', '卡迪米', 'É', 'émigré'],
      ...['.', '.', '...', '!', '?', '。', '！', '？', ' ', ' ', '  ', '\t', '\u200b', '\u00a0', '"', '”', '’', ')', '）', '」', '(', '“', '‘', '[', '\ud835', '𝐀'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const doc = new Document(text);
        expect(doc.sentences.map((s) => [s.start, s.end])).toEqual(referenceSplit(text));
      }),
      { numRuns: 5000 },
    );
  });
});
