import { Document } from '../../src/kernel/document';
import { splitWords } from '../../src/kernel/words';

const TEXT = 'Prime Minister Kadimi met US-led forces.\n\n  The U.S. side said: don’t stop.  \n';

describe('Document', () => {
  it('lists word bounds as splitWords does, and counts the same words either way', () => {
    const expected = splitWords(TEXT);
    const counted = new Document(TEXT);
    expect(counted.wordCount).toBe(expected.length);

    const walked = new Document(TEXT);
    const { starts, ends, count } = walked.words;
    expect(Array.from({ length: count }, (_, k) => [starts[k], ends[k]])).toEqual(expected.map((w) => [w.start, w.end]));
    expect(walked.wordCount).toBe(expected.length);
  });

  it('gives the code units of its text, or takes them from the caller', () => {
    const doc = new Document(TEXT);
    expect(Array.from(doc.units)).toEqual([...TEXT].map((c) => c.charCodeAt(0)));
    const given = new Uint16Array(doc.units);
    expect(new Document(TEXT, TEXT, given).units).toBe(given);
    expect(() => new Document(TEXT, TEXT, given.subarray(1))).toThrow(/equal length/);
  });

  it('splits paragraphs at blank lines and trims them', () => {
    const doc = new Document(TEXT);
    expect(doc.paragraphs.map((p) => doc.slice(p))).toEqual(['Prime Minister Kadimi met US-led forces.', 'The U.S. side said: don’t stop.']);
  });
});
