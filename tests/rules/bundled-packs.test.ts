import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, loadRules, testRules } from '../../src';
import { REPO } from '../helpers';

const rules = loadRules();

describe('bundled rule packs', () => {
  it('every rule passes its own examples (mtlint rules test)', () => {
    const result = testRules(rules);
    const report = result.failures.map((f) => `${f.ruleId} (${f.file}): ${f.problem}\n  example: ${f.example}\n  expected: ${f.expected}\n  got: ${f.got}`);
    expect(report).toEqual([]);
    expect(result.examples).toBeGreaterThan(0);
  });

  // Examples cannot cover a character class: a hint written as code point ranges (faster than
  // Script properties) is checked against the class it stands for, on every code point.
  it('the untranslated-CJK hint covers every character the rule can match', () => {
    const rule = rules.rule('zh-en/untranslated-cjk') as unknown as { requires: string };
    const hint = new RegExp(`^(?:${rule.requires})$`, 'u');
    const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u30FC]$/u;
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (cjk.test(ch) && !hint.test(ch)) missed.push(cp.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('every rule has at least one bad and one good example', () => {
    for (const r of rules.rules) {
      expect([r.id, r.examples.bad.length > 0, r.examples.good.length > 0]).toEqual([r.id, true, true]);
    }
  });

  it('has a gazetteer of at least 500 entries, each with Chinese forms and a country', () => {
    const g = rules.resources.gazetteer;
    expect(g.length).toBeGreaterThanOrEqual(500);
    expect(g.every((e) => e.zh.length > 0 && /^[A-Z]{2}$|^INT$|^EU$/.test(e.country))).toBe(true);
  });
});

describe('precision on the clean corpus (samples/clean)', () => {
  const dir = join(REPO, 'samples/clean');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const results = files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { file: f, words: text.split(/\s+/).filter(Boolean).length, findings: checkText(text, rules).findings };
  });
  const words = results.reduce((n, r) => n + r.words, 0);
  const all = results.flatMap((r) => r.findings.map((x) => `${r.file}:${x.line}:${x.column} ${x.ruleId} ${JSON.stringify(x.text)}`));

  it('holds at least 8,000 words', () => {
    expect(words).toBeGreaterThanOrEqual(8000);
  });

  it('gives zero error-severity findings', () => {
    const errors = results.flatMap((r) => r.findings.filter((x) => x.severity === 'error' || x.severity === 'critical').map((x) => `${r.file}:${x.line} ${x.ruleId} ${x.text}`));
    expect(errors).toEqual([]);
  });

  it('gives at most one finding per 2,000 words', () => {
    expect(all.length <= words / 2000 ? [] : all).toEqual([]);
  });
});
