import { transaction } from '#services/transaction'
import type User from '#models/user'
import { lockCurrent, type Precondition } from '#services/preconditions'

export interface UpdateProfileInput {
  name?: string
  phone?: string | null
  wa_number?: string | null
  locale?: 'id' | 'en'
}

/**
 * A person edits their own profile; fields left out stay as they are. A
 * stale `expected` version is a 409.
 */
export async function updateProfile(
  user: User,
  input: UpdateProfileInput,
  expected?: Precondition
): Promise<User> {
  await transaction(async (trx) => {
    await lockCurrent(user, expected, trx)
    if (input.name !== undefined) user.name = input.name
    if (input.phone !== undefined) user.phone = input.phone
    if (input.wa_number !== undefined) user.waNumber = input.wa_number
    if (input.locale !== undefined) user.locale = input.locale
    await user.save()
  })
  return user
}
