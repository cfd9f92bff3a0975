import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/** The installed package's folder, whether we run from `src/` (tests) or `dist/src/`. */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'mtlint') return (root = dir);
    if (dirname(dir) === dir) throw new Error('mtlint: cannot find the package folder');
  }
}

export function bundledRulesDir(): string {
  return join(packageRoot(), 'rules');
}

export function packageVersion(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
}
