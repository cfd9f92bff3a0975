import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src';
import { REPO, SEED, tempDir } from '../helpers';

const seed = readFileSync(SEED, 'utf8');
const findings = check(seed, { filename: 'samples/biden-iraq-2021.en.txt' }).files[0].findings;
const find = (ruleId: string, text: string) => findings.filter((f) => f.ruleId === ruleId && f.text === text);

describe('acceptance: the seed article with the bundled packs', () => {
  it('flags both US-Iran mentions and suggests US-Iraq / U.S.-Iraq', () => {
    const pairs = findings.filter((f) => f.ruleId === 'zh-en/iraq-iran').map((f) => [f.text, f.suggestions[0], f.line]);
    expect(pairs).toEqual([
      ['US-Iran', 'US-Iraq', 7],
      ['U.S.-Iran', 'U.S.-Iraq', 9],
    ]);
    expect(findings.find((f) => f.text === 'US-Iran')!.message).toMatch(/context points to Iraq .*; no Iran cues nearby/);
  });

  it('flags Kadimi → Kadhimi and Quds Brigade → Quds Force', () => {
    expect(find('zh-en/name-spelling', 'Kadimi')[0].suggestions).toEqual(['Kadhimi']);
    expect(find('zh-en/quds-force', 'Quds Brigade')[0].suggestions).toEqual(['Quds Force']);
  });

  it('flags the editor line and the reporter credit as removable boilerplate', () => {
    const boilerplate = findings.filter((f) => f.category === 'mt-artifact' && f.suggestions[0] === '').map((f) => f.text);
    expect(boilerplate).toEqual(expect.arrayContaining(['(Reporter Chen Mengtong produced Guo Shihao)', 'Editor in charge: [Ji Xiang]']));
  });

  it('stays silent on "Iran" in the Soleimani sentence', () => {
    const line = seed.split('\n').findIndex((l) => l.includes('Soleimani')) + 1;
    const iran = findings.filter((f) => f.line === line && /Iran/.test(f.text) && !/Revolutionary Guard/.test(f.text));
    expect(iran).toEqual([]);
  });

  it('reports positions that slice exactly the reported text', () => {
    const lines = seed.split('\n');
    for (const f of findings) {
      if (f.line === f.endLine) expect(lines[f.line - 1].slice(f.column - 1, f.endColumn - 1)).toBe(f.text);
      expect(seed.slice(f.start, f.end)).toBe(f.text);
    }
  });
});

describe('acceptance: the CLI on the seed, as a user runs it', () => {
  const bin = join(REPO, 'bin/mtlint.js');

  it('mtlint check samples/biden-iraq-2021.en.txt prints the report and exits 1', () => {
    const r = spawnSync(process.execPath, [bin, 'check', 'samples/biden-iraq-2021.en.txt'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/samples\/biden-iraq-2021\.en\.txt:7:21 +error +"US-Iran" may be a mistranslation of US-Iraq/);
  });

  it('applying the diff removes the fixed findings', () => {
    const dir = tempDir({ 'samples/biden-iraq-2021.en.txt': seed });
    const diff = spawnSync(process.execPath, [bin, 'check', '--format', 'diff', 'samples/biden-iraq-2021.en.txt'], { cwd: dir, encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, 'fix.patch'), diff);
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir });
    const fixedText = readFileSync(join(dir, 'samples/biden-iraq-2021.en.txt'), 'utf8');
    const after = check(fixedText).files[0].findings;
    for (const text of ['US-Iran', 'U.S.-Iran', 'Kadimi', 'Quds Brigade', 'Editor in charge: [Ji Xiang]', '(Reporter Chen Mengtong produced Guo Shihao)']) {
      expect(after.filter((f) => f.text === text)).toEqual([]);
    }
    expect(fixedText).toContain('the US-Iraq joint fight');
    expect(fixedText).toContain('Prime Minister Kadhimi');
    expect(fixedText.trimEnd().endsWith('in Iraq.')).toBe(true);
  });
});
