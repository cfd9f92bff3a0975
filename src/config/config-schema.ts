export const CONFIG_SCHEMA_ID = 'https://mtlint.dev/schema/config.schema.json';

const severityOrOff = { enum: ['off', 'info', 'warning', 'error', 'critical'] };

const ruleSettings = {
  type: 'object',
  description: 'Rule id → "off" or a new severity.',
  propertyNames: { pattern: '^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$' },
  additionalProperties: severityOrOff,
};

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/** Settings that per-glob overrides may change too. */
const overridable = {
  rules: ruleSettings,
  allowlist: { ...stringList, description: 'Names and terms that must never be flagged (matched as whole words, case-sensitive).' },
};

export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: CONFIG_SCHEMA_ID,
    title: 'mtlint configuration (.mtlintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configuration in parent folders.' },
      packs: { ...stringList, description: 'Rule pack files or folders to load besides the bundled ones, relative to this file.' },
      defaultPacks: { type: 'boolean', description: 'Load the bundled packs (default true).' },
      ...overridable,
      ignore: { ...stringList, description: 'Globs (gitignore syntax, relative to this file) of files never to check.' },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: { ...stringList, minItems: 1, description: 'Globs relative to this file.' }, ...overridable },
        },
      },
      score: {
        type: 'object',
        additionalProperties: false,
        properties: {
          weights: {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(['info', 'warning', 'error', 'critical'].map((s) => [s, { type: 'number', minimum: 0 }])),
            description: 'Penalty points per finding by severity (defaults info 0, warning 1, error 5, critical 25).',
          },
          categories: { type: 'object', additionalProperties: { type: 'number', minimum: 0 }, description: 'Penalty multipliers by category prefix.' },
          minScore: { type: 'number', description: 'Fail (exit 1) when a file scores below this.' },
          criticalFails: { type: 'boolean', description: 'A critical finding fails its file whatever the score (default true).' },
        },
      },
      plainTextComment: {
        type: 'string',
        minLength: 1,
        description: 'Line-comment prefix for suppression directives in plain text, e.g. "#" for "# mtlint-disable-next-line RULE" (default "#").',
      },
    },
  };
}
