import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { html } from '../../src/formats/html';
import { markdown } from '../../src/formats/markdown';
import { plain } from '../../src/formats/plain';
import { MASK } from '../../src/formats/types';
import { runCli, tempDir } from '../helpers';

const opts = { plainTextComment: '#' };
const visible = (s: string) => s.split(MASK).join('').replace(/\s+/g, ' ').trim();

describe('Markdown prose', () => {
  const source = '---\ntitle: US-Iran\n---\n# The **Quds Brigade**\n\nSee [the report](https://x.com/Quds-Brigade) and `Quds Brigade` code.\n\n```\nQuds Brigade\n```\n\nhttps://example.com/Quds%20Brigade\n';

  it('keeps text nodes only, at their original offsets', () => {
    const prose = markdown.extract(source, opts);
    expect(prose.text).toHaveLength(source.length);
    expect(visible(prose.text)).toBe('The Quds Brigade See the report and code.');
    const at = source.indexOf('Quds Brigade');
    expect(prose.text.slice(at, at + 12)).toBe('Quds Brigade');
  });

  it('reads directives from HTML comments', () => {
    const prose = markdown.extract('Text\n\n<!-- mtlint-disable-next-line zh-en/quds-force -- house name -->\nQuds Brigade\n', opts);
    expect(prose.directives).toEqual([{ kind: 'disable-next-line', rules: ['zh-en/quds-force'], line: 3, column: expect.any(Number) }]);
  });
});

describe('HTML prose', () => {
  it('skips tags, attributes, scripts and code, decodes entities in place', () => {
    const source = '<p class="Quds Brigade">The <b>Quds Brigade</b> &amp; friends</p><script>Quds Brigade</script><code>Quds Brigade</code><p>Next.</p>';
    const prose = html.extract(source, opts);
    expect(prose.text).toHaveLength(source.length);
    expect(visible(prose.text)).toBe('The Quds Brigade & friends Next.');
  });

  it('makes block elements on one line separate paragraphs', () => {
    const prose = html.extract('<p>One here.</p><p>Two there.</p>', opts);
    expect(prose.text).toMatch(/One here\.[^]*\n\n[^]*Two there\./);
  });
});

describe('plain text directives', () => {
  it('uses the configured comment prefix and hides the directive line from the rules', () => {
    const prose = plain.extract('Intro.\n# mtlint-disable zh-en/x\nText.\n', opts);
    expect(prose.directives[0]).toMatchObject({ kind: 'disable', rules: ['zh-en/x'], line: 2 });
    expect(prose.text).not.toContain('mtlint-disable');
  });
});

describe('fixing Markdown and HTML in place', () => {
  const cases: [string, string][] = [
    ['a.md', '# Report\n\nThe **Quds Brigade** met [Kadhimi](https://x.com/Quds-Brigade).\n\n`Quds Brigade` stays.\n'],
    ['a.html', '<!doctype html><html><body><p title="Quds Brigade">The <em>Quds Brigade</em> met.</p><pre>Quds Brigade</pre></body></html>\n'],
  ];
  it.each(cases)('%s: changes only the fixed span; markup stays byte-identical', async (name, source) => {
    const dir = tempDir({ [name]: source });
    const r = await runCli(['check', '--fix', name], { cwd: dir });
    expect(r.code).toBe(0);
    const after = readFileSync(join(dir, name), 'utf8');
    const first = source.indexOf('Quds Brigade', source.indexOf('>') > 0 && name.endsWith('html') ? source.indexOf('<em>') : source.indexOf('**'));
    expect(after).toBe(source.slice(0, first) + 'Quds Force' + source.slice(first + 'Quds Brigade'.length));
  });

  it('honours disable comments in Markdown', async () => {
    const dir = tempDir({ 'a.md': 'Text.\n\n<!-- mtlint-disable zh-en/quds-force -->\nThe Quds Brigade.\n<!-- mtlint-enable -->\n\nThe Quds Brigade again.\n' });
    const r = await runCli(['check', '--format', 'json', 'a.md'], { cwd: dir });
    expect(JSON.parse(r.stdout).files[0].findings.filter((f: any) => f.ruleId === 'zh-en/quds-force').map((f: any) => f.line)).toEqual([7]);
  });
});
