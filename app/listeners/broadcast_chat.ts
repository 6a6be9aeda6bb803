import logger from '@adonisjs/core/services/logger'
import transmit from '@adonisjs/transmit/services/main'
import type ChatMessageSent from '#events/chat_message_sent'
import type ChatSessionChanged from '#events/chat_session_changed'
import { findChatSession } from '#queries/chat/list_chat_sessions'
import ChatSessionTransformer from '#transformers/chat_session_transformer'
import ChatMessageTransformer from '#transformers/chat_message_transformer'
import { serialize } from '#services/serialize'

export const CHAT_INBOX_CHANNEL = 'chat/inbox'
export const chatChannel = (id: string) => `chat/${id}`

/**
 * Fans chat events out to Transmit (DESIGN.md §5): `chat/<id>` for the
 * visitor holding the chat token and staff (the message, the visitor's view
 * of the session), `chat/inbox` for staff (the message with the staff view
 * of its session, so unread counts move live). A failed broadcast is
 * logged, never thrown: the message is stored already.
 */
export default class BroadcastChat {
  async messageSent(event: ChatMessageSent) {
    try {
      await event.message.load('sender')
      const message = await serialize(ChatMessageTransformer.transform(event.message))
      const session = await findChatSession(event.session.id)
      if (!session) return
      this.send(chatChannel(session.id), { event: 'message', message })
      this.send(CHAT_INBOX_CHANNEL, {
        event: 'message',
        message,
        session: await serialize(ChatSessionTransformer.transform(session).useVariant('forStaff')),
      })
    } catch (error) {
      logger.error({ err: error, sessionId: event.session.id }, 'chat broadcast failed')
    }
  }

  async sessionChanged(event: ChatSessionChanged) {
    try {
      const session = await findChatSession(event.session.id)
      if (!session) return
      if (event.change !== 'read') {
        this.send(chatChannel(session.id), {
          event: 'session',
          change: event.change,
          session: await serialize(ChatSessionTransformer.transform(session)),
        })
      }
      this.send(CHAT_INBOX_CHANNEL, {
        event: 'session',
        change: event.change,
        session: await serialize(ChatSessionTransformer.transform(session).useVariant('forStaff')),
      })
    } catch (error) {
      logger.error({ err: error, sessionId: event.session.id }, 'chat broadcast failed')
    }
  }

  private send(channel: string, payload: Record<string, unknown>) {
    transmit.broadcast(channel, JSON.parse(JSON.stringify(payload)))
  }
}
