import { transaction } from '#services/transaction'
import User from '#models/user'
import { revokeAllTokens } from '#actions/auth/issue_api_tokens'
import { lockCurrent, type Precondition } from '#services/preconditions'
import DomainError from '#exceptions/domain_error'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

export interface CreateUserInput {
  name: string
  email: string
  password: string
  role: User['role']
  status?: User['status']
  phone?: string | null
  locale?: User['locale']
}

export interface UpdateUserInput {
  name?: string
  email?: string
  role?: User['role']
  status?: User['status']
}

/**
 * An admin creates an account of any role (the CLI's user:create uses it too)
 */
export async function createUser(input: CreateUserInput) {
  return User.create({
    name: input.name,
    email: input.email,
    password: input.password,
    role: input.role,
    status: input.status ?? 'active',
    phone: input.phone ?? null,
    locale: input.locale ?? 'id',
  })
}

/**
 * What an edit takes away from an active admin account: its admin role or
 * its active status (null when it keeps both)
 */
function adminLoss(row: User, input: UpdateUserInput): 'role' | 'status' | null {
  if (row.role !== 'admin' || row.status !== 'active') return null
  if (input.status !== undefined && input.status !== 'active') return 'status'
  if (input.role !== undefined && input.role !== 'admin') return 'role'
  return null
}

/**
 * The club keeps at least one active admin, and an admin does not lock
 * themselves out: the other active admins are locked, so two admins
 * demoting each other at once cannot both succeed.
 */
async function assertAdminsRemain(
  row: User,
  input: UpdateUserInput,
  actor: User | undefined,
  trx: TransactionClientContract
) {
  const loss = adminLoss(row, input)
  if (!loss) return
  if (actor && actor.id === row.id) {
    throw new DomainError('USER_SELF_LOCKOUT', { field: loss })
  }
  const others = await User.query({ client: trx })
    .where('role', 'admin')
    .where('status', 'active')
    .whereNot('id', row.id)
    .forUpdate()
  if (others.length === 0) {
    throw new DomainError('USER_LAST_ADMIN', { field: loss })
  }
}

/**
 * An admin (`actor`) edits an account. Leaving the active status revokes
 * every token the account holds, in the same transaction. The last active
 * admin keeps the role and the status; an admin cannot take either from
 * themselves. A stale `expected` version is a 409.
 */
export async function updateUser(
  user: User,
  input: UpdateUserInput,
  expected?: Precondition,
  actor?: User
) {
  await transaction(async (trx) => {
    // the row locked in this attempt: a retry must not take a rolled-back save for done
    const row = (await lockCurrent(user, expected, trx)) as User
    await assertAdminsRemain(row, input, actor, trx)
    const leavesActive = input.status !== undefined && input.status !== 'active'
    row.merge(input)
    await row.save()
    if (leavesActive) {
      await revokeAllTokens(user, trx)
    }
  })
  return user.refresh()
}

/**
 * DELETE /admin/users/:id: accounts are never erased (their history stays);
 * they are deactivated and signed out everywhere.
 */
export async function deactivateUser(user: User, actor?: User) {
  return updateUser(user, { status: 'inactive' }, undefined, actor)
}
