/**
 * A small JSON Schema (2020-12) validator for the keywords /facts.schema.json uses, to test the
 * real facts.json against the real schema without a validator package. A keyword it does not know
 * is an error, never silently passed: if the schema grows a keyword, this grows with it.
 */

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  exclusiveMinimum?: number;
  minimum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  [keyword: string]: unknown;
}

/** Keywords that say nothing about validity. */
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description"]);
const KNOWN = new Set([
  ...ANNOTATIONS,
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "pattern",
  "format",
  "exclusiveMinimum",
  "minimum",
  "anyOf",
  "oneOf",
]);

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === "number" && actual === "integer");
}

/** RFC 3339 full-date, as `format: "date"` asks. */
function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Every way `value` fails `schema`, as `path: why`; none when it is valid. */
export function validate(schema: JsonSchema, value: unknown, path = "$"): string[] {
  const errors: string[] = [];
  for (const keyword of Object.keys(schema))
    if (!KNOWN.has(keyword)) errors.push(`${path}: the validator does not know \`${keyword}\``);
  const types = schema.type === undefined ? null : [schema.type].flat();
  if (types && !types.some((t) => hasType(value, t)))
    return [...errors, `${path}: ${typeOf(value)} is not ${types.join(" or ")}`];
  if (schema.const !== undefined && JSON.stringify(value) !== JSON.stringify(schema.const))
    errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of the enum`);
  if (typeof value === "string") {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
      errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === "date" && !isDate(value)) errors.push(`${path}: not a date`);
  }
  if (typeof value === "number") {
    if (schema.exclusiveMinimum !== undefined && !(value > schema.exclusiveMinimum))
      errors.push(`${path}: not above ${schema.exclusiveMinimum}`);
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push(`${path}: below ${schema.minimum}`);
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, k) => errors.push(...validate(schema.items!, item, `${path}[${k}]`)));
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    for (const name of schema.required ?? [])
      if (!(name in object)) errors.push(`${path}: lacks \`${name}\``);
    for (const [name, v] of Object.entries(object)) {
      const property = schema.properties?.[name];
      if (property) errors.push(...validate(property, v, `${path}.${name}`));
      else if (schema.additionalProperties === false)
        errors.push(`${path}: has \`${name}\`, which the schema does not allow`);
      else if (typeof schema.additionalProperties === "object")
        errors.push(...validate(schema.additionalProperties, v, `${path}.${name}`));
    }
  }
  if (schema.anyOf && !schema.anyOf.some((s) => validate(s, value, path).length === 0))
    errors.push(`${path}: matches none of anyOf`);
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((s) => validate(s, value, path).length === 0).length;
    if (matching !== 1) errors.push(`${path}: matches ${matching} of oneOf, not exactly one`);
  }
  return errors;
}
