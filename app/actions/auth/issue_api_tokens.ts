import logger from '@adonisjs/core/services/logger'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import { SessionCollection } from '@adonisjs/session'
import db from '@adonisjs/lucid/services/db'
import { transaction } from '#services/transaction'
import { Secret } from '@adonisjs/core/helpers'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import DomainError from '#exceptions/domain_error'

export interface ApiTokens {
  token: string
  token_type: 'Bearer'
  expires_at: string | null
  refresh_token: string
}

/**
 * A refresh token remembers the access token it was issued with, so that
 * logging out or rotating ends the whole sign-in, not half of it.
 */
const pairName = (accessTokenId: string | number | BigInt) => `access:${accessTokenId}`

/**
 * A used refresh token presented again within this window is a client
 * retrying or racing itself (refused, nothing revoked); later, a replay
 */
export const REUSE_GRACE_MS = 10_000

function invalidToken() {
  return new DomainError('AUTH_INVALID_TOKEN')
}

/**
 * A new sign-in for the API: a short-lived bearer token and a refresh token
 * that buys the next one.
 */
export async function issueApiTokens(
  user: User,
  familyId: string = randomUUID()
): Promise<ApiTokens> {
  const access = await User.accessTokens.create(user)
  let refresh
  try {
    refresh = await User.refreshTokens.create(user, ['*'], { name: pairName(access.identifier) })
    await db
      .from('refresh_tokens')
      .where('id', String(refresh.identifier))
      .update({ family_id: familyId })
  } catch (error) {
    await User.accessTokens.delete(user, access.identifier)
    throw error
  }

  return {
    token: access.value!.release(),
    token_type: 'Bearer',
    expires_at: access.expiresAt ? access.expiresAt.toISOString() : null,
    refresh_token: refresh.value!.release(),
  }
}

/**
 * Ends a family: every refresh token rotated from one sign-in and the
 * access tokens paired with them
 */
async function revokeFamily(familyId: string, userId: string) {
  await transaction(async (trx) => {
    const members = await trx
      .from('refresh_tokens')
      .where('family_id', familyId)
      .where('tokenable_id', userId)
      .select('name')
    const accessIds = members
      .map((row) =>
        typeof row.name === 'string' && row.name.startsWith('access:') ? row.name.slice(7) : null
      )
      .filter((id): id is string => id !== null)
    if (accessIds.length) {
      await trx
        .from('auth_access_tokens')
        .whereIn('id', accessIds)
        .where('tokenable_id', userId)
        .delete()
    }
    await trx.from('refresh_tokens').where('family_id', familyId).delete()
  })
}

/**
 * POST /auth/refresh: trades a refresh token for a new pair. Each refresh
 * token works once (rotation); the access token it was paired with is
 * revoked too. Unknown and expired tokens are a 401. A token presented a
 * second time (after REUSE_GRACE_MS) was copied: its whole family (every
 * token rotated from that sign-in) is revoked, and the answer is a 401.
 */
export async function refreshApiTokens(refreshToken: string): Promise<ApiTokens & { user: User }> {
  const token = await User.refreshTokens.verify(new Secret(refreshToken))
  if (!token) {
    throw invalidToken()
  }

  /**
   * Claim the token with one UPDATE: of two requests racing with the same
   * refresh token, only the one that marked it used goes on. A token that
   * was already used is a replay.
   */
  const claimed = await db
    .from('refresh_tokens')
    .where('id', String(token.identifier))
    .where('type', 'refresh_token')
    .whereNull('used_at')
    .update({ used_at: new Date() })
    .returning(['family_id'])
  if (claimed.length === 0) {
    const row = await db.from('refresh_tokens').where('id', String(token.identifier)).first()
    const usedAt = row?.used_at ? new Date(row.used_at).getTime() : null
    // a second request of the same client racing the first is not a theft
    const racing = usedAt !== null && Date.now() - usedAt < REUSE_GRACE_MS
    if (row?.family_id && !racing) {
      await revokeFamily(row.family_id, String(token.tokenableId))
    }
    throw invalidToken()
  }
  const familyId: string = claimed[0].family_id ?? randomUUID()

  const pairedAccessTokenId = token.name?.startsWith('access:') ? token.name.slice(7) : null
  if (pairedAccessTokenId) {
    await db
      .from('auth_access_tokens')
      .where('id', pairedAccessTokenId)
      .where('tokenable_id', String(token.tokenableId))
      .delete()
  }

  const user = await User.find(token.tokenableId)
  if (!user || !user.isActive) {
    throw invalidToken()
  }

  return { ...(await issueApiTokens(user, familyId)), user }
}

/**
 * POST /auth/logout: ends one sign-in (the access token used for the
 * request and the refresh token issued with it).
 */
export async function revokeApiSession(user: User, accessTokenId: string | number | BigInt) {
  await transaction(async (trx) => {
    await trx
      .from('auth_access_tokens')
      .where('id', String(accessTokenId))
      .where('tokenable_id', user.id)
      .delete()
    await trx
      .from('refresh_tokens')
      .where('tokenable_id', user.id)
      .where('name', pairName(accessTokenId))
      .delete()
  })
}

/**
 * Signs the account out everywhere: every access and refresh token and every
 * portal session goes.
 * Used by password changes and resets and by deactivation (pass the
 * transaction that changes the account).
 */
export async function revokeAllTokens(user: User, trx?: TransactionClientContract) {
  const run = async (client: TransactionClientContract) => {
    await client.from('auth_access_tokens').where('tokenable_id', user.id).delete()
    await client.from('refresh_tokens').where('tokenable_id', user.id).delete()
  }
  if (trx) {
    await run(trx)
    // only once the change is committed: a sign-in racing the change must
    // not outlive it, and a rolled-back change signs nobody out
    trx.after('commit', () =>
      endPortalSessions(user).catch((error) =>
        logger.error({ err: error, userId: user.id }, 'could not end the portal sessions')
      )
    )
    return
  }
  await transaction(run)
  await endPortalSessions(user)
}

/**
 * Every portal session of the account, on any device (sessions are tagged
 * with the account at sign-in): a copied cookie stops working too
 */
export async function endPortalSessions(user: User) {
  const sessions = await app.container.make(SessionCollection)
  if (!sessions.supportsTagging()) return
  for (const session of await sessions.tagged(String(user.id))) {
    await sessions.destroy(session.id)
  }
}
