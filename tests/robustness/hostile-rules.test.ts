import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from '../../src/kernel/document';
import type { RuleKind } from '../../src/kernel/rule-kind';
import { RuleRunner } from '../../src/kernel/runner';
import type { RuleMeta } from '../../src/kernel/types';
import { loadRules } from '../../src/loader/load-rules';
import { catastrophicBacktracking } from '../../src/regex/redos';
import { runCli, tempDir, termRule } from '../helpers';
import { customPack, elapsed, patternRule, report, rule } from './support';

/** A line that makes a backtracking engine explore every way of splitting its run of "a"s. */
const ATTACK = 'a'.repeat(50_000) + '!\n';
const custom = ['check', '--no-default-rules', '--rules', 'p.json', '--format', 'json'];

describe('a custom rule with a catastrophic regex', () => {
  // Nested quantifiers, also over alternations: each would run for ever on ATTACK.
  const catastrophic = ['(a+)+$', '(\\w+\\s?)*$', '(?:\\w+|\\s)*$', '((ab|a)+)+$', '(?:[a-z]+|[0-9]+)+!'];

  it.each(catastrophic)('/%s/ is rejected at load time, naming the rule, the pattern and why', async (pattern) => {
    const dir = tempDir({ 'p.json': customPack([patternRule('x/redos', pattern)]), 'a.txt': ATTACK });
    const [r, ms] = await elapsed(() => runCli(custom.concat('a.txt'), { cwd: dir }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rule "x/redos"');
    expect(r.stderr).toContain(`pattern /${pattern}/ is rejected: catastrophic backtracking (ReDoS)`);
    expect(r.stderr).toMatch(/is repeated inside|can match the same characters/);
    expect(r.stderr).toMatch(/^p\.json:\d+:\d+: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(ms).toBeLessThan(5_000);
  });

  it('is rejected wherever a pattern goes: term regexes and unless', async () => {
    const term = rule('x/term', 'term', { terms: [{ match: [{ regex: '(a+)+b' }], replace: 'b' }] });
    const unless = rule('x/unless', 'term', { terms: [{ match: ['foo'], replace: 'bar' }], unless: ['(x+x+)+y'] });
    const dir = tempDir({ 'p.json': customPack([term, unless]), 'a.txt': ATTACK });
    const r = await runCli(custom.concat('a.txt'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rule "x/term": terms[0].match[0].regex: pattern /(a+)+b/ is rejected: catastrophic backtracking');
    expect(r.stderr).toContain('rule "x/unless": unless[0]: pattern /(x+x+)+y/ is rejected: catastrophic backtracking');
  });

  it('suggests an equivalent safe pattern when the analysis finds one', () => {
    expect(catastrophicBacktracking('(?:\\w+|\\s)*$', '')).toContain('an equivalent safe pattern is /(?:\\w|\\s)*$/');
  });

  it('cannot hang a run even when the static check misses it: custom patterns run in linear time', async () => {
    // (a|aa)+$ is exponential for a backtracking engine, but no nested quantifier gives it away.
    expect(catastrophicBacktracking('(a|aa)+$', '')).toBeUndefined();
    const dir = tempDir({ 'p.json': customPack([patternRule('x/overlap', '(a|aa)+$', { scope: 'line' }), patternRule('x/tail', '\\s+$', { scope: 'line' })]), 'a.txt': ATTACK + ' '.repeat(50_000) + 'x\n' });
    const [r, ms] = await elapsed(() => runCli(custom.concat('a.txt'), { cwd: dir }));
    expect(r.code).toBe(0);
    expect(report(r.stdout).files[0].findings).toEqual([]);
    expect(ms).toBeLessThan(3_000);
  });

  it('explains what the linear-time engine cannot run: lookahead inside a pattern, backreferences', async () => {
    const rules = [patternRule('x/ahead', 'foo(?=bar)baz'), patternRule('x/backref', '(\\w+) \\1'), patternRule('x/prop', '\\p{Emoji}+')];
    const dir = tempDir({ 'p.json': customPack(rules), 'a.txt': 'text\n' });
    const r = await runCli(custom.concat('a.txt'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rule "x/ahead": pattern: pattern /foo(?=bar)baz/ cannot run in a custom pack: (?=bar): lookahead is not supported');
    expect(r.stderr).toContain('rule "x/backref": pattern: pattern /(\\w+) \\1/ cannot run in a custom pack: \\1: backreferences are not supported');
    expect(r.stderr).toContain('the Unicode property "Emoji" is not available');
    expect(r.stderr).toContain('linear-time engine (RE2)');
  });

  it('keeps what custom patterns commonly use: a final lookahead, lookbehind, Unicode classes, named groups in replacements', async () => {
    const rules = [
      patternRule('x/dollars', '(?<![\\p{L}])US\\$\\s?(?<n>\\d+)(?![\\d\\p{L}])', { replace: '$$$<n>' }),
      rule('x/term', 'term', { terms: [{ match: [{ regex: 'Kadimi|Kazimi' }], replace: 'Kadhimi' }] }),
    ];
    const dir = tempDir({ 'p.json': customPack(rules), 'a.txt': 'It cost US$ 40 and US$50x, said Kadimi (卡迪米) and Kazimis.\n' });
    const r = await runCli(custom.concat('a.txt'), { cwd: dir });
    const found = report(r.stdout).files[0].findings.map((f) => [f.ruleId, f.text]);
    expect(found).toEqual([
      ['x/dollars', 'US$ 40'],
      ['x/term', 'Kadimi'],
    ]);
  });

  it('packs named as trusted run on the backtracking engine, with lookahead and backreferences (the frozen copies of the bundled packs)', () => {
    const dir = tempDir({ 'p.json': customPack([patternRule('x/backref', '\\b(\\w+) \\1\\b')]) });
    expect(() => loadRules({ paths: ['p.json'], defaults: false, cwd: dir })).toThrow(/backreferences are not supported/);
    const rules = loadRules({ paths: ['p.json'], trusted: ['p.json'], defaults: false, cwd: dir });
    expect(rules.runner.run(new Document('it was the the end')).findings.map((f) => f.text)).toEqual(['the the']);
  });

  it('the bundled packs, which do run on the backtracking engine, have no pattern the ReDoS check rejects', () => {
    const rules = loadRules({ defaults: true });
    const patterns: [string, string, string][] = [];
    for (const r of rules.rules) {
      const flags = typeof r.flags === 'string' ? r.flags : '';
      if (typeof r.pattern === 'string') patterns.push([r.id, r.pattern, flags]);
      for (const u of (r.unless as string[] | undefined) ?? []) patterns.push([r.id, u, '']);
      for (const t of (r.terms as { match: (string | { regex: string })[]; unless?: string[] }[] | undefined) ?? []) {
        for (const m of t.match) if (typeof m !== 'string') patterns.push([r.id, m.regex, 'i']);
        for (const u of t.unless ?? []) patterns.push([r.id, u, '']);
      }
    }
    expect(patterns.length).toBeGreaterThan(50);
    const dangerous = patterns.filter(([, p, f]) => catastrophicBacktracking(p, f) !== undefined);
    expect(dangerous).toEqual([]);
  });
});

describe('the per-file time budget of a rule', () => {
  const meta = (id: string, kind: string): RuleMeta => ({ id, kind, severity: 'error', category: 'style', message: 'm', description: 'd' });
  const resources = { gazetteer: [], dictionary: new Set<string>() };
  // Hostile rule kinds: a loop that never ends, through the calls a rule makes.
  const spinRegex: RuleKind = {
    kind: 'spin-regex',
    summary: '',
    schema: { properties: {} },
    create: (_r, ctx) => {
      const re = ctx.regex('x', '', 'pattern');
      return { check: () => { for (;;) re.test('yyy'); } };
    },
  };
  const spinReport: RuleKind = {
    kind: 'spin-report',
    summary: '',
    schema: { properties: {} },
    create: () => ({ check: ({ report }) => { for (;;) report({ start: 0, end: 1 }); } }),
  };
  const slowQuiet: RuleKind = {
    kind: 'slow-quiet',
    summary: '',
    schema: { properties: {} },
    create: () => ({
      check: ({ report }) => {
        report({ start: 0, end: 1 });
        const until = performance.now() + 120;
        while (performance.now() < until);
      },
    }),
  };
  const good: RuleKind = { kind: 'good', summary: '', schema: { properties: {} }, create: () => ({ check: ({ report }) => report({ start: 2, end: 3 }) }) };
  const kinds = new Map([spinRegex, spinReport, slowQuiet, good].map((k) => [k.kind, k]));

  it('stops a rule stuck in regex calls or reports, drops its findings, reports it by id, and keeps the others', () => {
    const runner = new RuleRunner(kinds, [meta('h/spin-regex', 'spin-regex'), meta('h/good', 'good'), meta('h/spin-report', 'spin-report')], resources);
    const began = performance.now();
    const result = runner.run(new Document('abcdef'), { ruleBudgetMs: 100 });
    expect(performance.now() - began).toBeLessThan(2_000);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['h/good']);
    expect(result.failures.map((f) => f.ruleId)).toEqual(['h/spin-regex', 'h/spin-report']);
    expect(result.failures[0].message).toBe('stopped after 100 ms, its time limit per file (--rule-timeout); its findings on this file are dropped');
  });

  it('fails a rule that ran over budget without a point where it could be stopped, and drops its findings', () => {
    const runner = new RuleRunner(kinds, [meta('h/slow', 'slow-quiet'), meta('h/good', 'good')], resources);
    const result = runner.run(new Document('abcdef'), { ruleBudgetMs: 50 });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['h/good']);
    expect(result.failures.map((f) => f.ruleId)).toEqual(['h/slow']);
    expect(runner.run(new Document('abcdef'), { ruleBudgetMs: 0 }).failures).toEqual([]);
  });

  it('on the command line (--rule-timeout): the slow rule is a file error (exit 2) naming it; the other rules still report', async () => {
    // One finding per "a": the rule would take seconds; it is stopped at 50 ms.
    const slow = patternRule('x/slow', 'a');
    const dir = tempDir({ 'p.json': customPack([slow, termRule('x/quds', 'Quds Brigade', 'Quds Force')]), 'a.txt': 'The Quds Brigade. ' + 'a '.repeat(300_000) + '\n' });
    const [r, ms] = await elapsed(() => runCli(custom.concat('--rule-timeout', '50', 'a.txt'), { cwd: dir }));
    expect(r.code).toBe(2);
    const file = report(r.stdout).files[0];
    expect(file.findings.map((f) => f.ruleId)).toEqual(['x/quds']);
    expect(file.errors).toEqual([{ ruleId: 'x/slow', message: expect.stringMatching(/^rule "x\/slow" failed: stopped after 50 ms/) }]);
    expect(ms).toBeLessThan(10_000);
  });

  it('with --fix, the other rules\' fixes are applied and the stopped rule is reported', async () => {
    const dir = tempDir({ 'p.json': customPack([patternRule('x/slow', 'a', { replace: 'b' }), termRule('x/quds', 'Quds Brigade', 'Quds Force')]), 'a.txt': 'The Quds Brigade. ' + 'a '.repeat(300_000) + '\n' });
    const r = await runCli(custom.concat('--fix', '--rule-timeout', '50', 'a.txt'), { cwd: dir });
    expect(r.code).toBe(2);
    const text = readFileSync(join(dir, 'a.txt'), 'utf8');
    expect(text.startsWith('The Quds Force. a a ')).toBe(true);
    expect(report(r.stdout).files[0].errors?.map((e) => e.ruleId)).toEqual(['x/slow']);
  });

  it('rejects a --rule-timeout that is not a number of milliseconds', async () => {
    const dir = tempDir({ 'a.txt': 'text\n' });
    writeFileSync(join(dir, 'p.json'), customPack([termRule('x/t', 'foo', 'bar')]));
    const r = await runCli(custom.concat('--rule-timeout', '-5', 'a.txt'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rule-timeout must be a number of milliseconds, 0 or more (got -5)');
  });
});
