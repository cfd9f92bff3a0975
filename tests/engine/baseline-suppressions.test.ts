import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers';

const findingsOf = async (dir: string, ...args: string[]) =>
  JSON.parse((await runCli(['check', '--format', 'json', ...args], { cwd: dir })).stdout).files[0].findings.map((f: any) => `${f.ruleId}@${f.line}`);

describe('baseline', () => {
  it('skips recorded findings, and survives edits elsewhere in the file', async () => {
    const text = 'Intro line.\n\nSoleimani led the Quds Brigade in 2019.\n';
    const dir = tempDir({ 'a.txt': text });
    const upd = await runCli(['check', '--baseline', 'base.json', '--update-baseline', 'a.txt'], { cwd: dir });
    expect(upd.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')).entries[0]).toMatchObject({ path: 'a.txt', ruleId: 'zh-en/quds-force', text: 'Quds Brigade' });
    expect(await findingsOf(dir, '--baseline', 'base.json', 'a.txt')).toEqual([]);
    // New paragraphs above move the line; the entry still matches.
    writeFileSync(join(dir, 'a.txt'), 'A new lead paragraph.\n\nAnother one.\n\n' + text);
    expect(await findingsOf(dir, '--baseline', 'base.json', 'a.txt')).toEqual([]);
    // A new occurrence in another sentence is reported.
    writeFileSync(join(dir, 'a.txt'), text + '\nThe Quds Brigade struck again.\n');
    expect(await findingsOf(dir, '--baseline', 'base.json', 'a.txt')).toEqual(['zh-en/quds-force@5']);
  });
});

describe('inline suppressions in plain text', () => {
  it('disable-next-line and unused-directive reporting', async () => {
    const dir = tempDir({ 'a.txt': '# mtlint-disable-next-line zh-en/quds-force\nThe Quds Brigade.\n# mtlint-disable-next-line zh-en/quds-force\nNothing here.\n' });
    expect(await findingsOf(dir, 'a.txt')).toEqual([]);
    expect(await findingsOf(dir, '--report-unused-disable', 'a.txt')).toEqual(['mtlint/unused-disable@3']);
  });
});
