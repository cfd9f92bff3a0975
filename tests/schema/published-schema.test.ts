import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerSchema, rulePackSchema } from '../../src/schema/pack-schema';
import { REPO } from '../helpers';

describe('published schemas', () => {
  it('schema/*.json match the schemas the engine validates with (run npm run build to refresh)', () => {
    expect(JSON.parse(readFileSync(join(REPO, 'schema/rule-pack.schema.json'), 'utf8'))).toEqual(rulePackSchema());
    expect(JSON.parse(readFileSync(join(REPO, 'schema/gazetteer.schema.json'), 'utf8'))).toEqual(gazetteerSchema());
  });

  it('is a 2020-12 schema that covers every rule kind', () => {
    const schema = rulePackSchema() as any;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.rules.items.oneOf.map((b: any) => b.properties.kind.const).sort()).toEqual(['confusable', 'consistency', 'entity', 'pattern', 'repetition', 'term']);
  });
});
