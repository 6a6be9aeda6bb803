import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import DomainError from '#exceptions/domain_error'
import ChatSession from '#models/chat_session'
import ChatSessionPolicy from '#policies/chat_session_policy'
import { sendChatMessage } from '#actions/chat/send_chat_message'
import {
  closeChatSession,
  markChatReadByStaff,
  updateChatSession,
} from '#actions/chat/update_chat_session'
import {
  chatHistory,
  findChatSession,
  listChatSessions,
  unreadChatTotal,
} from '#queries/chat/list_chat_sessions'
import { isApiRequest } from '#services/api_request'
import { isUuid } from '#services/ids'
import { serialize } from '#services/serialize'
import { throttleChatMessage } from '#start/limiter'
import ChatSessionTransformer from '#transformers/chat_session_transformer'
import ChatMessageTransformer from '#transformers/chat_message_transformer'
import { sendChatMessageValidator, updateChatSessionValidator } from '#validators/chat'

interface InboxFilters {
  status?: 'open' | 'closed'
  unread?: boolean
}

/**
 * The staff inbox of the live chat (coaches and admins): the chats on the
 * left (open ones first, unread counts), one chat on the right with its
 * history, the answer form, the filing form and closing. On a phone the
 * list and the chat are two pages. resources/js/chat.js makes it live.
 */
export default class ChatInboxController {
  async index(ctx: HttpContext) {
    await ctx.bouncer.with(ChatSessionPolicy).authorize('viewList')
    return ctx.view.render('pages/chat/inbox', await this.inbox(ctx, null))
  }

  async show(ctx: HttpContext) {
    await ctx.bouncer.with(ChatSessionPolicy).authorize('viewList')
    const session = await this.find(ctx.params.id)
    await markChatReadByStaff(session)
    return ctx.view.render('pages/chat/inbox', await this.inbox(ctx, session))
  }

  async reply(ctx: HttpContext) {
    const { request, response, params, auth, bouncer, session: flash, i18n } = ctx
    await bouncer.with(ChatSessionPolicy).authorize('viewList')
    const chat = await this.find(params.id)
    const input = await request.validateUsing(sendChatMessageValidator)
    const staff = auth.getUserOrFail()
    await throttleChatMessage(ctx, `user:${staff.id}`)
    const sent = await sendChatMessage({
      sessionId: chat.id,
      role: 'assistant',
      senderId: staff.id,
      body: input.body,
      idempotencyKey: input.idempotency_key ?? null,
    })
    // the page's script (resources/js/chat.js) sends the form with fetch
    if (isApiRequest(ctx)) {
      await sent.message.load('sender')
      return response.success(ChatMessageTransformer.transform(sent.message), {
        status: sent.created ? 201 : 200,
        message: 'chat.inbox.sent',
      })
    }
    flash.flash('success', i18n.t('chat.inbox.sent'))
    return response.redirect().toRoute('chat_inbox.show', { id: chat.id })
  }

  async update({ request, response, params, bouncer, session: flash, i18n }: HttpContext) {
    await bouncer.with(ChatSessionPolicy).authorize('update')
    const chat = await this.find(params.id)
    const tags = String(request.input('tags_text', '') ?? '')
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean)
    const input = await request.validateUsing(updateChatSessionValidator, {
      data: {
        topic: request.input('topic') || null,
        tags: [...new Set(tags)],
        resolved: request.input('resolved') === 'on' || request.input('resolved') === 'true',
      },
    })
    await updateChatSession(chat, input)
    flash.flash('success', i18n.t('chat.inbox.saved'))
    return response.redirect().toRoute('chat_inbox.show', { id: chat.id })
  }

  async close({ response, params, bouncer, auth, session: flash, i18n }: HttpContext) {
    await bouncer.with(ChatSessionPolicy).authorize('close')
    const chat = await this.find(params.id)
    await closeChatSession(chat.id, auth.getUserOrFail().id)
    flash.flash('success', i18n.t('chat.inbox.closed_done'))
    return response.redirect().toRoute('chat_inbox.show', { id: chat.id })
  }

  private async find(id: string) {
    const session = isUuid(id) ? await ChatSession.find(id) : null
    if (!session) throw DomainError.notFound('chat_session')
    return session
  }

  private async inbox({ request, i18n }: HttpContext, current: ChatSession | null) {
    const filters: InboxFilters = {}
    const status = request.input('status', 'open')
    if (status === 'open' || status === 'closed') filters.status = status
    if (request.input('unread') === 'true') filters.unread = true
    const page = Math.max(1, Number.parseInt(String(request.input('page', 1)), 10) || 1)
    const { sessions, meta } = await listChatSessions({ ...filters, page, limit: 50 })
    const when = (value: string | null) =>
      value
        ? DateTime.fromISO(value)
            .setZone(timezone)
            .setLocale(i18n.locale)
            .toLocaleString(DateTime.DATETIME_MED)
        : ''
    const rows = await serialize<any[]>(
      ChatSessionTransformer.transform(sessions).useVariant('forStaff')
    )
    const list = rows.map((row) => ({ ...row, when: when(row.last_message_at) }))

    let chat = null
    let messages: any[] = []
    let hasMore = false
    if (current) {
      const fresh = (await findChatSession(current.id))!
      chat = await serialize<any>(ChatSessionTransformer.transform(fresh).useVariant('forStaff'))
      chat.started = when(chat.started_at)
      const history = await chatHistory(current.id, { limit: 200 })
      hasMore = history.hasMore
      const shaped = await serialize<any[]>(ChatMessageTransformer.transform(history.messages))
      messages = shaped.map((message) => ({ ...message, when: when(message.created_at) }))
    }
    return {
      sessions: list,
      meta,
      filters: { status: filters.status ?? 'all', unread: filters.unread === true },
      chat,
      messages,
      hasMore,
      unreadTotal: await unreadChatTotal(),
    }
  }
}
