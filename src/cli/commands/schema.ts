import { gazetteerSchema, rulePackSchema } from '../../schema/pack-schema';
import { EXIT, type CliIO } from '../io';

export function runSchema(args: { gazetteer: boolean }, io: CliIO): number {
  io.stdout(JSON.stringify(args.gazetteer ? gazetteerSchema() : rulePackSchema(), null, 2) + '\n');
  return EXIT.ok;
}
