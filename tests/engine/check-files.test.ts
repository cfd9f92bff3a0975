import { createHash } from 'node:crypto';
import { checkFiles } from '../../src/engine/check-files';
import { tempDir } from '../helpers';

const ARTICLE = 'Prime Minister Kadimi met the Quds Brigade commander.\n';

describe('checkFiles file facts', () => {
  const dir = tempDir({ 'a.txt': ARTICLE });
  const digest = createHash('sha256').update(ARTICLE).digest('hex');

  it('records encoding and BOM of every file, and no hash when nothing will check one', () => {
    const meta = checkFiles(['a.txt'], { cwd: dir }).meta.get('a.txt');
    expect(meta).toEqual({ bom: false, encoding: 'utf-8' });
  });

  it('hashes the bytes read when fixes are computed, for checking the file later', () => {
    expect(checkFiles(['a.txt'], { cwd: dir, computeFixes: true }).meta.get('a.txt')?.sha256).toBe(digest);
  });
});
