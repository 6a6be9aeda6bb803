import { transaction } from '#services/transaction'
import { DateTime } from 'luxon'
import Member from '#models/member'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
import { lockCurrent, type Precondition } from '#services/preconditions'

export interface MemberProfileInput {
  name?: string
  relationship?: Member['relationship']
  date_of_birth?: string | null
  phone?: string | null
  school?: string | null
  grade?: string | null
  notes?: string | null
  guardian_name?: string | null
  guardian_phone?: string | null
}

export interface RegisterMemberInput extends MemberProfileInput {
  name: string
  relationship: Member['relationship']
}

export interface AdminCreateMemberInput extends MemberProfileInput {
  name: string
  account_id?: string | null
  status?: 'pending' | 'active'
}

/**
 * Postgres' unique violation on the one-self-per-account index
 */
function isSelfConflict(error: unknown) {
  const pgError = error as { code?: string; constraint?: string }
  return pgError?.code === '23505' && pgError.constraint === 'members_one_self_per_account'
}

function selfExists() {
  return new DomainError('MEMBER_SELF_EXISTS')
}

/**
 * Column values from the profile fields that were sent
 */
function profileColumns(input: MemberProfileInput) {
  const columns: Partial<Member> = {}
  if (input.name !== undefined) columns.name = input.name
  if (input.relationship !== undefined) columns.relationship = input.relationship
  if (input.date_of_birth !== undefined) {
    columns.dateOfBirth = input.date_of_birth ? DateTime.fromISO(input.date_of_birth) : null
  }
  if (input.phone !== undefined) columns.phone = input.phone
  if (input.school !== undefined) columns.school = input.school
  if (input.grade !== undefined) columns.grade = input.grade
  if (input.notes !== undefined) columns.notes = input.notes
  if (input.guardian_name !== undefined) columns.guardianName = input.guardian_name
  if (input.guardian_phone !== undefined) columns.guardianPhone = input.guardian_phone
  return columns
}

/**
 * Saves and turns the database's one-self guarantee into a 409
 */
async function saveGuarded(member: Member) {
  try {
    await member.save()
  } catch (error) {
    if (isSelfConflict(error)) {
      throw selfExists()
    }
    throw error
  }
  return member
}

/**
 * A parent adds a child, or themselves (once). Members start pending until
 * an admin approves them. The database index settles racing requests.
 */
export async function registerMember(account: User, input: RegisterMemberInput) {
  if (input.relationship === 'self') {
    const existing = await Member.query()
      .where('account_id', account.id)
      .where('relationship', 'self')
      .first()
    if (existing) {
      throw selfExists()
    }
  }
  const member = new Member()
  member.merge({
    ...profileColumns(input),
    accountId: account.id,
    status: 'pending',
  })
  return saveGuarded(member)
}

/**
 * Profile edits by the parent or an admin; status never changes here. A
 * stale `expected` version is a 409.
 */
export async function updateMember(
  member: Member,
  input: MemberProfileInput,
  expected?: Precondition
) {
  return transaction(async (trx) => {
    await lockCurrent(member, expected, trx)
    member.merge(profileColumns(input))
    return saveGuarded(member)
  })
}

/**
 * An admin registers a member directly, optionally already active
 */
export async function adminCreateMember(admin: User, input: AdminCreateMemberInput) {
  const member = new Member()
  const active = input.status === 'active'
  member.merge({
    ...profileColumns(input),
    relationship: input.relationship ?? 'child',
    accountId: input.account_id ?? null,
    status: active ? 'active' : 'pending',
    approvedBy: active ? admin.id : null,
    approvedAt: active ? DateTime.now() : null,
  })
  return transaction(async (trx) => {
    member.useTransaction(trx)
    return saveGuarded(member)
  })
}
