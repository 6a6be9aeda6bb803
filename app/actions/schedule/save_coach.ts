import { DateTime } from 'luxon'
import { transaction } from '#services/transaction'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import type { UserStatus } from '#models/user'
import CoachProfile from '#models/coach_profile'
import { revokeAllTokens } from '#actions/auth/issue_api_tokens'
import { lockCurrent, type Precondition } from '#services/preconditions'

export interface CoachInput {
  name: string
  email: string
  password: string
  phone?: string | null
  bio?: string | null
  specialization?: string | null
}

export interface UpdateCoachInput extends Partial<CoachInput> {
  status?: UserStatus
}

/**
 * The profile the database trigger gave the account, locked for the edit
 */
async function profileOf(user: User, trx: TransactionClientContract) {
  return CoachProfile.query({ client: trx }).where('user_id', user.id).forUpdate().firstOrFail()
}

function profileAttributes(input: Partial<CoachInput>) {
  return {
    ...(input.bio !== undefined && { bio: input.bio }),
    ...(input.specialization !== undefined && { specialization: input.specialization }),
  }
}

/**
 * POST /admin/coaches: an account with the coach role and its profile, in
 * one transaction
 */
export async function createCoach(input: CoachInput) {
  return transaction(async (trx) => {
    const user = await User.create(
      {
        name: input.name,
        email: input.email,
        password: input.password,
        phone: input.phone ?? null,
        role: 'coach',
        status: 'active',
        locale: 'id',
      },
      { client: trx }
    )
    const profile = await profileOf(user, trx)
    await profile.merge(profileAttributes(input)).save()
    return { user, profile }
  })
}

/**
 * PUT /admin/coaches/:id. A new password or leaving the active status
 * signs the coach out everywhere. The coach's version is the account's
 * updated_at; a stale `expected` version is a 409.
 */
export async function updateCoach(user: User, input: UpdateCoachInput, expected?: Precondition) {
  const profile = await transaction(async (trx) => {
    // the row locked in this attempt: a retry must not take a rolled-back save for done
    const row = (await lockCurrent(user, expected, trx)) as User
    row.merge({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.password !== undefined && { password: input.password }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.status !== undefined && { status: input.status }),
    })
    const signOut = input.password !== undefined || (input.status ?? 'active') !== 'active'
    const userChanged = row.$isDirty
    await row.save()
    if (signOut) {
      await revokeAllTokens(user, trx)
    }
    const coachProfile = await profileOf(user, trx)
    const profileChanged = coachProfile.merge(profileAttributes(input)).$isDirty
    await coachProfile.save()
    // the coach's version is the account's: a profile edit moves it too
    if (profileChanged && !userChanged) {
      await row.merge({ updatedAt: DateTime.local() }).save()
    }
    return coachProfile
  })
  return { user: await user.refresh(), profile }
}

/**
 * DELETE /admin/coaches/:id: accounts are never erased (their sessions
 * stay on record); the coach is deactivated and signed out
 */
export async function deactivateCoach(user: User) {
  return updateCoach(user, { status: 'inactive' })
}
