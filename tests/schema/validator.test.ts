import { join } from 'node:path';
import { loadRules } from '../../src/loader/load-rules';
import { UsageError } from '../../src/schema/diagnostic';
import { pack, tempDir, termRule } from '../helpers';

function errorsFor(files: Record<string, string>): string[] {
  const dir = tempDir(files);
  try {
    loadRules({ paths: [dir], defaults: false, cwd: dir });
  } catch (err) {
    if (err instanceof UsageError) return err.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);
    throw err;
  }
  return [];
}

describe('rule pack validation', () => {
  it('points at the offending value with file, line, column, JSON path and a plain message', () => {
    const rules = [termRule('t/a', 'x', 'y'), termRule('t/b', 'x', 'y'), termRule('t/c', 'x', 'y'), { ...termRule('t/d', 'x', 'y'), severity: 'critical!' }];
    const text = pack(rules);
    const line = text.split('\n').findIndex((l) => l.includes('"critical!"')) + 1;
    const column = text.split('\n')[line - 1].indexOf('"critical!"') + 1;
    expect(errorsFor({ 'custom.json': text })).toEqual([
      `custom.json:${line}:${column}: rules[3].severity must be one of critical, error, warning, info (got "critical!")`,
    ]);
  });

  it('catches a misspelt property and suggests the right one', () => {
    const rule: Record<string, unknown> = { ...termRule('t/a', 'x', 'y'), severty: 'error' };
    const errors = errorsFor({ 'p.json': pack([rule]) });
    expect(errors.some((e) => /rules\[0\]\.severty is not a known property \(did you mean "severity"\?\)/.test(e))).toBe(true);
  });

  it('reports every problem in one run, not just the first', () => {
    const a = { ...termRule('t/a', 'x', 'y'), category: 'Bad Category' };
    const b: Record<string, unknown> = { ...termRule('t/b', 'x', 'y') };
    delete b.message;
    const errors = errorsFor({ 'p.json': pack([a, b]) });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/rules\[0\]\.category has an invalid format/);
    expect(errors[1]).toMatch(/rules\[1\] is missing the required property "message"/);
  });

  it('reports an unknown rule kind', () => {
    const errors = errorsFor({ 'p.json': pack([{ ...termRule('t/a', 'x', 'y'), kind: 'magic' }]) });
    expect(errors[0]).toMatch(/^p\.json:8:15: rules\[0\]\.kind must be one of term, confusable, entity, pattern, consistency, repetition \(got "magic"\)$/);
  });

  it('reports invalid JSON with its position', () => {
    expect(errorsFor({ 'p.json': '{\n  "name": "x",\n  "rules": [,]\n}' })[0]).toMatch(/^p\.json:3:13: invalid JSON: expected a value/);
  });

  it('names the rule and the engine message for a regex that does not compile', () => {
    const rule = { ...termRule('t/re', 'x', 'y'), terms: [{ match: [{ regex: '(unclosed' }], replace: 'y' }] };
    const [error] = errorsFor({ 'p.json': pack([rule]) });
    expect(error).toMatch(/^p\.json:\d+:\d+: rule "t\/re": terms\[0\]\.match\[0\]\.regex: invalid pattern .*Unterminated group/);
  });

  it('names both places of a duplicate id', () => {
    const errors = errorsFor({ 'a.json': pack([termRule('t/same', 'x', 'y')]), 'b.json': pack([termRule('t/same', 'x', 'y')]) });
    expect(errors).toEqual([expect.stringMatching(/^b\.json:\d+:\d+: duplicate rule id "t\/same" \(first defined at a\.json:\d+:\d+\)$/)]);
  });

  it('validates gazetteer files referenced by a pack', () => {
    const errors = errorsFor({
      'p.json': pack([termRule('t/a', 'x', 'y')], { gazetteers: ['gaz/g.json'] }),
      'gaz/g.json': JSON.stringify({ name: 'g', entries: [{ name: 'X', zh: ['某'], country: 'iraq', type: 'person' }] }, null, 2),
    });
    expect(errors[0]).toMatch(/^gaz\/g\.json:\d+:\d+: entries\[0\]\.country has an invalid format/);
  });

  it('loads a valid custom pack from a folder', () => {
    const dir = tempDir({ 'p.json': pack([termRule('t/a', 'x', 'y')]) });
    const set = loadRules({ paths: [join(dir, 'p.json')], defaults: false });
    expect(set.rules.map((r) => r.id)).toEqual(['t/a']);
  });
});
