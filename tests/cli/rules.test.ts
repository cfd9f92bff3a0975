import { pack, runCli, tempDir, termRule } from '../helpers';

describe('mtlint rules', () => {
  it('lists the bundled rules with their packs', async () => {
    const r = await runCli(['rules', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/zh-en\/iraq-iran +confusable +error +accuracy\/mistranslation/);
    expect(r.stdout).toMatch(/\d+ rules in \d+ packs, \d+ gazetteer entries/);
  });

  it('shows one rule with its description and examples', async () => {
    const r = await runCli(['rules', 'show', 'zh-en/quds-force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Quds Force');
    expect(r.stdout).toMatch(/Flagged:\n +✗ .*\[\[Quds Brigade\]\]/);
    expect(r.stdout).toContain('Not flagged:');
  });

  it('exits 2 for an unknown rule id', async () => {
    const r = await runCli(['rules', 'show', 'zh-en/nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no rule "zh-en\/nope"/);
  });

  it('tests only the given packs, and fails with a precise report when an example is wrong', async () => {
    const good = termRule('t/good', 'Quds Brigade', 'Quds Force');
    const broken = { ...termRule('t/broken', 'Quds Brigade', 'Quds Force'), examples: { bad: [{ text: 'The [[Quds]] Brigade.', suggestions: ['Quds Force'] }], good: ['The Quds Brigade.'] } };
    const dir = tempDir({ 'ok.json': pack([good]), 'bad.json': pack([broken], { name: 'bad' }) });
    const ok = await runCli(['rules', 'test', 'ok.json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/✔ 1 rules, 2 examples: 2 passed, 0 failed/);
    const bad = await runCli(['rules', 'test', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('✗ t/broken  (bad.json)');
    expect(bad.stdout).toContain('problem:  finding is not at the marked span');
    expect(bad.stdout).toContain('expected: [4, 8) "Quds"');
    expect(bad.stdout).toContain('got:      [4, 16) "Quds Brigade"');
    expect(bad.stdout).toContain('problem:  good example gives a finding');
  });
});

describe('mtlint schema', () => {
  it('prints the rule-pack JSON Schema', async () => {
    const r = await runCli(['schema']);
    expect(JSON.parse(r.stdout).title).toBe('mtlint rule pack');
    expect(JSON.parse((await runCli(['schema', '--gazetteer'])).stdout).title).toBe('mtlint gazetteer');
  });
});
