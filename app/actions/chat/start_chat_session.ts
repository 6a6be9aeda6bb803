import { DateTime } from 'luxon'
import ChatSession, { chatTokenHash, newChatToken } from '#models/chat_session'
import type ChatMessage from '#models/chat_message'
import ChatMessageSent from '#events/chat_message_sent'
import { transaction } from '#services/transaction'
import { writeChatMessage } from '#actions/chat/send_chat_message'

export interface StartChatInput {
  name: string
  email: string
  locale: 'id' | 'en'
  /**
   * The signed-in account starting it (its /me/chat-sessions lists it)
   */
  userId?: string | null
  /**
   * The visitor's first message, sent with the start
   */
  message?: string | null
}

/**
 * A visitor starts a chat: the session, its system message "started" and
 * optionally the first message, in one transaction. Answers the chat token
 * once (only its hash is kept).
 */
export async function startChatSession(input: StartChatInput) {
  const token = newChatToken()
  const { session, messages } = await transaction(async (trx) => {
    const created = await ChatSession.create(
      {
        visitorName: input.name,
        visitorEmail: input.email,
        userId: input.userId ?? null,
        tokenHash: chatTokenHash(token),
        locale: input.locale,
        status: 'open',
        tags: [],
        resolved: false,
        lastMessageAt: DateTime.now(),
      },
      { client: trx }
    )
    const written: ChatMessage[] = []
    const started = await writeChatMessage(trx, {
      sessionId: created.id,
      role: 'system',
      body: 'started',
    })
    written.push(started.message)
    if (input.message) {
      const first = await writeChatMessage(trx, {
        sessionId: created.id,
        role: 'user',
        body: input.message,
      })
      written.push(first.message)
    }
    await created.refresh()
    return { session: created, messages: written }
  })
  for (const message of messages) {
    await ChatMessageSent.dispatch(session, message)
  }
  return { session, token, messages }
}
