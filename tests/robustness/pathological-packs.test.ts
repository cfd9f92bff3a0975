import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, termRule } from '../helpers';
import { customPack, elapsed, patternRule, report, rule } from './support';

const check = (...packs: string[]) => ['check', '--no-default-rules', ...packs.flatMap((p) => ['--rules', p]), '--format', 'json'];
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |internal error/);

describe('pathological rule packs give clear errors (exit 2), never a stack trace', () => {
  it('a pack of 100,000 terms loads and works in reasonable time', async () => {
    const terms = Array.from({ length: 100_000 }, (_, i) => ({ match: [`zq${i.toString(36)}x`], replace: `fixed${i}` }));
    const huge = rule('x/huge', 'term', { terms });
    const dir = tempDir({ 'p.json': customPack([huge]), 'a.txt': 'Here zq1x and zq2s0x and zqzzzzx.\n' });
    const [r, ms] = await elapsed(() => runCli(check('p.json').concat('a.txt'), { cwd: dir }));
    expect(r.code).toBe(1);
    expect(report(r.stdout).files[0].findings.map((f) => f.text)).toEqual(['zq1x', 'zq2s0x']);
    expect(ms).toBeLessThan(15_000);
  });

  it.each([
    ['an empty file', '', 'p.json:1:1: invalid JSON: expected a value'],
    ['an empty object', '{}', 'p.json:1:1: (root) is missing the required property "rules"'],
    ['a rule with nothing in it', '{"name":"n","description":"d","language":"en","rules":[{}]}', 'rules[0] is missing the required property "kind"'],
    ['arrays nested 100,000 deep', `{"rules":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'invalid JSON: nested more than 256 levels deep'],
    ['objects nested 100,000 deep', `{"rules":[{"terms":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}]}`, 'invalid JSON: nested more than 256 levels deep'],
  ])('%s', async (_what, content, message) => {
    const dir = tempDir({ 'p.json': content, 'a.txt': 'text\n' });
    const r = await runCli(check('p.json').concat('a.txt'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    noStack(r.stderr);
  });

  it('a pack with no rules is valid (it may bring only a gazetteer) and finds nothing', async () => {
    const dir = tempDir({ 'p.json': customPack([]), 'a.txt': 'text\n' });
    const r = await runCli(check('p.json').concat('a.txt'), { cwd: dir });
    expect(r.code).toBe(0);
  });

  it('duplicate ids across packs name both places', async () => {
    const dir = tempDir({ 'a.json': customPack([termRule('x/same', 'foo', 'bar')], 'a'), 'b.json': customPack([termRule('x/same', 'baz', 'qux')], 'b'), 'a.txt': 'text\n' });
    const r = await runCli(check('a.json', 'b.json').concat('a.txt'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^b\.json:\d+:\d+: duplicate rule id "x\/same" \(first defined at a\.json:\d+:\d+\)$/m);
    noStack(r.stderr);
  });

  it.each([
    ['a pattern', patternRule('x/empty', 'x*'), 'rule "x/empty": pattern: invalid pattern /x*/: it matches the empty string'],
    ['a term regex', rule('x/empty', 'term', { terms: [{ match: [{ regex: '(?:a|)' }], replace: 'b' }] }), 'terms[0].match[0].regex: invalid pattern /(?:a|)/: it matches the empty string'],
    ['an unless pattern', rule('x/empty', 'term', { terms: [{ match: ['foo'], replace: 'bar' }], unless: ['\\s*'] }), 'unless[0]: invalid pattern /\\s*/: it matches the empty string'],
  ])('%s that matches the empty string is rejected', async (_what, r0, message) => {
    const dir = tempDir({ 'p.json': customPack([r0]), 'a.txt': 'text\n' });
    const r = await runCli(check('p.json').concat('a.txt'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    noStack(r.stderr);
  });

  it('a fix that re-triggers its own rule is stopped after a bounded number of passes, reported, and nothing is written', async () => {
    const grow = patternRule('x/grow', '(x+)', { replace: '$1x' });
    const dir = tempDir({ 'p.json': customPack([grow]), 'a.txt': 'a xx b\n' });
    const [r, ms] = await elapsed(() => runCli(check('p.json').concat('--fix', 'a.txt'), { cwd: dir }));
    expect(r.code).toBe(2);
    expect(report(r.stdout).files[0].errors).toEqual([{ message: 'fixes did not settle after 10 passes (still firing: x/grow); nothing was fixed' }]);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('a xx b\n');
    expect(ms).toBeLessThan(5_000);
  });

  it('two rules that undo each other are stopped the same way, both named', async () => {
    const dir = tempDir({ 'p.json': customPack([termRule('x/ab', 'alpha', 'beta'), termRule('x/ba', 'beta', 'alpha')]), 'a.txt': 'an alpha test\n' });
    const r = await runCli(check('p.json').concat('--fix', 'a.txt'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(report(r.stdout).files[0].errors?.[0].message).toMatch(/fixes did not settle after \d+ passes \(still firing: x\/(ab|ba)(, x\/(ab|ba))?\); nothing was fixed/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('an alpha test\n');
  });
});
