import db from '@adonisjs/lucid/services/db'

export interface PruneOutcome {
  accessTokens: number
  refreshTokens: number
  passwordResetTokens: number
  idempotencyKeys: number
  sessions: number
  signupRequests: number
}

const count = (result: unknown) => Number(result) || 0

/**
 * Deletes what can never be used again: expired access, refresh and reset
 * tokens (a used refresh token is kept until it expires, to recognise a
 * replay), expired idempotency keys, expired portal sessions and sign-up
 * links nobody opened. Safe to
 * run as often as wanted.
 */
export async function pruneTokens(now: Date = new Date()): Promise<PruneOutcome> {
  return {
    accessTokens: count(
      await db.from('auth_access_tokens').where('expires_at', '<=', now).delete()
    ),
    refreshTokens: count(await db.from('refresh_tokens').where('expires_at', '<=', now).delete()),
    passwordResetTokens: count(
      await db.from('password_reset_tokens').where('expires_at', '<=', now).delete()
    ),
    idempotencyKeys: count(
      await db.from('idempotency_keys').where('expires_at', '<=', now).delete()
    ),
    sessions: count(await db.from('sessions').where('expires_at', '<=', now).delete()),
    signupRequests: count(await db.from('signup_requests').where('expires_at', '<=', now).delete()),
  }
}
