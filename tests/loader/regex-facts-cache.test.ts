import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegexFactsCache } from '../../src/loader/regex-facts-cache';
import { regexFacts } from '../../src/regex/required-literals';
import { tempDir } from '../helpers';

const PATTERN = '^[ \\t]*Editor in charge: .+$';

describe('RegexFactsCache', () => {
  it('gives what the analysis gives, and the same after a round trip through its file', () => {
    const dir = tempDir();
    const first = new RegexFactsCache(dir);
    expect(first.get(PATTERN, 'g')).toEqual(regexFacts(PATTERN, 'g'));
    first.save();
    const files = readdirSync(dir).filter((f) => f.startsWith('regex-facts-'));
    expect(files).toHaveLength(1);
    const again = new RegexFactsCache(dir).get(PATTERN, 'g');
    expect(again).toEqual(regexFacts(PATTERN, 'g'));
    // An unbounded offset survives JSON.
    expect(again?.prefilter?.literals[0].maxPre).toBe(Infinity);
  });

  it('keys on the rarity asked for, so a hint and a match of one pattern differ', () => {
    const cache = new RegexFactsCache(tempDir());
    expect(cache.get('[(][ ]*[)]', 'g')?.prefilter).toBeUndefined();
    expect(cache.get('[(][ ]*[)]', 'g', 5)?.prefilter?.literals.map((l) => l.text)).toEqual(['(']);
  });

  it('starts afresh from a damaged file, and removes files other versions left', () => {
    const dir = tempDir({ 'regex-facts-0.0.1-old.json': '{}' });
    const cache = new RegexFactsCache(dir);
    cache.save();
    expect(cache.get(PATTERN, 'g')).toEqual(regexFacts(PATTERN, 'g'));
    cache.save();
    const [own] = readdirSync(dir);
    expect(readdirSync(dir)).toEqual([own]);
    writeFileSync(join(dir, own), '{"g/x": {"minLen');
    expect(new RegexFactsCache(dir).get(PATTERN, 'g')).toEqual(regexFacts(PATTERN, 'g'));
  });

  it('works without a writable cache folder', () => {
    const cache = new RegexFactsCache(join(tempDir({ blocker: 'a file' }), 'blocker', 'cache'));
    expect(cache.get(PATTERN, 'g')).toEqual(regexFacts(PATTERN, 'g'));
    expect(() => cache.save()).not.toThrow();
  });
});
