import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnglishWords } from '../../src/loader/dictionary';
import { tempDir } from '../helpers';

describe('English word list', () => {
  it('answers the same whether built from the package or read back from the cache', () => {
    const dir = tempDir();
    const built = loadEnglishWords(dir);
    expect(readdirSync(dir).filter((f) => f.startsWith('english-words-'))).toHaveLength(1);
    const cached = loadEnglishWords(dir);
    for (const word of ['minister', 'prime', 'brigade', 'a', 'zygote', 'café']) expect(cached.has(word)).toBe(built.has(word));
    expect(cached.has('minister')).toBe(true);
    expect(cached.has('kadhimi')).toBe(false);
    expect(cached.has('Minister')).toBe(false);
  });

  it('still works when the cache folder cannot be written', () => {
    // A folder inside a plain file can be neither made nor written.
    const words = loadEnglishWords(join(tempDir({ blocker: 'not a folder' }), 'blocker', 'cache'));
    expect(words.has('minister')).toBe(true);
  });
});
