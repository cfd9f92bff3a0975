/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    // The Markdown parser's packages are ES modules only; Jest needs them as CommonJS.
    '^.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!((mdast|micromark|unist|decode-named|devlop|fault|markdown-table|ccount|character-|longest-streak|zwitch|escape-string)[^/]*)/)'],
  testTimeout: 60000,
};
