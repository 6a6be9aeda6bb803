import { DateTime } from 'luxon'
import DomainError from '#exceptions/domain_error'
import ChatMessage, { type ChatRole } from '#models/chat_message'
import ChatSession from '#models/chat_session'
import ChatMessageSent from '#events/chat_message_sent'
import { transaction } from '#services/transaction'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

export interface SendChatMessageInput {
  sessionId: string
  role: ChatRole
  /**
   * The staff member answering (role assistant)
   */
  senderId?: string | null
  body: string
  /**
   * The client's key: a message resent with the same key is stored once
   */
  idempotencyKey?: string | null
}

export interface SentChatMessage {
  session: ChatSession
  message: ChatMessage
  /**
   * false: the key had been used in this session, `message` is the first one
   */
  created: boolean
}

/**
 * Writes one message inside `trx`, with the session row locked: a closed
 * session refuses it (409 CHAT_SESSION_CLOSED, system messages excepted),
 * and the same idempotency key in one session is stored once (the unique
 * index decides, also for requests running at the same time). Keeps the
 * session's bookkeeping: the last message, the visitor's wait for an
 * answer, the first response, the writer's read marker.
 */
export async function writeChatMessage(
  trx: TransactionClientContract,
  input: SendChatMessageInput
): Promise<SentChatMessage> {
  const session = await ChatSession.query({ client: trx })
    .where('id', input.sessionId)
    .forUpdate()
    .first()
  if (!session) {
    throw DomainError.notFound('chat_session')
  }
  if (!session.isOpen && input.role !== 'system') {
    throw new DomainError('CHAT_SESSION_CLOSED')
  }

  const key = input.idempotencyKey ?? null
  if (key) {
    const earlier = await ChatMessage.query({ client: trx })
      .where('chat_session_id', session.id)
      .where('idempotency_key', key)
      .first()
    if (earlier) {
      return { session, message: earlier, created: false }
    }
  }

  const now = DateTime.now()
  const message = await ChatMessage.create(
    {
      chatSessionId: session.id,
      role: input.role,
      senderId: input.senderId ?? null,
      body: input.body,
      idempotencyKey: key,
      createdAt: now,
    },
    { client: trx }
  )

  const bookkeeping: Record<string, unknown> = { last_message_at: now.toJSDate() }
  if (input.role === 'user') {
    bookkeeping.awaiting_since = session.awaitingSince?.toJSDate() ?? now.toJSDate()
    bookkeeping.visitor_read_at = now.toJSDate()
  } else if (input.role === 'assistant') {
    bookkeeping.awaiting_since = null
    bookkeeping.first_response_at = session.firstResponseAt?.toJSDate() ?? now.toJSDate()
    bookkeeping.staff_read_at = now.toJSDate()
  }
  await trx.from('chat_sessions').where('id', session.id).update(bookkeeping)
  await session.refresh()

  return { session, message, created: true }
}

/**
 * A visitor or a staff member writes in a chat. A replayed key answers the
 * first message and announces nothing; a new message goes out live.
 */
export async function sendChatMessage(input: SendChatMessageInput): Promise<SentChatMessage> {
  let sent: SentChatMessage
  try {
    sent = await transaction((trx) => writeChatMessage(trx, input))
  } catch (error) {
    // two requests with one key: the loser of the unique index reads the winner's
    if ((error as { code?: string }).code === '23505' && input.idempotencyKey) {
      const message = await ChatMessage.query()
        .where('chat_session_id', input.sessionId)
        .where('idempotency_key', input.idempotencyKey)
        .firstOrFail()
      const session = await ChatSession.findOrFail(input.sessionId)
      return { session, message, created: false }
    }
    throw error
  }
  if (sent.created) {
    await ChatMessageSent.dispatch(sent.session, sent.message)
  }
  return sent
}
