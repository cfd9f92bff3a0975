import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { junit } from '../../src/formatters/junit';
import { runCli, SEED, tempDir } from '../helpers';
import { fakeContext, finding, report } from './format-context';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true, // decode character references such as &#10;
  isArray: (name) => ['testcase', 'failure', 'error'].includes(name),
});

function parse(xml: string): any {
  expect(XMLValidator.validate(xml)).toBe(true);
  // Outside tab, LF and CR, no C0 control may appear in XML 1.0, not even escaped.
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|&#0*(?:[0-8]|1[1-2]|1[4-9]|2\d|3[01]);/);
  return parser.parse(xml).testsuites;
}

describe('junit formatter', () => {
  it('makes one test case per file, failing on error and critical findings only, with counts', () => {
    const xml = junit(
      report(
        {
          path: 'news/bad.txt',
          findings: [
            finding({ severity: 'critical', message: 'Critical one', ruleId: 'r/crit' }),
            finding({ severity: 'warning', message: 'Only a warning', ruleId: 'r/warn' }),
            finding({ severity: 'error', message: 'Use Quds Force', ruleId: 'r/quds', line: 2, column: 5, suggestions: ['Quds Force'] }),
          ],
        },
        { path: 'news/style.txt', findings: [finding({ severity: 'info', message: 'Prefer US', suggestions: [''] })] },
        { path: 'news/clean.txt', findings: [] },
        { path: 'news/bin.dat', findings: [], errors: [{ message: 'binary file (NUL byte at offset 2); skipped' }] },
      ),
      fakeContext(),
    );
    const suites = parse(xml);
    const suite = suites.testsuite;
    expect(suite.name).toBe('mtlint');
    for (const s of [suites, suite]) expect([s.tests, s.failures, s.errors]).toEqual(['4', '1', '1']);
    const [bad, style, clean, bin] = suite.testcase;
    expect([bad.classname, bad.name]).toEqual(['news/bad.txt', 'news/bad.txt']);
    expect(bad.failure.map((f: any) => [f.type, f.message])).toEqual([
      ['r/crit', 'Critical one'],
      ['r/quds', 'Use Quds Force'],
    ]);
    expect(bad.failure[1]['#text']).toBe('news/bad.txt:2:5 r/quds Use Quds Force\nsuggestion: “Quds Force”');
    // Every finding is in the output too, since CI pages show only a test case's first failure.
    expect(bad['system-out']).toContain('warning: news/bad.txt:1:5 r/warn Only a warning');
    expect(bad['system-out'].split('\n')).toHaveLength(6);
    expect(style.failure).toBeUndefined();
    expect(style['system-out']).toBe('info: news/style.txt:1:5 test/rule Prefer US\nsuggestion: delete it');
    expect(clean).toEqual({ classname: 'news/clean.txt', name: 'news/clean.txt' });
    expect(bin.error).toEqual([{ message: 'binary file (NUL byte at offset 2); skipped', type: 'mtlint/file-not-checked', '#text': 'news/bin.dat: binary file (NUL byte at offset 2); skipped' }]);
  });

  it('fails a test case on the quality gate, even when it has only warnings', () => {
    const gated = { path: 'a.txt', findings: [finding({ severity: 'warning' })], score: 80, penalty: 5, words: 250, passed: false, gate: ['score 80 is below the minimum 90'] };
    const suites = parse(junit(report(gated), fakeContext()));
    expect([suites.tests, suites.failures, suites.errors]).toEqual(['1', '1', '0']);
    expect(suites.testsuite.testcase[0].failure).toEqual([
      { message: 'Quality gate failed: score 80 is below the minimum 90.', type: 'mtlint/quality-gate', '#text': 'a.txt: Quality gate failed: score 80 is below the minimum 90.' },
    ]);
  });

  it('escapes hostile text in attributes and bodies, and strips what XML cannot hold', () => {
    const hostile = `<script>alert("x" & 'y')</script> ]]> a\u0000b\u0007c\uFFFE tab\there\r\nnext`;
    const path = `news/"odd" & <name>.txt`;
    const xml = junit(report({ path, findings: [finding({ message: hostile, ruleId: `r/<&"'>`, suggestions: [hostile] })] }), fakeContext());
    expect(xml).not.toContain('<script>');
    const testcase = parse(xml).testsuite.testcase[0];
    const clean = hostile.replace(/[\u0000\u0007\uFFFE]/g, '');
    expect(testcase.name).toBe(path);
    expect(testcase.failure[0].message).toBe(clean); // line breaks and tabs survive in the attribute
    expect(testcase.failure[0].type).toBe(`r/<&"'>`);
    expect(testcase.failure[0]['#text']).toBe(`${path}:1:5 r/<&"'> ${clean}\nsuggestion: “${clean}”`);
  });

  it('keeps characters outside the Basic Multilingual Plane and drops lone surrogates', () => {
    const xml = junit(report({ path: 'a.txt', findings: [finding({ message: 'emoji 😀 lone \uD800 end' })] }), fakeContext());
    expect(parse(xml).testsuite.testcase[0].failure[0].message).toBe('emoji 😀 lone  end');
  });

  it('is what `mtlint check --format junit --output-file` writes for the seed article', async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'article.txt'));
    const json = JSON.parse((await runCli(['check', '--format', 'json', 'article.txt'], { cwd: dir })).stdout);
    const errors = json.files[0].findings.filter((f: any) => f.severity === 'error' || f.severity === 'critical');
    const r = await runCli(['check', '--format', 'junit', '--output-file', 'junit.xml', 'article.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    const suites = parse(readFileSync(join(dir, 'junit.xml'), 'utf8'));
    expect([suites.tests, suites.failures, suites.errors]).toEqual(['1', '1', '0']);
    const testcase = suites.testsuite.testcase[0];
    expect(testcase.name).toBe('article.txt');
    expect(testcase.failure.map((f: any) => f.type)).toEqual(errors.map((f: any) => f.ruleId));
    expect(testcase['system-out'].split('\n')).toHaveLength(2 * json.files[0].findings.length);
  });
});
