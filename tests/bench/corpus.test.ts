import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusText, ensureCorpus, ensureSplitCorpus, samplePool } from '../../bench/corpus';
import { INJECTED_ENTRIES, termEntries } from '../../bench/term-dictionary';
import { REPO, tempDir } from '../helpers';

describe('benchmark corpus', () => {
  const text = corpusText(REPO, 200_000);

  it('is the same text on every run', () => {
    expect(corpusText(REPO, 200_000)).toBe(text);
  });

  it('is built from the sample paragraphs, with injected dictionary errors', () => {
    const pool = samplePool(REPO);
    const paragraphs = text.split('\n\n').filter(Boolean);
    // Most paragraphs are samples as they are; the rest carry an injected error.
    expect(paragraphs.filter((p) => pool.includes(p)).length).toBeGreaterThan(paragraphs.length / 3);
    const injected = termEntries(INJECTED_ENTRIES).filter((e) => text.includes(e.wrong));
    expect(injected.length).toBeGreaterThan(10);
  });

  it('writes files of the requested size, each a prefix of the article stream, split on paragraph breaks', () => {
    const dir = tempDir();
    const file = ensureCorpus(REPO, dir, 1);
    expect(file.bytes).toBeLessThanOrEqual(1_000_000);
    expect(file.bytes).toBeGreaterThan(990_000);
    const content = readFileSync(file.path, 'utf8');
    expect(content.startsWith(text.slice(0, 100_000))).toBe(true);

    const split = ensureSplitCorpus(file, join(dir, 'split'), 4);
    expect(split).toMatchObject({ bytes: file.bytes, mb: 1 });
    const parts = split.paths.map((p) => readFileSync(p, 'utf8'));
    expect(parts.join('')).toBe(content);
    for (const part of parts.slice(0, -1)) expect(part.endsWith('\n\n')).toBe(true);
  });
});
