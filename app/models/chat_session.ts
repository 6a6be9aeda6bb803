import { createHash, randomBytes } from 'node:crypto'
import { compose } from '@adonisjs/core/helpers'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { Auditable } from '#models/mixins/auditable'
import { ChatSessionSchema } from '#database/schema'
import ChatMessage from '#models/chat_message'
import User from '#models/user'

/**
 * The header a visitor's browser sends its chat token in (API requests and
 * the Transmit subscription)
 */
export const CHAT_TOKEN_HEADER = 'x-chat-token'

export const CHAT_STATUSES = ['open', 'closed'] as const
export type ChatStatus = (typeof CHAT_STATUSES)[number]

/**
 * The SHA-256 of a chat token, as chat_sessions.token_hash keeps it
 */
export function chatTokenHash(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * A new unguessable chat token (43 characters, base64url)
 */
export function newChatToken() {
  return randomBytes(32).toString('base64url')
}

/**
 * One conversation of the public live chat (seed 004 §6): a visitor (name
 * and email, or a signed-in account) and the club's staff. Whoever holds
 * its chat token reads and writes it; staff read and answer every one.
 * Staff writes (topic, tags, resolved, close) are audited.
 */
export default class ChatSession extends compose(ChatSessionSchema, Auditable) {
  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @hasMany(() => ChatMessage)
  declare messages: HasMany<typeof ChatMessage>

  get isOpen() {
    return this.status === 'open'
  }

  /**
   * Whether `token` is this session's chat token (constant time enough: a
   * digest comparison)
   */
  hasToken(token: string | null | undefined) {
    return typeof token === 'string' && token.length > 0 && chatTokenHash(token) === this.tokenHash
  }
}
