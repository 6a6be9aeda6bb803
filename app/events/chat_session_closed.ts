import { BaseEvent } from '@adonisjs/core/events'
import type ChatSession from '#models/chat_session'

/**
 * chat:session_closed — the visitor is mailed the transcript, in their
 * language
 */
export default class ChatSessionClosed extends BaseEvent {
  constructor(public session: ChatSession) {
    super()
  }
}
