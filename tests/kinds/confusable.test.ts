import { runRule } from '../helpers';

const rule = {
  kind: 'confusable',
  message: '{reason}',
  alternatives: [
    { name: 'Iraq', forms: ['Iraq', 'Iraqi', 'Iraqis'], cues: ['Baghdad', 'Kadhimi', 'Mosul', 'Islamic State'] },
    { name: 'Iran', forms: ['Iran', 'Iranian', 'Iranians'], cues: ['Tehran', 'Soleimani', 'Quds', 'Revolutionary Guard'] },
  ],
};

const iraqStory =
  'Iraqi Prime Minister Kadhimi visited Washington. Iraq wants U.S. help in Mosul, Iraqi officials said.\n\n' +
  'Biden said the US-Iran joint fight against extremists matters.\n\n' +
  'Iraq and the U.S. will review ties. Baghdad welcomed the talks in Iraq.';

describe('confusable rules', () => {
  it('maps a hyphenated pair onto the alternative the article supports', () => {
    const f = runRule(rule, iraqStory);
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['US-Iran', 'US-Iraq']]);
    expect(f[0].message).toMatch(/article context points to Iraq \(Iraq ×3, Iraqi ×2, Baghdad, Kadhimi, Mosul\); no Iran cues nearby/);
  });

  it('keeps dotted prefixes and maps adjectives form for form', () => {
    const text = iraqStory.replace('US-Iran', 'U.S.-Iranian');
    expect(runRule(rule, text).map((x) => [x.text, x.suggestions[0]])).toEqual([['U.S.-Iranian', 'U.S.-Iraqi']]);
  });

  it('never flags a mention with local support for itself', () => {
    const text = iraqStory + '\n\nA US strike in Baghdad killed Soleimani of the Quds force of Iran.';
    expect(runRule(rule, text).map((x) => x.text)).toEqual(['US-Iran']);
  });

  it('accepts both countries named apart in one sentence', () => {
    expect(runRule(rule, iraqStory.replace('US-Iran joint fight', 'fight by Iraq and Iran'))).toHaveLength(0);
  });

  it('accepts legitimate compounds: Iran-Iraq war, Iran-backed militias', () => {
    const text = iraqStory.replace('US-Iran joint fight', 'Iran-Iraq war legacy and Iran-backed militias');
    expect(runRule(rule, text)).toHaveLength(0);
  });

  it('flags a plain mention only with a nearby cue for the other alternative', () => {
    const bad = 'Kadhimi spoke in Baghdad. Iraq and Iraqi forces retook Mosul.\n\nThe Iranian army, backed by Baghdad, advanced.';
    expect(runRule(rule, bad).map((x) => x.suggestions[0])).toEqual(['Iraqi']);
    const balanced = 'Iran and Iraq talked. Tehran hosted Kadhimi. Iran, Soleimani, Quds.\n\nThe Iranian army advanced near Baghdad.';
    expect(runRule(rule, balanced)).toHaveLength(0);
  });

  it('requires parallel forms', () => {
    expect(() =>
      runRule({ kind: 'confusable', alternatives: [{ name: 'A', forms: ['A', 'Ab'] }, { name: 'B', forms: ['B'] }] }, 'x'),
    ).toThrow(/parallel/);
  });

  const aus = {
    kind: 'confusable',
    message: '{reason}',
    alternatives: [
      { name: 'Austria', countries: ['AT'], forms: ['Austria', 'Austrian', 'Austrians'], cues: ['Vienna'] },
      { name: 'Australia', countries: ['AU'], forms: ['Australia', 'Australian', 'Australians'], cues: ['Canberra'] },
    ],
  };
  const gazetteer = [{ name: 'Anthony Albanese', aliases: ['Albanese'], zh: ['阿尔巴尼斯'], country: 'AU', type: 'person' as const }];

  it('lets an office held by a known person decide: "Austrian Prime Minister Albanese"', () => {
    const f = runRule(aus, 'Austria and Vienna were mentioned. Austrian Prime Minister Albanese spoke in Vienna.', gazetteer);
    expect(f.map((x) => [x.text, x.suggestions[0], x.message])).toEqual([['Austrian', 'Australian', 'Albanese holds office in Australia, not Austria']]);
  });

  it('leaves a country named in a list alone', () => {
    const text = 'Canberra said Australian exports rose. Canberra welcomed it.\n\nShipments to Austria, Japan and Korea grew.';
    expect(runRule(aus, text, gazetteer)).toHaveLength(0);
  });
});

