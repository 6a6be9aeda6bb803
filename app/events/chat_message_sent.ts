import { BaseEvent } from '@adonisjs/core/events'
import type ChatMessage from '#models/chat_message'
import type ChatSession from '#models/chat_session'

/**
 * chat:message_sent — a new line in a chat (from the visitor, a staff
 * member or the club): it goes out live on chat/<id> and chat/inbox
 */
export default class ChatMessageSent extends BaseEvent {
  constructor(
    public session: ChatSession,
    public message: ChatMessage
  ) {
    super()
  }
}
