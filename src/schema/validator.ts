import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import type Ajv2020Type from 'ajv/dist/2020';
import { editDistance } from '../kernel/edit-distance';
import type { Diagnostic } from './diagnostic';
import { JsonSource } from './json-source';

let ajv: Ajv2020Type | undefined;
const compiled = new Map<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    // Loaded on first use: with the validation cache warm, start-up never needs ajv.
    if (!ajv) {
      const Ajv2020 = require('ajv/dist/2020').default as typeof Ajv2020Type;
      ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true, allowUnionTypes: true });
    }
    const id = (schema as { $id?: string }).$id;
    v = (id && ajv.getSchema(id)) || ajv.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

/** Parses and validates a JSON file, reporting every problem with its line and column. */
export function validateJson(file: string, text: string, schema: object): { source?: JsonSource; errors: Diagnostic[] } {
  const parsed = JsonSource.parse(file, text);
  if (!parsed.source) return parsed;
  const validate = validatorFor(schema);
  if (validate(parsed.source.value)) return parsed;
  const source = parsed.source;
  const errors = simplify(validate.errors ?? []).map((e) => toDiagnostic(source, e, schema));
  return { source, errors: dedupe(errors) };
}

/** Drops the umbrella errors ajv adds on top of the specific ones (anyOf, oneOf, if). */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword));
  const chosen = specific.length ? specific : errors;
  // Of several alternatives that failed at the same place, keep one message per place.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of chosen) byPath.set(e.instancePath + e.keyword + JSON.stringify(e.params), [e]);
  return [...byPath.values()].flat();
}

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function displayPath(path: (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let v: any = root;
  for (const p of path) v = v?.[p];
  return v;
}

function knownProperties(schema: object, path: (string | number)[], root: unknown): string[] {
  // Suggestions for typos come from the schema branch for this rule's kind, if any.
  const props = new Set<string>();
  const visit = (s: any) => {
    if (!s || typeof s !== 'object') return;
    if (s.properties) Object.keys(s.properties).forEach((k) => props.add(k));
  };
  const parent = valueAt(root, path) as any;
  const walk = (s: any, i: number): void => {
    if (!s) return;
    if (i === path.length) {
      visit(s);
      for (const b of s.oneOf ?? []) if (!parent?.kind || b.properties?.kind?.const === parent.kind) visit(b);
      return;
    }
    const p = path[i];
    if (typeof p === 'number') walk(s.items, i + 1);
    else {
      walk(s.properties?.[p], i + 1);
      for (const b of s.oneOf ?? []) walk(b.properties?.[p], i + 1);
    }
  };
  walk(schema, 0);
  return [...props];
}

function toDiagnostic(source: JsonSource, e: ErrorObject, schema: object): Diagnostic {
  const path = pathOf(e.instancePath);
  const where = displayPath(path);
  const value = valueAt(source.value, path);
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'enum':
      return source.diagnostic(path, `${where} must be one of ${(p.allowedValues as unknown[]).join(', ')} (got ${describe(value)})`);
    case 'const':
      return source.diagnostic(path, `${where} must be ${describe(p.allowedValue)} (got ${describe(value)})`);
    case 'required':
      return source.diagnostic(path, `${where} is missing the required property "${p.missingProperty}"`);
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const prop = (p.additionalProperty ?? p.unevaluatedProperty) as string;
      const near = knownProperties(schema, path, source.value)
        .map((k) => ({ k, d: editDistance(k, prop, 3) }))
        .filter((x) => x.d <= Math.max(1, Math.floor(prop.length / 3)))
        .sort((a, b) => a.d - b.d)[0];
      return {
        file: source.file,
        ...source.locateKey(path, prop),
        message: `${displayPath([...path, prop])} is not a known property${near ? ` (did you mean "${near.k}"?)` : ''}`,
      };
    }
    case 'type':
      return source.diagnostic(path, `${where} must be ${article(String(p.type))} (got ${describe(value)})`);
    case 'minItems':
      return source.diagnostic(path, `${where} must have at least ${p.limit} item${p.limit === 1 ? '' : 's'}`);
    case 'minLength':
      return source.diagnostic(path, `${where} must not be empty`);
    case 'pattern':
      return source.diagnostic(path, `${where} has an invalid format (got ${describe(value)}; expected to match /${p.pattern}/)`);
    case 'uniqueItems':
      return source.diagnostic(path, `${where} has duplicate items (${p.j} and ${p.i})`);
    case 'discriminator':
      return source.diagnostic(
        [...path, 'kind'],
        p.error === 'tag' ? `${where}.kind must be a string` : `${where}.kind must be one of the known rule kinds (got ${describe(p.tagValue)})`,
      );
    default:
      return source.diagnostic(path, `${where} ${e.message ?? 'is invalid'}`);
  }
}

function article(type: string): string {
  return type
    .split(',')
    .map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))
    .join(' or ');
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds
    .filter((d) => {
      const k = `${d.line}:${d.column}:${d.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
