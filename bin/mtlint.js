#!/usr/bin/env node
'use strict';
// `mtlint check ... | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const fs = require('node:fs');
const path = require('node:path');

// The single-file bundle starts faster; the compiled modules serve when it has not been built.
const bundle = path.join(__dirname, '../dist/mtlint.js');
const cli = fs.existsSync(bundle) ? loadBundle(bundle) : { main: require('../dist/src/cli/main.js').main, done() {} };
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  cli.done();
});

/**
 * Compiles the bundle with V8's code cache, kept in mtlint's cache folder: parsing and compiling
 * 450 KB of code took a tenth of a small run. V8 checks the cache against the source and its own
 * version and ignores one that does not fit; any problem with the cache only costs the compile.
 */
function loadBundle(file) {
  const vm = require('node:vm');
  const Module = require('node:module');
  const cacheDirs = require('../dist/src/loader/cache-dir.js');
  const source = fs.readFileSync(file, 'utf8');
  let cacheFile;
  let cachedData;
  try {
    const stat = fs.statSync(file);
    cacheFile = path.join(cacheDirs.cacheDir(), `bundle-${stat.size.toString(36)}-${Math.round(stat.mtimeMs).toString(36)}.v8cache`);
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache yet: this run makes one.
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return {
    main: mod.exports.main,
    done() {
      // After the run, so that the functions it compiled are in the cache too; caches of
      // earlier builds are of no further use.
      if (cacheFile && (!cachedData || script.cachedDataRejected)) cacheDirs.writeCacheFile(cacheFile, script.createCachedData(), 'bundle-');
    },
  };
}
