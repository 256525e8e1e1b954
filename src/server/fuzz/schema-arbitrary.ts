import fc from 'fast-check';
import { badValues } from './bad-inputs';

/** The part of JSON Schema (2020-12, as the OpenAPI document has it) the contracts use. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
};

const samples = ['Великий камень', 'Кластер креативных индустрий', '北方科教中心', 'Hi-Tech Park'];

/** No `filter` here or below: a filter that rejects every value loops for ever. */
function text(minLength = 0, maxLength = 40): fc.Arbitrary<string> {
  const upper = Math.max(minLength, Math.min(maxLength, minLength + 40));
  const fitting = samples.filter((s) => s.length >= minLength && s.length <= maxLength);
  return fc.oneof(
    fc.string({ minLength, maxLength: upper }),
    fc.string({ unit: 'grapheme', minLength, maxLength: upper }),
    ...(fitting.length ? [fc.constantFrom(...fitting)] : []),
  );
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid': return fc.uuid({ version: 4 });
    case 'email': return fc.emailAddress();
    case 'uri': return fc.webUrl();
    case 'date': return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'date-time': return fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, schema.maxLength ?? 200));
  return text(schema.minLength ?? 0, schema.maxLength ?? 40);
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
  const low = Math.max(min, -1e9);
  const high = Math.min(max, 1e9);
  return integer ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) }) : fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
}

/** Values the schema accepts (as far as these keywords say), for requests that reach the logic. */
export function validValue(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validValue(s, depth)));
  if (schema.allOf?.length) return validValue(Object.assign({}, ...schema.allOf) as JsonSchema, depth);
  const types = [schema.type ?? (schema.properties ? 'object' : undefined)].flat().filter((t): t is string => Boolean(t));
  if (types.length > 1) return fc.oneof(...types.map((type) => validValue({ ...schema, type }, depth)));
  switch (types[0]) {
    case 'string': return stringArbitrary(schema);
    case 'integer': return numberArbitrary(schema, true);
    case 'number': return numberArbitrary(schema, false);
    case 'boolean': return fc.boolean();
    case 'null': return fc.constant(null);
    case 'array': {
      if (depth > 6) return fc.constant([]);
      const item = schema.items ? validValue(schema.items, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      return fc.array(item, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    }
    case 'object': {
      if (depth > 6 || !schema.properties) return fc.constant({});
      const record = Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, validValue(value, depth + 1)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((key) => key in record) });
    }
    default: return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * A value of the schema with one thing wrong: a bad value in place of the whole or of one field,
 * a key the contract does not know, or a required key left out.
 */
export function brokenValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const bad = fc.constantFrom(...badValues);
  return fc.oneof(
    bad,
    fc.tuple(validValue(schema), bad, fc.nat()).map(([value, replacement, index]) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return replacement;
      const keys = Object.keys(value);
      if (keys.length === 0) return { unexpected: replacement };
      return { ...value, [keys[index % keys.length]!]: replacement };
    }),
    fc.tuple(validValue(schema), bad).map(([value, extra]) => (value && typeof value === 'object' && !Array.isArray(value) ? { ...value, notInTheContract: extra } : value)),
    fc.tuple(validValue(schema), fc.nat()).map(([value, index]) => {
      const required = schema.required ?? [];
      if (!value || typeof value !== 'object' || required.length === 0) return value;
      const { [required[index % required.length]!]: _dropped, ...rest } = value as Record<string, unknown>;
      return rest;
    }),
  );
}
