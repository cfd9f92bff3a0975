import { mtlintPack, prhYaml, termEntries, writeDictionary } from '../../bench/term-dictionary';
import { checkText } from '../../src/engine/check';
import { loadRules } from '../../src/loader/load-rules';
import { tempDir } from '../helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const prh = require('prh') as { fromYAML(path: string, yaml: string): { rules: { expected: string }[]; replaceByRule(path: string, text: string): string } };

describe('benchmark term dictionaries', () => {
  const entries = termEntries(10_000);

  it('are deterministic, distinct, and nested (each size is a prefix of the next)', () => {
    expect(termEntries(100)).toEqual(entries.slice(0, 100));
    expect(new Set(entries.map((e) => e.wrong)).size).toBe(entries.length);
  });

  it('have wrong forms that start and end with ASCII letters and never contain another entry', () => {
    // Both tools then agree on word boundaries (prh's \b is ASCII) and never on overlapping matches.
    const all = new Set([...entries.map((e) => e.wrong), ...entries.map((e) => e.right)]);
    for (const e of entries) {
      expect(e.wrong).toMatch(/^[A-Za-z].*[A-Za-z]$/);
      for (const word of e.wrong.split(' ')) expect(all.has(word)).toBe(false);
      expect(e.right).not.toContain(e.wrong);
    }
  });

  it('load as a valid mtlint pack whose term rule flags each wrong form', () => {
    const dir = tempDir();
    const files = writeDictionary(dir, 100);
    const rules = loadRules({ paths: [files.pack], defaults: false });
    const sample = termEntries(100).slice(0, 3);
    const text = sample.map((e) => `Officials met ${e.wrong} today.`).join('\n');
    const { findings } = checkText(text, rules);
    expect(findings.map((f) => [f.text, f.suggestions])).toEqual(sample.map((e) => [e.wrong, [e.right]]));
    expect(rules.rules).toHaveLength(1);
  });

  it('give prh the same entries, which it applies to the same text', () => {
    const sample = termEntries(100);
    const engine = prh.fromYAML('', prhYaml(sample));
    expect(engine.rules.map((r) => r.expected)).toEqual(sample.map((e) => e.right));
    const text = `${sample[5].wrong} met ${sample[7].wrong}; X${sample[9].wrong} is not a whole word.`;
    expect(engine.replaceByRule('', text)).toBe(`${sample[5].right} met ${sample[7].right}; X${sample[9].wrong} is not a whole word.`);
  });

  it('has one case-sensitive term rule per pack', () => {
    const pack = mtlintPack(termEntries(10)) as { rules: { caseSensitive: boolean; terms: unknown[] }[] };
    expect(pack.rules[0].caseSensitive).toBe(true);
    expect(pack.rules[0].terms).toHaveLength(10);
  });
});
