import { DateTime } from 'luxon'
import logger from '@adonisjs/core/services/logger'
import mail from '@adonisjs/mail/services/main'
import env from '#start/env'
import ChatSession from '#models/chat_session'
import User from '#models/user'
import ChatUnansweredNotification from '#mails/chat_unanswered_notification'
import { appUrlFor } from '#services/app_url'

/**
 * After how many minutes without a staff answer the staff are mailed
 */
export const CHAT_UNANSWERED_MINUTES = env.get('CHAT_UNANSWERED_MINUTES', 10)

/**
 * Mails every active staff member (coaches and admins) about each open chat
 * whose visitor has waited `minutes` or more for an answer. Each wait is
 * alerted once: the chat is claimed by setting `alerted_at` in the one
 * UPDATE that picks it, so a second run (also on another machine, at the
 * same time) claims nothing. A staff answer ends the wait; a later visitor
 * message starts a new one.
 */
export async function alertUnansweredChats({
  minutes = CHAT_UNANSWERED_MINUTES,
  now = DateTime.now(),
}: { minutes?: number; now?: DateTime } = {}) {
  const before = now.minus({ minutes }).toJSDate()
  const claimed = await ChatSession.query()
    .where('status', 'open')
    .whereNotNull('awaiting_since')
    .where('awaiting_since', '<=', before)
    .where((query) => {
      query.whereNull('alerted_at').orWhereRaw('alerted_at < awaiting_since')
    })
    .update({ alerted_at: now.toJSDate() })
    .returning('id')
  const ids = (claimed as unknown as { id: string }[]).map((row) => row.id)
  if (ids.length === 0) return { alerted: 0 }

  const sessions = await ChatSession.query().whereIn('id', ids)
  const staff = await User.query().whereIn('role', ['admin', 'coach']).where('status', 'active')
  for (const session of sessions) {
    const link = appUrlFor('chat_inbox.show', { id: session.id })
    for (const person of staff) {
      try {
        await mail.sendLater(new ChatUnansweredNotification(person, session, minutes, link))
      } catch (error) {
        logger.error({ err: error, sessionId: session.id }, 'chat alert mail failed')
      }
    }
  }
  return { alerted: sessions.length }
}
