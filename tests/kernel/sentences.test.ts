import { Document } from '../../src/kernel/document';

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
