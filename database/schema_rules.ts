import { type SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/**
 * Types the generator cannot guess: citext is text, and enum columns get
 * their union of values.
 */
const oneOf = (...values: string[]) => ({
  tsType: values.map((value) => `'${value}'`).join(' | '),
  decorator: '@column()',
})

export default {
  types: {
    'citext': { tsType: 'string', decorator: '@column()' },
    'USER-DEFINED': { tsType: 'string', decorator: '@column()' },
  },
  tables: {
    users: {
      columns: {
        role: oneOf('admin', 'coach', 'member'),
        status: oneOf('active', 'inactive', 'suspended'),
        locale: oneOf('id', 'en'),
      },
    },
  },
} satisfies SchemaRules
