/*
 * The HTML report in a real browser (Debian's chromium, driven by playwright-core): what an
 * editor sees and does, down to the bytes of the downloaded article.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO, runCli, SEED, tempDir } from '../helpers';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(REPO, 'tests/.artifacts');
const ANNOTATED = join(REPO, 'samples/annotated');

const seedText = readFileSync(SEED, 'utf8');
const articles: Record<string, string | Buffer> = {
  'seed.txt': seedText,
  // --fix keeps the byte-order mark, CRLF line ends and UTF-16: so must the download.
  'seed-bom-crlf.txt': '\uFEFF' + seedText.replace(/\r?\n/g, '\r\n'),
  'seed-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]),
};
for (const name of readdirSync(ANNOTATED).filter((n) => n.endsWith('.txt'))) articles[`annotated/${name}`] = readFileSync(join(ANNOTATED, name), 'utf8');
const names = Object.keys(articles);

let browser: Browser;
let context: BrowserContext;
let dir: string;
let reportUrl: string;
let json: { files: { path: string; findings: { ruleId: string; text: string; fix?: unknown }[] }[] };
const fixedBytes = new Map<string, Buffer>();

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (the CI script does)`);
  dir = tempDir(articles);
  const report = await runCli(['check', '--format', 'html', '--output-file', 'report.html', '--format', 'json', ...names], { cwd: dir });
  expect(report.stderr).toBe('');
  json = JSON.parse(report.stdout);
  reportUrl = 'file://' + join(dir, 'report.html');
  const fixedDir = tempDir(articles);
  await runCli(['check', '--fix', ...names], { cwd: fixedDir });
  for (const n of names) fixedBytes.set(n, readFileSync(join(fixedDir, n)));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
}

/** A fresh browser profile per test: decisions saved by one test do not leak into the next. */
async function open(hash = '', url = reportUrl, viewport = { width: 1280, height: 900 }): Promise<Opened> {
  context = await browser.newContext({ viewport, acceptDownloads: true });
  context.setDefaultTimeout(5000);
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url + hash);
  return { page, problems, requests };
}

afterEach(async () => {
  await context?.close();
});

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return readFileSync((await file.path())!);
}

const fileIndex = (name: string) => json.files.findIndex((f) => f.path === name);

const currentId = (page: Page) => page.locator('#findings button[aria-current="true"]').getAttribute('data-id');

describe('HTML report in chromium', () => {
  it('lists every article in a sortable, filterable index, and loads nothing from anywhere', async () => {
    const { page, problems, requests } = await open();
    const rows = page.locator('#article-rows tr');
    await expect(rows.count()).resolves.toBe(names.length);
    await page.click('th button:text-is("Article")');
    const paths = await page.locator('#article-rows td.path a').allTextContents();
    expect(paths).toEqual([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    await page.click('th button:text-is("Article")');
    await expect(page.locator('#article-rows td.path a').first().textContent()).resolves.toBe(paths[paths.length - 1]);
    await page.fill('input[type=search]', 'seed');
    await expect(rows.count()).resolves.toBe(3);
    // Each row shows the score (another column when present) and the counts by severity.
    await expect(page.locator('th button:text-is("Score")').count()).resolves.toBe(1);
    await page.click('#article-rows a:text-is("seed.txt")');
    // The link opens the article's page: wait for it rather than count while it loads.
    await page.locator('#prose').waitFor({ state: 'attached' });
    await expect(page.locator('#prose').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });

  it('shows each article exactly as checked, with one highlight per finding', async () => {
    const { page, problems } = await open();
    for (const [i, file] of json.files.entries()) {
      await page.goto(`${reportUrl}#/file/${i}`);
      const ids = await page.locator('#prose mark.hl').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-id')));
      expect(new Set(ids).size).toBe(file.findings.length);
      const shown = await page.locator('#prose').textContent();
      const source = Buffer.isBuffer(articles[file.path]) ? undefined : (articles[file.path] as string).replace(/^\uFEFF/, '');
      if (source !== undefined) expect(shown).toBe(source);
      await expect(page.locator('#findings li button').count()).resolves.toBe(file.findings.length);
    }
    expect(problems).toEqual([]);
  });

  it('explains a finding: message, why, the suggestion as a word diff, rule and category', async () => {
    const seed = json.files[0];
    const id = seed.findings.findIndex((f) => f.ruleId === 'zh-en/iraq-iran');
    const { page } = await open(`#/file/0/${id}`);
    await expect(page.locator('#detail-message').textContent()).resolves.toContain('may be a mistranslation of US-Iraq');
    await expect(page.locator('#detail-why').textContent()).resolves.toMatch(/^Why: .+/);
    await expect(page.locator('#detail .diff del').allTextContents()).resolves.toEqual(['Iran']);
    await expect(page.locator('#detail .diff ins').allTextContents()).resolves.toEqual(['Iraq']);
    await expect(page.locator('#detail-rule').textContent()).resolves.toBe('zh-en/iraq-iran');
    await expect(page.locator('#detail-category').textContent()).resolves.toBe('accuracy/mistranslation');
    await expect(page.locator(`#prose mark[data-id="${id}"]`).getAttribute('class')).resolves.toContain('is-current');
  });

  it('moves with j and k, accepts with a, rejects with r and undoes with u', async () => {
    const { page, problems } = await open('#/file/0');
    const order = await page.locator('#findings li button').evaluateAll((b) => b.map((x) => x.getAttribute('data-id')));
    await expect(currentId(page)).resolves.toBe(order[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(currentId(page)).resolves.toBe(order[2]);
    await page.keyboard.press('k');
    await expect(currentId(page)).resolves.toBe(order[1]);
    await page.keyboard.press('a');
    await expect(page.locator(`#prose mark[data-id="${order[1]}"]`).first().getAttribute('class')).resolves.toContain('is-accept');
    await expect(currentId(page)).resolves.toBe(order[2]); // like git add -p, on to the next one
    await page.keyboard.press('r');
    await expect(page.locator(`#prose mark[data-id="${order[2]}"]`).first().getAttribute('class')).resolves.toContain('is-reject');
    await page.keyboard.press('u');
    await expect(currentId(page)).resolves.toBe(order[2]);
    await expect(page.locator(`#prose mark[data-id="${order[2]}"]`).first().getAttribute('class')).resolves.not.toContain('is-reject');
    await expect(page.locator('#progress').textContent()).resolves.toMatch(/1 accepted · 0 rejected/);
    // Filters narrow the list and j/k with it.
    await page.selectOption('select[name=rule]', 'zh-en/us-abbreviation');
    const filtered = await page.locator('#findings li button').count();
    expect(filtered).toBe(json.files[0].findings.filter((f) => f.ruleId === 'zh-en/us-abbreviation').length);
    expect(problems).toEqual([]);
  });

  it('accepting every suggestion downloads exactly what check --fix writes', async () => {
    for (const name of ['seed.txt', 'seed-bom-crlf.txt', 'seed-utf16.txt', ...names.filter((n) => n.startsWith('annotated/')).slice(0, 3)]) {
      const { page, problems } = await open(`#/file/${fileIndex(name)}`);
      await page.click('#accept-all');
      const bytes = await download(page, '#download-text');
      expect({ name, same: bytes.equals(fixedBytes.get(name)!) }).toEqual({ name, same: true });
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('accepting with the keyboard, one by one, gives the same bytes', async () => {
    const { page } = await open('#/file/0');
    const findings = json.files[0].findings;
    const fixable = findings.filter((f) => f.fix).length;
    // a accepts and moves on; a finding with no automatic fix is passed over with j.
    for (let i = 0; i < findings.length; i++) await page.keyboard.press(findings[Number(await currentId(page))].fix ? 'a' : 'j');
    await expect(page.locator('#progress').textContent()).resolves.toContain(`${fixable} accepted`);
    expect((await download(page, '#download-text')).equals(fixedBytes.get('seed.txt')!)).toBe(true);
  });

  it('leaves a rejected finding out, and mtlint apply writes the same file from the decisions', async () => {
    const seed = json.files[0];
    const kadimi = seed.findings.findIndex((f) => f.text === 'Kadimi');
    const { page } = await open('#/file/0');
    await page.click('#accept-all');
    await page.click(`#findings button[data-id="${kadimi}"]`);
    await page.click('#reject');
    // Rejecting moves on to the next finding; back to it to mark it for the baseline.
    await page.click(`#findings button[data-id="${kadimi}"]`);
    await page.click('#baseline');
    const corrected = (await download(page, '#download-text')).toString('utf8');
    expect(corrected).toContain('Prime Minister Kadimi');
    expect(corrected).toBe(fixedBytes.get('seed.txt')!.toString('utf8').replace('Prime Minister Kadhimi', 'Prime Minister Kadimi'));

    const decisions = JSON.parse((await download(page, '#download-decisions')).toString('utf8'));
    expect(decisions.files.map((f: { path: string }) => f.path)).toEqual(['seed.txt']);
    const rejected = decisions.files[0].decisions.filter((d: { verdict: string }) => d.verdict === 'reject');
    expect(rejected).toEqual([expect.objectContaining({ id: kadimi, ruleId: 'zh-en/name-spelling', text: 'Kadimi', baseline: true, context: expect.stringContaining('Kadimi') })]);

    const target = tempDir({ 'seed.txt': seedText, 'decisions.json': JSON.stringify(decisions) });
    const applied = await runCli(['apply', 'decisions.json', '--baseline', 'baseline.json'], { cwd: target });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(readFileSync(join(target, 'seed.txt'), 'utf8')).toBe(corrected);
    const baseline = JSON.parse(readFileSync(join(target, 'baseline.json'), 'utf8'));
    expect(baseline.entries).toEqual([expect.objectContaining({ path: 'seed.txt', ruleId: 'zh-en/name-spelling', text: 'Kadimi' })]);
    // The baseline now keeps that finding out of the report.
    const again = await runCli(['check', '--format', 'json', '--baseline', 'baseline.json', 'seed.txt'], { cwd: tempDir({ 'seed.txt': seedText, 'baseline.json': JSON.stringify(baseline) }) });
    expect(JSON.parse(again.stdout).files[0].findings.map((f: { text: string }) => f.text)).not.toContain('Kadimi');
  });

  it('takes the editor’s own replacement', async () => {
    const id = json.files[0].findings.findIndex((f) => f.ruleId === 'zh-en/iraq-iran');
    const { page } = await open(`#/file/0/${id}`);
    await page.fill('#own-text', 'US–Iraqi');
    await page.click('button:text-is("Use my text")');
    const corrected = (await download(page, '#download-text')).toString('utf8');
    expect(corrected).toBe(seedText.replace('the US-Iran joint', 'the US–Iraqi joint'));
  });

  it('renders an article full of injection attempts as text and runs none of it', async () => {
    const nasty = [
      'Title <script>window.__pwned=1</script> here.',
      '',
      'The Quds Brigade said "><img src=x onerror="window.__pwned=2"> and </textarea><textarea> then',
      '</script><script>window.__pwned=3</script> and <!-- not a comment --> &amp; <style>body{display:none}</style> done.',
      '',
    ].join('\n');
    const pack = {
      name: 'inj',
      description: 'rules whose messages carry markup',
      language: 'en',
      rules: [
        {
          id: 't/script',
          kind: 'pattern',
          severity: 'error',
          category: 'mt-artifact',
          message: 'Markup <b>left</b> in the text: {match}',
          description: 'Why </textarea><script>window.__pwned=4</script>',
          pattern: '<script>[^<]*</script>',
          replace: '',
          examples: { bad: [{ text: 'A [[<script>x</script>]] B.', suggestions: [''] }], good: ['A B.'] },
        },
        {
          id: 't/img',
          kind: 'term',
          severity: 'warning',
          category: 'style',
          message: 'Use {suggestion} instead of {match}',
          description: '"><img src=x onerror="window.__pwned=5">',
          terms: [{ match: ['Quds Brigade'], replace: '"><img src=x onerror="window.__pwned=6">' }],
          examples: { bad: [{ text: 'The [[Quds Brigade]] met.', suggestions: ['"><img src=x onerror="window.__pwned=6">'] }], good: ['The Quds Force met.'] },
        },
      ],
    };
    const name = '"><img src=x onerror=window.__pwned=7>.txt';
    const d = tempDir({ [name]: nasty, 'pack.json': JSON.stringify(pack) });
    const r = await runCli(['check', '--no-default-rules', '--rules', 'pack.json', '--format', 'html', '-o', 'r.html', name], { cwd: d });
    expect(r.stderr).toBe('');
    const { page, problems, requests } = await open('', 'file://' + join(d, 'r.html'));
    // One article: the report opens on it, its name shown as text in the masthead and the title.
    await expect(page.locator('.masthead .where').textContent()).resolves.toBe(name);
    await expect(page.title()).resolves.toBe(`mtlint: ${name}`);
    await expect(page.locator('#prose').textContent()).resolves.toBe(nasty);
    const ids = await page.locator('#findings li button').evaluateAll((b) => b.map((x) => x.getAttribute('data-id')));
    expect(ids.length).toBe(3);
    const shown: string[] = [];
    for (const id of ids) {
      await page.click(`#findings button[data-id="${id}"]`);
      shown.push((await page.locator('#detail').textContent())!);
    }
    // Messages, descriptions and suggestions appear as the literal text they are.
    expect(shown.join('\n')).toContain('Why: "><img src=x onerror="window.__pwned=5">');
    expect(shown.join('\n')).toContain('Markup <b>left</b> in the text: <script>window.__pwned=1</script>');
    expect(shown.join('\n')).toContain('Why: Why </textarea><script>window.__pwned=4</script>');
    await page.click('#accept-all');
    const corrected = (await download(page, '#download-text')).toString('utf8');
    expect(corrected).not.toContain('<script>');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    await expect(page.locator('img, iframe, textarea, style ~ style').count()).resolves.toBe(0);
    await expect(page.locator('script').count()).resolves.toBe(2);
    await expect(page.locator('#prose').isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });

  it('reads well at 1280 and at 400 px wide, and prints the article with its findings', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const id = json.files[0].findings.findIndex((f) => f.ruleId === 'zh-en/iraq-iran');
    for (const width of [1280, 400]) {
      const { page, problems } = await open(`#/file/0/${id}`, reportUrl, { width, height: 900 });
      const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
      await page.screenshot({ path: join(ARTIFACTS, `report-article-${width}.png`) });
      await page.goto(reportUrl + '#/');
      await page.screenshot({ path: join(ARTIFACTS, `report-index-${width}.png`) });
      expect(problems).toEqual([]);
      await context.close();
    }
    const { page } = await open('#/file/0');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.toolbar').isVisible()).resolves.toBe(false);
    await expect(page.locator('#prose').isVisible()).resolves.toBe(true);
    await expect(page.locator('#findings li').count()).resolves.toBe(json.files[0].findings.length);
    writeFileSync(join(ARTIFACTS, 'report-print.pdf'), await page.pdf({ format: 'A4' }));
    expect(existsSync(join(ARTIFACTS, 'report-article-400.png'))).toBe(true);
  });
});
