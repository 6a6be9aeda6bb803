import type { SchemaObject } from './types.js'

/**
 * Request bodies and query parameters from the VineJS validators
 * (`toJSONSchema()`, VineJS 4.4), so the document states the rules the
 * API enforces. `overrides` replaces the properties VineJS cannot describe
 * (dates parsed into Date objects come out as `{}` or `{ type: 'null' }`)
 * and adds prose; every other property comes from the validator.
 */
interface JsonSchemaSource {
  toJSONSchema(): unknown
}

const LIST_KEYS = ['page', 'limit', 'per_page', 'search']

/**
 * Prose for fields whose rules JSON Schema cannot say (a rule depending on
 * another field, a row that must exist, a real calendar date)
 */
function withNotes(properties: Record<string, SchemaObject>, notes: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [
      key,
      notes[key] ? { ...property, description: notes[key] } : property,
    ])
  )
}

export function bodyOf(
  validator: JsonSchemaSource,
  overrides: Record<string, SchemaObject> = {},
  notes: Record<string, string> = {}
): SchemaObject {
  const schema = structuredClone(validator.toJSONSchema()) as SchemaObject
  const properties = withNotes({ ...(schema.properties ?? {}), ...overrides }, notes)
  const required = (schema.required ?? []) as string[]
  const result: SchemaObject = { ...schema, properties }
  delete result.required
  return required.length ? { ...result, required } : result
}

/**
 * The query parameters of a validator, one schema per name; `list: true`
 * leaves out page/limit/per_page/search (op's `list` option adds the shared
 * ones)
 */
export function queryOf(
  validator: JsonSchemaSource,
  options: {
    list?: boolean
    overrides?: Record<string, SchemaObject>
    notes?: Record<string, string>
  } = {}
): Record<string, SchemaObject> {
  const schema = validator.toJSONSchema() as SchemaObject
  const entries = Object.entries((schema.properties ?? {}) as Record<string, SchemaObject>).filter(
    ([key]) => !(options.list && LIST_KEYS.includes(key))
  )
  return withNotes(
    { ...Object.fromEntries(entries), ...(options.overrides ?? {}) },
    options.notes ?? {}
  )
}
