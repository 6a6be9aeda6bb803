import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { ChatMessageSchema } from '#database/schema'
import User from '#models/user'

export const CHAT_ROLES = ['user', 'assistant', 'system'] as const
export type ChatRole = (typeof CHAT_ROLES)[number]

/**
 * One line of a chat: `user` the visitor, `assistant` a staff member
 * (`sender`), `system` the club itself (the session started, closed).
 * `body` is plain text, always rendered escaped; a system message's body
 * is a key of resources/lang/<locale>/chat.json (system.*), translated
 * for each reader.
 */
export default class ChatMessage extends ChatMessageSchema {
  @belongsTo(() => User, { foreignKey: 'senderId' })
  declare sender: BelongsTo<typeof User>
}
