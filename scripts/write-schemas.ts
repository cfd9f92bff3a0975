/* Writes the published JSON Schemas so that "$schema" in packs gives editors autocompletion. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/loader/package-root';
import { gazetteerSchema, rulePackSchema } from '../src/schema/pack-schema';
import { configSchema } from '../src/config/config-schema';

const dir = join(packageRoot(), 'schema');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'rule-pack.schema.json'), JSON.stringify(rulePackSchema(), null, 2) + '\n');
writeFileSync(join(dir, 'config.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n');
writeFileSync(join(dir, 'gazetteer.schema.json'), JSON.stringify(gazetteerSchema(), null, 2) + '\n');
