import { createHash, createHmac, randomBytes } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import CalendarToken from '#models/calendar_token'
import User from '#models/user'

/**
 * The token of a feed URL: an HMAC of the account and its nonce under the
 * app key, so the database holds no usable secret (only the nonce and the
 * token's sha256) and the profile page can still show the link again
 */
function deriveToken(userId: string, nonce: string) {
  return createHmac('sha256', env.get('APP_KEY').release())
    .update(`calendar-feed:${userId}:${nonce}`)
    .digest('base64url')
}

export const hashCalendarToken = (token: string) => createHash('sha256').update(token).digest('hex')

const newNonce = () => randomBytes(16).toString('base64url')

/**
 * The feed token of an account, made on first use. A row whose hash no
 * longer matches (the app key was rotated) is re-hashed, so the link the
 * page shows is always the one that works.
 */
export async function calendarTokenFor(user: User) {
  let row = await CalendarToken.findBy('userId', user.id)
  if (!row) {
    // Two first visits at once: the second insert does nothing and both
    // read the one row that won
    const nonce = newNonce()
    const now = new Date()
    await db
      .knexQuery()
      .table('calendar_tokens')
      .insert({
        user_id: user.id,
        nonce,
        token_hash: hashCalendarToken(deriveToken(user.id, nonce)),
        created_at: now,
        updated_at: now,
      })
      .onConflict('user_id')
      .ignore()
    row = await CalendarToken.findByOrFail('userId', user.id)
  }
  const token = deriveToken(user.id, row.nonce)
  const tokenHash = hashCalendarToken(token)
  if (row.tokenHash !== tokenHash) {
    row.tokenHash = tokenHash
    await row.save()
  }
  return token
}

/**
 * A new secret: the old link stops working at once
 */
export async function resetCalendarToken(user: User) {
  const nonce = newNonce()
  const token = deriveToken(user.id, nonce)
  await CalendarToken.updateOrCreate(
    { userId: user.id },
    { nonce, tokenHash: hashCalendarToken(token) }
  )
  return token
}

/**
 * The active account a feed token belongs to, or null (unknown, reset, or
 * the account is no longer active)
 */
export async function findCalendarOwner(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
  const row = await CalendarToken.findBy('tokenHash', hashCalendarToken(token))
  if (!row) return null
  const user = await User.find(row.userId)
  return user && user.status === 'active' ? user : null
}
