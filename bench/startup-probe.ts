/**
 * Run as its own process: times what every `mtlint check` pays before reading a file —
 * loading the library, then loading, validating and compiling all bundled packs — and prints
 * the milliseconds as JSON.
 */
const began = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadRules } = require('../src/loader/load-rules') as typeof import('../src/loader/load-rules');
const required = performance.now();
// loadRules validates every pack and compiles the rules (bad patterns are reported at load).
const rules = loadRules();
const ready = performance.now();

process.stdout.write(
  JSON.stringify({
    requireMs: required - began,
    loadValidateCompileMs: ready - required,
    totalMs: ready - began,
    rules: rules.runner.ruleCount,
  }) + '\n',
);
