import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'

/**
 * Signs a person in to the portal: a fresh session id, tagged with the
 * account so that revokeAllTokens (password change or reset, deactivation)
 * can end it on every device
 */
export async function signInToPortal({ auth, session }: HttpContext, user: User) {
  await auth.use('web').login(user)
  if (session.supportsTagging()) {
    await session.tag(String(user.id))
  }
}
