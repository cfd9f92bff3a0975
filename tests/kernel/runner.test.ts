import { Document } from '../../src/kernel/document';
import type { ReportDescriptor, RuleKind } from '../../src/kernel/rule-kind';
import { RuleRunner } from '../../src/kernel/runner';
import type { RuleMeta } from '../../src/kernel/types';

type ProbeRule = RuleMeta & { reports: ReportDescriptor[] };

/** A kind that reports what its rule lists, so the runner's side of a finding is seen alone. */
const probe: RuleKind<ProbeRule> = {
  kind: 'probe',
  summary: 'Reports the spans its rule lists.',
  schema: { properties: {} },
  create: (rule) => ({ check: ({ report }) => rule.reports.forEach((r) => report(r)) }),
};

function messages(message: string, reports: ReportDescriptor[]): string[] {
  const meta = { id: 'test/probe', kind: 'probe', severity: 'warning', category: 'style', description: 'test', message, reports } as unknown as RuleMeta;
  const runner = new RuleRunner(new Map([['probe', probe as RuleKind]]), [meta], { gazetteer: [], dictionary: new Set() });
  if (runner.compileErrors.length) throw runner.compileErrors[0];
  return runner.run(new Document('Kadimi met Biden. Et al.')).findings.map((f) => f.message);
}

describe('RuleRunner messages', () => {
  it('fills {match}, {suggestion} and {suggestions}, showing a deletion as (delete)', () => {
    expect(messages('"{match}": use {suggestion} (or {suggestions})', [{ start: 0, end: 6, suggestions: ['Kadhimi', 'al-Kadhimi'] }])).toEqual([
      '"Kadimi": use Kadhimi (or Kadhimi, al-Kadhimi)',
    ]);
    expect(messages('{match} → {suggestion}', [{ start: 18, end: 24, suggestions: [''] }])).toEqual(['Et al. → (delete)']);
  });

  it("lets a rule's own data stand before the built-in values", () => {
    expect(messages('{match} is {role}', [{ start: 0, end: 6, data: { match: 'the PM', role: 'Iraqi PM' } }])).toEqual(['the PM is Iraqi PM']);
  });

  it('leaves a placeholder nothing fills as written', () => {
    expect(messages('{match}: {suggestion} {constructor}', [{ start: 0, end: 6 }])).toEqual(['Kadimi: {suggestion} {constructor}']);
  });

  it('gives an empty list of suggestions as an empty {suggestions}', () => {
    expect(messages('[{suggestions}]', [{ start: 0, end: 6 }])).toEqual(['[]']);
  });
});
