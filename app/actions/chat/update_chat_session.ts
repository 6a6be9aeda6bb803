import { DateTime } from 'luxon'
import DomainError from '#exceptions/domain_error'
import ChatSession from '#models/chat_session'
import ChatSessionChanged from '#events/chat_session_changed'
import ChatSessionClosed from '#events/chat_session_closed'
import { transaction } from '#services/transaction'
import { writeChatMessage } from '#actions/chat/send_chat_message'
import type ChatMessage from '#models/chat_message'
import ChatMessageSent from '#events/chat_message_sent'

export interface UpdateChatSessionInput {
  topic?: string | null
  tags?: string[]
  resolved?: boolean
}

/**
 * Staff file a chat: topic, tags, resolved (audited)
 */
export async function updateChatSession(session: ChatSession, input: UpdateChatSessionInput) {
  if (input.topic !== undefined) session.topic = input.topic || null
  if (input.tags !== undefined) session.tags = input.tags
  if (input.resolved !== undefined) session.resolved = input.resolved
  await session.save()
  await ChatSessionChanged.dispatch(session, 'updated')
  return session
}

/**
 * Staff close a chat: status closed, a system message "closed"; later
 * messages are refused (409 CHAT_SESSION_CLOSED). Closing twice is 409
 * INVALID_STATE_TRANSITION. The visitor is mailed the transcript.
 */
export async function closeChatSession(sessionId: string, closedBy: string | null) {
  const { session, message } = await transaction(async (trx) => {
    const locked = await ChatSession.query({ client: trx })
      .where('id', sessionId)
      .forUpdate()
      .first()
    if (!locked) throw DomainError.notFound('chat_session')
    if (!locked.isOpen) {
      throw new DomainError('INVALID_STATE_TRANSITION', {
        data: { from: locked.status, action: 'close' },
      })
    }
    locked.status = 'closed'
    locked.closedAt = DateTime.now()
    locked.closedBy = closedBy
    locked.awaitingSince = null
    await locked.useTransaction(trx).save()
    const closed = await writeChatMessage(trx, {
      sessionId: locked.id,
      role: 'system',
      body: 'closed',
    })
    return { session: closed.session, message: closed.message as ChatMessage }
  })
  await ChatMessageSent.dispatch(session, message)
  await ChatSessionChanged.dispatch(session, 'closed')
  await ChatSessionClosed.dispatch(session)
  return session
}

/**
 * Staff have read a chat up to now (the inbox's unread count)
 */
export async function markChatReadByStaff(session: ChatSession) {
  session.staffReadAt = DateTime.now()
  await ChatSession.query().where('id', session.id).update({ staff_read_at: new Date() })
  await ChatSessionChanged.dispatch(session, 'read')
}

/**
 * The visitor has read their chat up to now
 */
export async function markChatReadByVisitor(session: ChatSession) {
  session.visitorReadAt = DateTime.now()
  await ChatSession.query().where('id', session.id).update({ visitor_read_at: new Date() })
}
