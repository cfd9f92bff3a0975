import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONFIG_NAME, ConfigResolver, starterConfig } from '../../config/load-config';
import { packageRoot } from '../../loader/package-root';
import { UsageError } from '../../schema/diagnostic';
import { EXIT, type CliIO } from '../io';

/** `mtlint init`: a starter .mtlintrc.json whose "$schema" gives editors completion. */
export function runInit(args: { force: boolean }, io: CliIO): number {
  const file = join(io.cwd, CONFIG_NAME);
  if (existsSync(file) && !args.force) throw new UsageError(`${CONFIG_NAME} already exists; use --force to overwrite it`);
  const installed = join(io.cwd, 'node_modules/mtlint/schema/config.schema.json');
  const schema = existsSync(installed) ? './node_modules/mtlint/schema/config.schema.json' : relative(io.cwd, join(packageRoot(), 'schema/config.schema.json'));
  writeFileSync(file, starterConfig(schema));
  io.stdout(`Wrote ${CONFIG_NAME}. Edit it, then run: mtlint check .\n`);
  return EXIT.ok;
}

/** `mtlint print-config FILE`: the settings that apply to one article, after merging and overrides. */
export function runPrintConfig(args: { file: string; config?: string }, io: CliIO): number {
  const resolver = new ConfigResolver(io.cwd, args.config);
  const effective = resolver.forFile(resolve(io.cwd, args.file));
  const shown = {
    ...effective,
    configFiles: effective.configFiles.map((f) => relative(io.cwd, f) || f),
    packs: effective.packs.map((f) => relative(io.cwd, f) || f),
  };
  io.stdout(JSON.stringify(shown, null, 2) + '\n');
  return EXIT.ok;
}
