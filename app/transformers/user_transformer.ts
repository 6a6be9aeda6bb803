import { BaseTransformer } from '@adonisjs/core/transformers'
import type User from '#models/user'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

const phone = () => s.string({ maxLength: 32, example: '+62 812 3456 7890' })

/**
 * An account: the full record for its owner and admins (auth/me, admin
 * users), a summary inside other resources, the contact (with phone)
 * inside an admin's view of a member. The password hash never leaves the
 * model.
 */
export default class UserTransformer extends BaseTransformer<User> {
  static shapes: TransformerShapes<'toObject' | 'forSummary' | 'forContact'> = {
    toObject: {
      name: 'User',
      schema: s.object({
        id: s.uuid(),
        name: s.string({ example: 'Dewi Lestari' }),
        email: s.email(),
        phone: s.nullable(phone()),
        wa_number: s.nullable(phone()),
        role: s.enum(['admin', 'coach', 'member']),
        status: s.enum(['active', 'inactive', 'suspended']),
        locale: s.enum(['id', 'en']),
        last_login_at: s.nullable(s.dateTime()),
        created_at: s.dateTime(),
        updated_at: s.dateTime(),
      }),
    },
    forSummary: {
      name: 'UserSummary',
      schema: s.object({ id: s.uuid(), name: s.string(), email: s.email() }),
    },
    forContact: {
      name: 'UserContact',
      schema: s.object({
        id: s.uuid(),
        name: s.string(),
        email: s.email(),
        phone: s.nullable(phone()),
      }),
    },
  }

  toObject() {
    const user = this.resource
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      phone: user.phone ?? null,
      wa_number: user.waNumber ?? null,
      role: user.role,
      status: user.status,
      locale: user.locale,
      last_login_at: iso(user.lastLoginAt),
      created_at: iso(user.createdAt),
      updated_at: iso(user.updatedAt),
    }
  }

  forSummary() {
    return this.pick(this.resource, ['id', 'name', 'email'])
  }

  /**
   * How staff reach the account holder (a member's parent): for admins only
   */
  forContact() {
    const user = this.resource
    return { id: user.id, name: user.name, email: user.email, phone: user.phone ?? null }
  }
}
