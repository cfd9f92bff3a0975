/*
 * Regenerates samples/report-screenshot.png, the picture of the HTML report in the README:
 * the report for the bundled samples, opened in Debian's chromium on the seed article with one
 * finding selected. Needs /usr/bin/chromium (apt-get install chromium).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { main } from '../src/cli/main';
import { processIO } from '../src/cli/io';
import { packageRoot } from '../src/loader/package-root';

async function screenshot(): Promise<void> {
  const root = packageRoot();
  const report = join(mkdtempSync(join(tmpdir(), 'mtlint-screenshot-')), 'report.html');
  const annotated = readdirSync(join(root, 'samples/annotated')).filter((n) => n.endsWith('.txt')).map((n) => `samples/annotated/${n}`);
  const io = { ...processIO(), cwd: root, stdout: () => undefined };
  await main(['check', '--format', 'html', '--output-file', report, 'samples/biden-iraq-2021.en.txt', ...annotated], io);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(`file://${report}#/file/0`);
    // The US-Iran finding: a word diff, a rule description and highlights of every severity around it.
    const id = await page.locator('#findings button', { hasText: 'US-Iran' }).first().getAttribute('data-id');
    await page.click(`#findings button[data-id="${id}"]`);
    await page.evaluate('window.scrollTo(0, 0)');
    const out = join(root, 'samples/report-screenshot.png');
    await page.screenshot({ path: out });
    process.stdout.write(`wrote ${relative(process.cwd(), out)}\n`);
  } finally {
    await browser.close();
  }
}

screenshot().catch((err) => {
  process.stderr.write(`screenshot: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
