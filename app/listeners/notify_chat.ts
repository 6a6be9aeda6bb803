import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'
import type ChatSessionClosed from '#events/chat_session_closed'
import ChatMessage from '#models/chat_message'
import ChatTranscriptNotification from '#mails/chat_transcript_notification'

/**
 * chat:session_closed → the transcript to the visitor, in their language
 */
export default class NotifyChat {
  async closed(event: ChatSessionClosed) {
    try {
      const messages = await ChatMessage.query()
        .where('chat_session_id', event.session.id)
        .preload('sender')
        .orderBy('created_at')
        .orderBy('id')
      await mail.sendLater(new ChatTranscriptNotification(event.session, messages))
    } catch (error) {
      logger.error({ err: error, sessionId: event.session.id }, 'chat transcript mail failed')
    }
  }
}
