import { transaction } from '#services/transaction'
import User from '#models/user'
import { revokeAllTokens } from '#actions/auth/issue_api_tokens'
import { lockCurrent, type Precondition } from '#services/preconditions'

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
 * An admin edits an account. Leaving the active status revokes every token
 * the account holds, in the same transaction. A stale `expected` version
 * is a 409.
 */
export async function updateUser(user: User, input: UpdateUserInput, expected?: Precondition) {
  await transaction(async (trx) => {
    // the row locked in this attempt: a retry must not take a rolled-back save for done
    const row = (await lockCurrent(user, expected, trx)) as User
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
export async function deactivateUser(user: User) {
  return updateUser(user, { status: 'inactive' })
}
