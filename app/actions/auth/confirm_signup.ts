import User from '#models/user'
import DomainError from '#exceptions/domain_error'
import { transaction } from '#services/transaction'
import { signupTokenHash } from '#actions/auth/request_signup'

/**
 * The link in the confirmation mail is opened: the account is created,
 * active at once, with the password chosen on the form. A link works once
 * and within its day; of two links for one email the first one opened
 * wins and the others stop working.
 */
export async function confirmSignup(token: string): Promise<User> {
  const refuse = () =>
    new DomainError('AUTH_SIGNUP_LINK_INVALID', { field: 'token', rule: 'signup_link_invalid' })

  const userId = await transaction(async (trx) => {
    const found = await trx
      .from('signup_requests')
      .where('token_hash', signupTokenHash(token))
      .where('expires_at', '>', new Date())
      .select('email')
      .first()
    if (!found) {
      throw refuse()
    }

    /**
     * One confirmation per email at a time (links racing for one email
     * would otherwise deadlock on each other's rows); the link is claimed
     * by deleting it, so of two requests with one link one wins.
     */
    await trx.rawQuery("SELECT pg_advisory_xact_lock(hashtextextended('signup:' || ?, 0))", [
      String(found.email).toLowerCase(),
    ])
    const [request] = await trx
      .from('signup_requests')
      .where('token_hash', signupTokenHash(token))
      .where('expires_at', '>', new Date())
      .delete()
      .returning('*')
    if (!request) {
      throw refuse()
    }
    await trx.from('signup_requests').where('email', request.email).delete()
    const now = new Date()

    /**
     * The password was hashed when the form was sent; it is stored as is
     * (the model's hook would hash it again). An account made for this
     * email meanwhile wins: the unique email index keeps one.
     */
    const [row] = await trx
      .table('users')
      .insert({
        name: request.name,
        email: request.email,
        phone: request.phone,
        locale: request.locale,
        password: request.password_hash,
        role: 'member',
        status: 'active',
        created_at: now,
        updated_at: now,
      })
      .onConflict('email')
      .ignore()
      .returning('id')
    if (!row) {
      throw refuse()
    }
    return row.id as string
  })

  return User.findOrFail(userId)
}
