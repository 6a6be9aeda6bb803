import { BaseTransformer } from '@adonisjs/core/transformers'
import type ChatSession from '#models/chat_session'
import { CHAT_STATUSES } from '#models/chat_session'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

const visitor = s.object({
  id: s.uuid(),
  status: s.enum(CHAT_STATUSES),
  name: s.string({ description: "The visitor's name", example: 'Budi' }),
  email: s.email(),
  started_at: s.dateTime(),
  last_message_at: s.nullable(s.dateTime()),
  closed_at: s.nullable(s.dateTime()),
  unread_count: s.integer({
    minimum: 0,
    description: 'Staff messages the visitor has not read yet',
  }),
})

const staff = s.extend(visitor, {
  user_id: s.nullable(s.uuid({ description: 'The account that started it, when signed in' })),
  locale: s.enum(['id', 'en']),
  metadata: s.object({
    topic: s.nullable(s.string({ maxLength: 160, example: 'Kelas panahan anak' })),
    tags: s.array(s.string(), { example: ['kelas', 'anak'] }),
    resolved: s.boolean(),
    last_message: s.nullable(s.string({ description: 'The last visitor or staff message' })),
    message_count: s.integer({ minimum: 0, description: 'Visitor and staff messages' }),
  }),
  unread_count: s.integer({
    minimum: 0,
    description: 'Visitor messages staff have not read yet',
  }),
  first_response_at: s.nullable(s.dateTime()),
})

/**
 * A chat session: what its visitor sees (the widget, the chat token's
 * holder, GET /me/chat-sessions) and what staff see in the inbox (with
 * the filing metadata and the unread count of their side). Rows come from
 * withChatSummaries (app/queries/chat/list_chat_sessions.ts) for the
 * counts; without them the counts are 0.
 */
export default class ChatSessionTransformer extends BaseTransformer<ChatSession> {
  static shapes: TransformerShapes<'toObject' | 'forStaff'> = {
    toObject: { name: 'ChatSession', schema: visitor },
    forStaff: { name: 'StaffChatSession', schema: staff },
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      status: row.status,
      name: row.visitorName,
      email: row.visitorEmail,
      started_at: iso(row.createdAt),
      last_message_at: iso(row.lastMessageAt),
      closed_at: iso(row.closedAt),
      unread_count: Number(row.$extras.unread_visitor ?? 0),
    }
  }

  forStaff() {
    const row = this.resource
    return {
      ...this.toObject(),
      user_id: row.userId,
      locale: row.locale,
      metadata: {
        topic: row.topic,
        tags: row.tags ?? [],
        resolved: row.resolved,
        last_message: row.$extras.last_body ?? null,
        message_count: Number(row.$extras.message_count ?? 0),
      },
      unread_count: Number(row.$extras.unread_staff ?? 0),
      first_response_at: iso(row.firstResponseAt),
    }
  }
}
