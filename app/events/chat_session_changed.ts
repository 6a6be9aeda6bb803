import { BaseEvent } from '@adonisjs/core/events'
import type ChatSession from '#models/chat_session'

/**
 * chat:session_changed — staff filed (topic, tags, resolved), read or
 * closed a chat: the inbox and the visitor's widget show it live
 */
export default class ChatSessionChanged extends BaseEvent {
  constructor(
    public session: ChatSession,
    public change: 'updated' | 'read' | 'closed'
  ) {
    super()
  }
}
