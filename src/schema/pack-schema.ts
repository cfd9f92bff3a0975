import { ENTRY_TYPES } from '../kernel/rule-kind';
import { ruleKinds } from '../kinds';

export const PACK_SCHEMA_ID = 'https://mtlint.dev/schema/rule-pack.schema.json';
export const GAZETTEER_SCHEMA_ID = 'https://mtlint.dev/schema/gazetteer.schema.json';

const exampleText = {
  type: 'string',
  minLength: 1,
  description: 'Text to check. In bad examples, [[double brackets]] mark the one span the rule must flag.',
};

/** Properties every rule has, whatever its kind. */
export const baseRuleProperties = {
  id: {
    type: 'string',
    pattern: '^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*$',
    description: 'Unique id across all loaded packs, e.g. "zh-en/quds-force".',
  },
  severity: { enum: ['critical', 'error', 'warning', 'info'], description: 'critical fails the quality gate outright.' },
  category: {
    type: 'string',
    pattern: '^[a-z]+(-[a-z]+)*(/[a-z]+(-[a-z]+)*)*$',
    description: 'MQM-style category: accuracy/mistranslation, fluency/spelling, fluency/grammar, terminology, style, locale-convention, mt-artifact.',
  },
  message: {
    type: 'string',
    minLength: 1,
    description: 'Shown to editors. Placeholders: {match}, {suggestion}, {suggestions}, and kind-specific ones such as {reason}.',
  },
  description: { type: 'string', minLength: 1, description: 'Why this is a likely MT error, for editors.' },
  examples: {
    type: 'object',
    additionalProperties: false,
    required: ['bad', 'good'],
    description: 'Verified by `mtlint rules test`.',
    properties: {
      bad: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: {
            text: exampleText,
            suggestions: { type: 'array', items: { type: 'string' }, description: 'Expected suggestions, best first; omit or [] for none.' },
          },
        },
      },
      good: { type: 'array', minItems: 1, items: exampleText },
    },
  },
} as const;

const baseRequired = ['id', 'kind', 'severity', 'category', 'message', 'description', 'examples'];

export function rulePackSchema(): Record<string, unknown> {
  const branches = [...ruleKinds.values()].map((k) => ({
    type: 'object',
    title: `${k.kind} rule`,
    description: k.summary,
    additionalProperties: false,
    required: [...baseRequired, ...(k.schema.required ?? [])],
    properties: { ...baseRuleProperties, kind: { const: k.kind }, ...k.schema.properties },
  }));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: PACK_SCHEMA_ID,
    title: 'mtlint rule pack',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'description', 'language', 'rules'],
    properties: {
      $schema: { type: 'string' },
      name: { type: 'string', minLength: 1 },
      description: { type: 'string', minLength: 1 },
      language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$', description: 'Target language of the checked text (BCP 47), e.g. "en".' },
      gazetteers: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Gazetteer files or folders, relative to this pack; their entries serve entity and confusable rules.',
      },
      rules: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind'],
          properties: { kind: { enum: [...ruleKinds.keys()] } },
          discriminator: { propertyName: 'kind' },
          oneOf: branches,
        },
      },
    },
  };
}

export function gazetteerSchema(): Record<string, unknown> {
  const names = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: GAZETTEER_SCHEMA_ID,
    title: 'mtlint gazetteer',
    type: 'object',
    additionalProperties: false,
    required: ['name', 'entries'],
    properties: {
      $schema: { type: 'string' },
      name: { type: 'string', minLength: 1 },
      description: { type: 'string' },
      entries: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'zh', 'country', 'type'],
          properties: {
            name: { type: 'string', minLength: 1, description: 'Canonical English form, as the wire services write it.' },
            aliases: { ...names, description: 'Other correct forms, such as the surname used on second reference.' },
            zh: { ...names, minItems: 1, description: 'Chinese form(s).' },
            country: { type: 'string', pattern: '^(?:[A-Z]{2}|INT|EU)$', description: 'ISO 3166-1 alpha-2 code, INT or EU.' },
            type: { enum: [...ENTRY_TYPES] },
            role: { type: 'string' },
            wrong: { ...names, description: 'Renderings MT produces instead of the canonical form; never correct English.' },
          },
        },
      },
    },
  };
}
