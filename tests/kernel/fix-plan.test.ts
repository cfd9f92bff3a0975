import fc from 'fast-check';
import { resolveChoices, type Choice } from '../../src/kernel/apply-decisions';
import { Document } from '../../src/kernel/document';
import { fixUntilStable } from '../../src/kernel/fix-loop';
import { buildFixPlan } from '../../src/kernel/fix-plan';
import { RuleRunner } from '../../src/kernel/runner';
import type { Finding, RuleMeta } from '../../src/kernel/types';
import { ruleKinds } from '../../src/kinds';

const base = { category: 'terminology', message: '{match} → {suggestion}', description: 'test' };
const term = (id: string, severity: string, from: string, to: string) => ({ ...base, id, kind: 'term', severity, terms: [{ match: [from], replace: to }] });

// Rules whose fixes overlap, nest and reach beyond their span, as the bundled packs' do.
const rules = [
  term('t/us', 'info', 'U.S.', 'US'),
  term('t/iraq', 'error', 'U.S.-Iran', 'U.S.-Iraq'),
  term('t/quds', 'warning', 'Quds Brigade', 'Quds Force'),
  term('t/brigade', 'info', 'Brigade', 'Force'),
  { ...base, id: 't/editor', kind: 'pattern', severity: 'warning', category: 'mt-artifact', pattern: '^\\(Editor: \\w+\\)$', scope: 'line', removeLine: true },
] as unknown as RuleMeta[];
const runner = new RuleRunner(ruleKinds, rules, { gazetteer: [], dictionary: new Set() });
const check = (t: string): Finding[] => runner.run(new Document(t)).findings;

function plan(text: string) {
  const findings = check(text);
  const result = fixUntilStable(text, check);
  return { findings, result, plan: buildFixPlan(text, findings, result) };
}

const acceptAll = (findings: Finding[]): Choice[] => findings.map((_, id) => ({ id, verdict: 'accept' }));

describe('buildFixPlan + resolveChoices', () => {
  it('replays the passes of --fix: accepting everything gives its output, nothing gives the original', () => {
    const text = 'The U.S.-Iran talks, said the U.S. side.\n\n(Editor: Li)\n';
    const { findings, result, plan: p } = plan(text);
    expect(result.passes).toBe(2); // "U.S." inside "U.S.-Iran" is fixed on the second pass
    expect(resolveChoices(text, p, acceptAll(findings)).text).toBe(result.output);
    expect(resolveChoices(text, p, []).text).toBe(text);
  });

  it('keeps a nested fix independent of the fix around it', () => {
    const text = 'The U.S.-Iran talks.';
    const { findings, plan: p } = plan(text);
    const iraq = findings.findIndex((f) => f.ruleId === 't/iraq');
    const us = findings.findIndex((f) => f.ruleId === 't/us');
    expect(resolveChoices(text, p, [{ id: us, verdict: 'accept' }]).text).toBe('The US-Iran talks.');
    expect(resolveChoices(text, p, [{ id: iraq, verdict: 'accept' }]).text).toBe('The U.S.-Iraq talks.');
    expect(resolveChoices(text, p, [{ id: iraq, verdict: 'accept' }, { id: us, verdict: 'reject' }]).text).toBe('The U.S.-Iraq talks.');
  });

  it('drops a fix made moot by an accepted wider one, and applies it when that one is rejected', () => {
    const text = 'They met the Quds Brigade.';
    const { findings, plan: p } = plan(text);
    const quds = findings.findIndex((f) => f.ruleId === 't/quds');
    const brigade = findings.findIndex((f) => f.ruleId === 't/brigade');
    expect(resolveChoices(text, p, acceptAll(findings)).text).toBe('They met the Quds Force.');
    expect(resolveChoices(text, p, [{ id: quds, verdict: 'reject' }, { id: brigade, verdict: 'accept' }]).text).toBe('They met the Quds Force.');
    expect(resolveChoices(text, p, [{ id: quds, verdict: 'edit', replacement: 'al-Quds Force' }, { id: brigade, verdict: 'accept' }])).toEqual({
      text: 'They met the al-Quds Force.',
      applied: [quds],
      conflicts: [brigade],
    });
  });

  it('holds for any article made of overlapping pieces', () => {
    const piece = fc.constantFrom('U.S.', 'U.S.-Iran', 'Iran', 'Quds Brigade', 'Brigade', ' ', ' talks', '.', '\n', '\n\n', '(Editor: Li)', '\r\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.constantFrom<Choice['verdict'] | 'none'>('accept', 'reject', 'edit', 'none'), { maxLength: 30 }), (pieces, verdicts) => {
        const text = pieces.join('');
        const { findings, result, plan: p } = plan(text);
        if (!result.converged) return;
        expect(resolveChoices(text, p, acceptAll(findings)).text).toBe(result.output);
        const choices: Choice[] = findings.flatMap((_, id) => {
          const v = verdicts[id] ?? 'none';
          return v === 'none' ? [] : [{ id, verdict: v, ...(v === 'edit' ? { replacement: '#' } : {}) }];
        });
        const r = resolveChoices(text, p, choices);
        const chosen = new Set(choices.filter((c) => c.verdict !== 'reject').map((c) => c.id));
        expect(r.applied.every((id) => chosen.has(id))).toBe(true);
        if (!choices.some((c) => c.verdict !== 'reject')) expect(r.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
