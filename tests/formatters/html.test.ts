import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptJson } from '../../src/formatters/html/embed';
import { resolveChoices } from '../../src/kernel/apply-decisions';
import { runCli, SEED, tempDir } from '../helpers';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

async function htmlReport(files: Record<string, string>, args: string[] = []): Promise<{ html: string; dir: string }> {
  const dir = tempDir(files);
  const r = await runCli(['check', '--format', 'html', '--output-file', 'report.html', ...args, ...Object.keys(files)], { cwd: dir });
  expect(r.stderr).toBe('');
  return { html: readFileSync(join(dir, 'report.html'), 'utf8'), dir };
}

function embeddedData(html: string) {
  const m = /<script type="application\/json" id="mtlint-data">([^]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]);
}

describe('html formatter', () => {
  it('is one self-contained page: a CSP that allows exactly its inline script and style, and no URL to load', async () => {
    const { html } = await htmlReport({ 'a.txt': readFileSync(SEED, 'utf8') });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    const style = /<style>([^]*?)<\/style>/.exec(html)![1];
    const scripts = [...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(csp).toBe(`default-src 'none'; script-src ${hash(scripts[0])}; style-src ${hash(style)}; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).not.toMatch(/https?:\/\/|\ssrc=|@import|url\(/);
  });

  it('embeds the data so that no text can close the script element, and reads back unchanged', async () => {
    const nasty = 'A </script><script>alert(1)</script> and <!-- and \u2028 and "quotes" & <b>.\n';
    expect(scriptJson({ t: nasty })).not.toMatch(/[<>&\u2028]/);
    const { html } = await htmlReport({ 'x.txt': nasty });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(embeddedData(html).files[0].text).toBe(nasty);
  });

  it('carries what the page shows: score, counts, top categories, rule descriptions and word diffs', async () => {
    const { html } = await htmlReport({ 'seed.txt': readFileSync(SEED, 'utf8') });
    const file = embeddedData(html).files[0];
    expect(typeof file.score).toBe('number');
    expect(file.counts.error).toBeGreaterThan(0);
    expect(file.categories[0][1]).toBeGreaterThanOrEqual(file.categories[1][1]);
    const iran = file.findings.find((f: { ruleId: string }) => f.ruleId === 'zh-en/iraq-iran');
    expect(iran.description).toMatch(/Iraq/);
    expect(iran.diffs[0].filter((p: [number, string]) => p[0] !== 0)).toEqual([[-1, 'Iran'], [1, 'Iraq']]);
    expect(iran.context).toContain('US-Iran joint fight');
  });

  it('plans fixes so that accepting everything in the page gives exactly what --fix writes', async () => {
    const text = readFileSync(SEED, 'utf8');
    const { html, dir } = await htmlReport({ 'seed.txt': text });
    const file = embeddedData(html).files[0];
    const all = file.findings.map((f: { id: number }) => ({ id: f.id, verdict: 'accept' }));
    await runCli(['check', '--fix', 'seed.txt'], { cwd: dir });
    expect(resolveChoices(text, file.plan, all).text).toBe(readFileSync(join(dir, 'seed.txt'), 'utf8'));
    expect(resolveChoices(text, file.plan, []).text).toBe(text);
  });

  it('keeps findings that --quiet hides out of the plan the editor controls', async () => {
    const text = readFileSync(SEED, 'utf8');
    const { html } = await htmlReport({ 'seed.txt': text }, ['--quiet']);
    const file = embeddedData(html).files[0];
    expect(file.findings.every((f: { severity: string }) => f.severity === 'error' || f.severity === 'critical')).toBe(true);
    const all = file.findings.map((f: { id: number }) => ({ id: f.id, verdict: 'accept' }));
    const out = resolveChoices(text, file.plan, all).text;
    expect(out).toContain('Kadhimi');
    expect(out).toContain('U.S. State Department'); // an info finding, not shown, so not fixed
  });
});
