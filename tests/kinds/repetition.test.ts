import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, runRule } from '../helpers';

const packRule = JSON.parse(readFileSync(join(REPO, 'rules/zh-en-fluency.json'), 'utf8')).rules.find(
  (r: { id: string }) => r.id === 'zh-en/repeated-word',
) as Record<string, unknown>;
const { examples: _examples, id: _id, ...repetitionRule } = packRule;

/**
 * The regular expression this rule kind replaced, run as a pattern rule at paragraph scope: the
 * definition the walk over the letters must agree with, finding for finding.
 */
const REFERENCE = {
  kind: 'pattern',
  scope: 'paragraph',
  replace: '$1$2$3',
  pattern: "(?<![A-Za-z0-9'’-])(?<![\\p{L}\\p{N}'’-])(?:(?!(?:had|that|do|can|will|win|very|really|so|no|yes|ha|bye|now|there|well|blah|tut|hush|chop|far|long|go|knock|pooh|boo|in|on|up|out|off|over|down|around|through|by|is|are|was|were)\\s)(\\p{Ll}+)\\s+\\1|(is|are|was|were)(?<!(?:^|[^\\p{L}])(?:it|this|that|what|which|who|he|she|they|we|you|there|here|thing|problem|question|issue|point|truth|fact|reason)\\s+\\2)\\s+\\2|(The(?=\\s+the(?![\\p{L}\\p{N}'’-]))|A(?=\\s+a(?![\\p{L}\\p{N}'’-]))|An(?=\\s+an(?![\\p{L}\\p{N}'’-]))|To(?=\\s+to(?![\\p{L}\\p{N}'’-]))|Of(?=\\s+of(?![\\p{L}\\p{N}'’-]))|In(?=\\s+in(?![\\p{L}\\p{N}'’-]))|On(?=\\s+on(?![\\p{L}\\p{N}'’-]))|At(?=\\s+at(?![\\p{L}\\p{N}'’-]))|For(?=\\s+for(?![\\p{L}\\p{N}'’-]))|And(?=\\s+and(?![\\p{L}\\p{N}'’-]))|But(?=\\s+but(?![\\p{L}\\p{N}'’-]))|With(?=\\s+with(?![\\p{L}\\p{N}'’-]))|By(?=\\s+by(?![\\p{L}\\p{N}'’-]))|From(?=\\s+from(?![\\p{L}\\p{N}'’-]))|It(?=\\s+it(?![\\p{L}\\p{N}'’-]))|Its(?=\\s+its(?![\\p{L}\\p{N}'’-]))|This(?=\\s+this(?![\\p{L}\\p{N}'’-]))|As(?=\\s+as(?![\\p{L}\\p{N}'’-]))|He(?=\\s+he(?![\\p{L}\\p{N}'’-]))|She(?=\\s+she(?![\\p{L}\\p{N}'’-]))|They(?=\\s+they(?![\\p{L}\\p{N}'’-]))|We(?=\\s+we(?![\\p{L}\\p{N}'’-]))|Their(?=\\s+their(?![\\p{L}\\p{N}'’-]))|His(?=\\s+his(?![\\p{L}\\p{N}'’-]))|Her(?=\\s+her(?![\\p{L}\\p{N}'’-]))|Our(?=\\s+our(?![\\p{L}\\p{N}'’-]))|Is(?=\\s+is(?![\\p{L}\\p{N}'’-]))|Are(?=\\s+are(?![\\p{L}\\p{N}'’-]))|Was(?=\\s+was(?![\\p{L}\\p{N}'’-]))|Were(?=\\s+were(?![\\p{L}\\p{N}'’-]))|Has(?=\\s+has(?![\\p{L}\\p{N}'’-]))|Have(?=\\s+have(?![\\p{L}\\p{N}'’-]))|Will(?=\\s+will(?![\\p{L}\\p{N}'’-]))|Be(?=\\s+be(?![\\p{L}\\p{N}'’-])))\\s+\\p{Ll}+)(?![\\p{L}\\p{N}'’-])",
};

const show = (text: string, rule: Record<string, unknown>) => runRule(rule, text).map((f) => `${f.start}-${f.end}:${f.suggestions.join('|')}`);

describe('repetition rules', () => {
  it('flags a doubled word, keeping one, and the capitalised "The the"', () => {
    expect(show('It landed in the the preset area. The the talks ended.', repetitionRule)).toEqual(['13-20:the', '34-41:The']);
  });

  it('leaves legitimate doubles alone, and "is is" after "it"', () => {
    for (const text of ['They had had enough.', 'What it is is new.', "Don't don't.", 'well-well well', 'Lang Lang played.', '10 10']) {
      expect(show(text, repetitionRule)).toEqual([]);
    }
    expect(show('The plan is is ready, but bit is is not.', repetitionRule)).toEqual(['9-14:is', '30-35:is']);
  });

  it('finds what the regular expression it replaced finds, on news text', () => {
    const text = readFileSync(join(REPO, 'samples/biden-iraq-2021.en.txt'), 'utf8') + '\n\nIn the the end. It is is. What it is is. The the. An an. A a b.';
    expect(show(text, repetitionRule)).toEqual(show(text, REFERENCE));
  });

  it('finds doubles whose first word starts inside a longer one, and goes on after each double', () => {
    // "x.the": the run after the dot starts a word of its own; so does the run after a mark.
    for (const text of ['See x.the the end.', 'e\u0301the the', 'the the.the the', 'The the the the', 'U.S. US US-led led', 'A\n\nthe the\n\nthe\n\nthe']) {
      expect(show(text, repetitionRule)).toEqual(show(text, REFERENCE));
    }
    expect(show('See x.the the end.', repetitionRule)).toEqual(['6-13:the']);
  });

  it('finds what the regular expression it replaced finds, on any text', () => {
    const token = fc.constantFrom(
      'the', 'The', 'the', 'is', 'it', 'bit', 'had', 'a', 'A', 'An', 'an', 'Its', 'its', 'It', 'that', 'what', 'don', "'", '’', '-', '1',
      'é', 'e\u0301', '𝐚', 'Ω', 'ω', ' ', ' ', '  ', '\t', '\n', '\n\n', '.', ',', '"', '\u00a0', 'THE',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const text = tokens.join('');
        expect(show(text, repetitionRule)).toEqual(show(text, REFERENCE));
      }),
      { numRuns: 2000 },
    );
  });
});
