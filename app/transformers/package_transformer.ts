import { BaseTransformer } from '@adonisjs/core/transformers'
import type Package from '#models/package'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

const pkg = s.object({
  id: s.uuid(),
  name: s.string({ example: 'Paket 8 sesi' }),
  description: s.nullable(s.string()),
  price: s.integer({ description: 'Rupiah', example: 400000 }),
  duration_days: s.integer(),
  session_count: s.integer(),
  status: s.enum(['active', 'inactive']),
})

/**
 * A package of session credits: the public catalogue, and the admin view
 * with its timestamps
 */
export default class PackageTransformer extends BaseTransformer<Package> {
  static shapes: TransformerShapes<'toObject' | 'forAdmin'> = {
    toObject: { name: 'Package', schema: pkg },
    forAdmin: {
      name: 'AdminPackage',
      schema: s.extend(pkg, { created_at: s.dateTime(), updated_at: s.dateTime() }),
    },
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      name: row.name,
      description: row.description ?? null,
      price: row.price,
      duration_days: row.durationDays,
      session_count: row.sessionCount,
      status: row.status,
    }
  }

  forAdmin() {
    return {
      ...this.toObject(),
      created_at: iso(this.resource.createdAt),
      updated_at: iso(this.resource.updatedAt),
    }
  }
}
