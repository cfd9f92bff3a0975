import { join } from 'node:path';
import { evaluate, scoreFile } from '../../src/eval/evaluate';
import { loadRules } from '../../src/loader/load-rules';
import type { Finding } from '../../src/kernel/types';
import { REPO } from '../helpers';

const f = (start: number, end: number, text: string, suggestion?: string): Finding => ({
  ruleId: 'r', severity: 'error', category: 'c', message: '', line: 1, column: start + 1, endLine: 1, endColumn: end + 1,
  text, suggestions: suggestion === undefined ? [] : [suggestion], start, end,
});

describe('scoreFile', () => {
  it('counts hits, misses, false alarms, fix accuracy and clean-span violations', () => {
    const text = 'The US-Iran talks with Kadimi and Iran.';
    const s = scoreFile('x', text, {
      expected: [
        { span: 'The [[US-Iran]] talks', class: 'a', fix: 'US-Iraq' },
        { span: 'with [[Kadimi]]', class: 'b', fix: 'Kadhimi' },
      ],
      clean: ['and [[Iran]]'],
    }, [f(4, 11, 'US-Iran', 'US-Iraq'), f(34, 38, 'Iran', 'Iraq')]);
    expect([s.truePositives, s.missed.length, s.falsePositives.length, s.fixChecked, s.fixCorrect, s.cleanViolations.length]).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('evaluation targets on samples/annotated and the seed (npm run eval)', () => {
  const result = evaluate(loadRules(), [join(REPO, 'samples'), join(REPO, 'samples/annotated')]);

  it('covers at least 10 annotated articles besides the seed', () => {
    expect(result.files.length).toBeGreaterThanOrEqual(11);
  });

  it('fully covers the seed article and stays silent on its clean spans', () => {
    const seed = result.files.find((x) => x.file.endsWith('biden-iraq-2021.en.txt'))!;
    expect(seed.missed).toEqual([]);
    expect(seed.cleanViolations).toEqual([]);
  });

  it('meets recall ≥ 90%, precision ≥ 95%, fix accuracy ≥ 90%', () => {
    expect({ recall: result.recall >= 0.9, precision: result.precision >= 0.95, fixAccuracy: result.fixAccuracy >= 0.9 }).toEqual({
      recall: true,
      precision: true,
      fixAccuracy: true,
    });
  });
});
