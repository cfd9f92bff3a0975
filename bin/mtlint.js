#!/usr/bin/env node
'use strict';
// `mtlint check ... | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
// The single-file bundle starts faster; the compiled modules serve when it has not been built.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bundle = join(__dirname, '../dist/mtlint.js');
require(existsSync(bundle) ? bundle : '../dist/src/cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
