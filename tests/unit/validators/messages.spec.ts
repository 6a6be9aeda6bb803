import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { messages as vineMessages } from '@vinejs/vine/defaults'

type Schema = {
  properties?: Record<string, Schema>
  items?: Schema | Schema[]
  anyOf?: Schema[]
  oneOf?: Schema[]
  allOf?: Schema[]
}

const locales = ['id', 'en'] as const

async function validatorMessages(locale: (typeof locales)[number]) {
  const url = new URL(`../../../resources/lang/${locale}/validator.json`, import.meta.url)
  const json = JSON.parse(await readFile(url, 'utf8'))
  return json.shared as { messages: Record<string, unknown>; fields: Record<string, string> }
}

/**
 * The i18n loader flattens nested keys with dots: `date.beforeOrEqual`
 * may be written flat or nested
 */
function flatten(value: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof inner === 'string') out[path] = inner
    else Object.assign(out, flatten(inner as Record<string, unknown>, path))
  }
  return out
}

function fieldNames(schema: Schema, into = new Set<string>()) {
  for (const [name, inner] of Object.entries(schema.properties ?? {})) {
    into.add(name)
    fieldNames(inner, into)
  }
  const nested = [
    ...(Array.isArray(schema.items) ? schema.items : schema.items ? [schema.items] : []),
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.allOf ?? []),
  ]
  for (const inner of nested) fieldNames(inner, into)
  return into
}

/**
 * Every field any validator in app/validators reads
 */
async function allValidatorFields() {
  const folder = new URL('../../../app/validators/', import.meta.url)
  const names = new Set<string>()
  for (const file of await readdir(folder)) {
    if (!file.endsWith('.ts')) continue
    const module = await import(`#validators/${file.replace(/\.ts$/, '')}`)
    for (const exported of Object.values(module)) {
      if (exported && typeof (exported as any).toJSONSchema === 'function') {
        fieldNames((exported as any).toJSONSchema() as Schema, names)
      }
    }
  }
  return names
}

test.group('Validator messages', () => {
  test('every Vine rule has a message in {$self}')
    .with([...locales])
    .run(async ({ assert }, locale) => {
      const { messages: nested } = await validatorMessages(locale)
      const messages = flatten(nested)
      const missing = Object.keys(vineMessages).filter((rule) => !messages[rule])
      assert.deepEqual(missing, [])
    })

  test('every field a validator reads has a name in {$self}')
    .with([...locales])
    .run(async ({ assert }, locale) => {
      const { fields } = await validatorMessages(locale)
      const missing = [...(await allValidatorFields())].filter((name) => !fields[name]).sort()
      assert.deepEqual(missing, [])
    })
})
