import { join } from 'node:path';
import { loadRules } from '../../src/loader/load-rules';
import { testRules } from '../../src/testing/rule-tester';
import { pack, tempDir } from '../helpers';

function packWith(rule: Record<string, unknown>) {
  const dir = tempDir({
    'p.json': pack([
      {
        id: 'custom/cjk-comma',
        kind: 'pattern',
        severity: 'warning',
        category: 'typography',
        message: 'Use an English comma',
        description: 'A Chinese comma between English words.',
        pattern: '(?<=\\w)，(?=\\w)',
        replace: ', ',
        scope: 'line',
        examples: { bad: [{ text: 'Trade[[，]]energy', suggestions: [', '] }], good: ['Trade, energy'] },
        ...rule,
      },
    ]),
  });
  const set = loadRules({ paths: [join(dir, 'p.json')], defaults: false, cwd: dir });
  return testRules(set);
}

describe('rule tester', () => {
  it('passes a rule whose examples hold, with or without a correct requires hint', () => {
    expect(packWith({}).failures).toEqual([]);
    expect(packWith({ requires: '，' }).failures).toEqual([]);
  });

  it('fails a requires hint that some match does not contain, naming the problem', () => {
    const result = packWith({ requires: '、' });
    expect(result.failures.map((f) => f.problem)).toContain('the "requires" hint changes what the rule finds: some match does not contain it');
  });
});
