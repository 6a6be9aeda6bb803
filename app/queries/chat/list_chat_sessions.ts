import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { timezone } from '#config/app'
import ChatSession from '#models/chat_session'
import ChatMessage from '#models/chat_message'
import { likeTerm } from '#queries/schedule/list_training_sessions'
import { DEFAULT_LIMIT, paginatorMeta } from '#services/pagination'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'

export interface ListChatSessionsFilters {
  page?: number
  limit?: number
  search?: string
  status?: 'open' | 'closed'
  resolved?: boolean
  tag?: string
  /**
   * true: only chats with visitor messages staff have not read
   */
  unread?: boolean
}

/**
 * Visitor messages newer than staff's read marker
 */
const UNREAD_FOR_STAFF = `(select count(*) from chat_messages m
  where m.chat_session_id = chat_sessions.id and m.role = 'user'
    and m.created_at > coalesce(chat_sessions.staff_read_at, '-infinity'))`

/**
 * Staff and system messages newer than the visitor's read marker
 */
const UNREAD_FOR_VISITOR = `(select count(*) from chat_messages m
  where m.chat_session_id = chat_sessions.id and m.role = 'assistant'
    and m.created_at > coalesce(chat_sessions.visitor_read_at, '-infinity'))`

const LAST_BODY = `(select m.body from chat_messages m
  where m.chat_session_id = chat_sessions.id and m.role <> 'system'
  order by m.created_at desc, m.id desc limit 1)`

const MESSAGE_COUNT = `(select count(*) from chat_messages m
  where m.chat_session_id = chat_sessions.id and m.role <> 'system')`

/**
 * A session query with the list's extras: unread_staff, unread_visitor,
 * last_body, message_count
 */
export function withChatSummaries(query: ModelQueryBuilderContract<typeof ChatSession>) {
  return query
    .select('chat_sessions.*')
    .select(db.raw(`${UNREAD_FOR_STAFF} as unread_staff`))
    .select(db.raw(`${UNREAD_FOR_VISITOR} as unread_visitor`))
    .select(db.raw(`${LAST_BODY} as last_body`))
    .select(db.raw(`${MESSAGE_COUNT} as message_count`))
}

/**
 * The staff inbox: open chats first, then the most recent activity
 */
export async function listChatSessions(filters: ListChatSessionsFilters) {
  const query = withChatSummaries(ChatSession.query())
    .if(filters.status, (q) => q.where('status', filters.status!))
    .if(filters.resolved !== undefined, (q) => q.where('resolved', filters.resolved!))
    .if(filters.tag, (q) => q.whereRaw('? = any(tags)', [filters.tag!]))
    .if(filters.unread === true, (q) => q.whereRaw(`${UNREAD_FOR_STAFF} > 0`))
    .if(filters.unread === false, (q) => q.whereRaw(`${UNREAD_FOR_STAFF} = 0`))
    .if(filters.search, (q) => {
      const term = likeTerm(filters.search!)
      q.where((inner) => {
        inner
          .whereILike('visitor_name', term)
          .orWhereILike('visitor_email', term)
          .orWhereILike('topic', term)
      })
    })
    .orderByRaw(`case when status = 'open' then 0 else 1 end`)
    .orderBy('last_message_at', 'desc')
    .orderBy('id', 'desc')
  const paginator = await query.paginate(filters.page ?? 1, filters.limit ?? DEFAULT_LIMIT)
  return { sessions: paginator.all(), meta: paginatorMeta(paginator) }
}

/**
 * The chats a signed-in account started, newest first
 */
export async function listChatSessionsOf(userId: string) {
  return withChatSummaries(ChatSession.query())
    .where('user_id', userId)
    .orderBy('created_at', 'desc')
    .limit(100)
}

/**
 * One session with its list extras, or null
 */
export async function findChatSession(id: string) {
  return withChatSummaries(ChatSession.query()).where('chat_sessions.id', id).first()
}

/**
 * A page of a chat's history: the newest `limit` messages (before the
 * message `before` when given), oldest first, and whether older ones exist
 */
export async function chatHistory(sessionId: string, options: { limit?: number; before?: string }) {
  const limit = options.limit ?? 50
  const query = ChatMessage.query()
    .where('chat_session_id', sessionId)
    .preload('sender', (sender) => sender.select('id', 'name'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
  if (options.before) {
    const anchor = await ChatMessage.query()
      .where('chat_session_id', sessionId)
      .where('id', options.before)
      .first()
    if (anchor) {
      query.whereRaw('(created_at, id) < (?, ?)', [anchor.createdAt.toJSDate(), anchor.id])
    }
  }
  const rows = await query
  const hasMore = rows.length > limit
  const messages = rows.slice(0, limit).reverse()
  return { messages, hasMore }
}

/**
 * How many chats are open (the admin dashboard's "active chats")
 */
export async function activeChatCount() {
  const [row] = await db.from('chat_sessions').where('status', 'open').count('* as total')
  return Number(row.total)
}

/**
 * Unread visitor messages over every open chat (the inbox's tab badge)
 */
export async function unreadChatTotal() {
  const [row] = await db
    .from('chat_sessions')
    .where('status', 'open')
    .select(db.raw(`coalesce(sum(${UNREAD_FOR_STAFF}), 0) as total`))
  return Number(row.total)
}

export interface ChatStats {
  active_sessions: number
  total_sessions_today: number
  total_messages_today: number
  /**
   * Mean minutes from a chat's start to the first staff answer, over the
   * chats started today that have one (null: none yet)
   */
  average_response_time_minutes: number | null
  sessions_closed_today: number
}

/**
 * GET /chat/stats: today is the club's local day
 */
export async function chatStats(now = DateTime.now()): Promise<ChatStats> {
  const start = now.setZone(timezone).startOf('day').toJSDate()
  const end = now.setZone(timezone).endOf('day').toJSDate()
  const [sessions] = await db
    .from('chat_sessions')
    .select(db.raw(`count(*) filter (where status = 'open') as active`))
    .select(db.raw(`count(*) filter (where created_at between ? and ?) as today`, [start, end]))
    .select(
      db.raw(`count(*) filter (where closed_at between ? and ?) as closed_today`, [start, end])
    )
    .select(
      db.raw(
        `avg(extract(epoch from (first_response_at - created_at)) / 60)
           filter (where created_at between ? and ? and first_response_at is not null) as response`,
        [start, end]
      )
    )
  const [messages] = await db
    .from('chat_messages')
    .whereNot('role', 'system')
    .whereBetween('created_at', [start, end])
    .count('* as total')
  return {
    active_sessions: Number(sessions.active),
    total_sessions_today: Number(sessions.today),
    total_messages_today: Number(messages.total),
    average_response_time_minutes:
      sessions.response === null ? null : Math.round(Number(sessions.response) * 10) / 10,
    sessions_closed_today: Number(sessions.closed_today),
  }
}
