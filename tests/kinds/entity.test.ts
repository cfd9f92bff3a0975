import type { GazetteerEntry } from '../../src/kernel/rule-kind';
import { runRule } from '../helpers';

const gazetteer: GazetteerEntry[] = [
  { name: 'Mustafa al-Kadhimi', aliases: ['Kadhimi'], zh: ['卡迪米'], country: 'IQ', type: 'person', role: 'Prime Minister of Iraq', wrong: [] },
  { name: 'Moon Jae-in', zh: ['文在寅'], country: 'KR', type: 'person', wrong: ['Wen Zaiyin'] },
  { name: 'Joe Biden', aliases: ['Biden'], zh: ['拜登'], country: 'US', type: 'person' },
  { name: 'Baghdad', zh: ['巴格达'], country: 'IQ', type: 'place' },
];

describe('entity rules', () => {
  const rule = { kind: 'entity' };

  it('flags known wrong renderings with the canonical form', () => {
    const [f] = runRule(rule, 'President Wen Zaiyin spoke.', gazetteer);
    expect([f.text, f.suggestions]).toEqual(['Wen Zaiyin', ['Moon Jae-in']]);
  });

  it('catches an unlisted near-miss such as "Kadimi" next to a title', () => {
    const f = runRule(rule, 'Biden met Iraqi Prime Minister Kadimi in Washington. Later Kadimi left.', gazetteer);
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([
      ['Kadimi', 'Kadhimi'],
      ['Kadimi', 'Kadhimi'],
    ]);
  });

  it('leaves ordinary surnames alone when nothing ties them to the famous name', () => {
    expect(runRule(rule, 'The baker, Tom Boden, opened his shop.', gazetteer)).toHaveLength(0);
  });

  it('leaves correct names and dictionary words alone', () => {
    expect(runRule(rule, 'Prime Minister Kadhimi met the minister in Baghdad.', gazetteer)).toHaveLength(0);
  });

  it('flags Chinese names left untranslated', () => {
    const [f] = runRule(rule, 'Prime Minister 卡迪米 arrived.', gazetteer);
    expect([f.text, f.suggestions]).toEqual(['卡迪米', ['Kadhimi']]);
  });

  it('can switch fuzzy matching off', () => {
    expect(runRule({ kind: 'entity', fuzzy: false }, 'Prime Minister Kadimi', gazetteer)).toHaveLength(0);
  });
});
