import type { HttpContext } from '@adonisjs/core/http'
import DomainError from '#exceptions/domain_error'
import ChatSession, { CHAT_TOKEN_HEADER } from '#models/chat_session'
import ChatSessionPolicy from '#policies/chat_session_policy'
import { startChatSession } from '#actions/chat/start_chat_session'
import { sendChatMessage } from '#actions/chat/send_chat_message'
import {
  closeChatSession,
  markChatReadByStaff,
  markChatReadByVisitor,
  updateChatSession,
} from '#actions/chat/update_chat_session'
import {
  chatHistory,
  chatStats,
  findChatSession,
  listChatSessions,
  listChatSessionsOf,
} from '#queries/chat/list_chat_sessions'
import { captcha } from '#services/captcha'
import { noQueryValidator, validateListQuery } from '#services/pagination'
import { isUuid } from '#services/ids'
import env from '#start/env'
import { throttleChatMessage, throttleChatStart } from '#start/limiter'
import ChatSessionTransformer from '#transformers/chat_session_transformer'
import ChatMessageTransformer from '#transformers/chat_message_transformer'
import {
  listChatSessionsValidator,
  sendChatMessageValidator,
  showChatSessionValidator,
  startChatValidator,
  updateChatSessionValidator,
} from '#validators/chat'

/**
 * /api/v1/chat — the public live chat (seed 004 §6). A visitor starts a
 * chat (no account) and receives its chat token once; with the token (the
 * X-Chat-Token header) they read and write that one chat. Staff (bearer
 * token) read, answer, file and close every chat.
 */
export default class ChatSessionsController {
  /**
   * POST /chat/sessions: name, email (and the first message) → the
   * session and its token
   */
  async store(ctx: HttpContext) {
    const { request, response, i18n } = ctx
    const input = await request.validateUsing(startChatValidator)
    await throttleChatStart(ctx)
    if (
      env.get('CHAT_CAPTCHA', false) &&
      !(await captcha().verify(input.captcha_token, request.ip()))
    ) {
      throw new DomainError('CAPTCHA_INVALID', { field: 'captcha_token' })
    }
    const account = await this.account(ctx)
    const { session, token } = await startChatSession({
      name: input.name,
      email: input.email,
      message: input.message ?? null,
      locale: i18n.locale === 'en' ? 'en' : 'id',
      userId: account && !account.isStaff ? account.id : null,
    })
    const fresh = (await findChatSession(session.id))!
    const { messages } = await chatHistory(session.id, {})
    return response.success(
      {
        session: ChatSessionTransformer.transform(fresh),
        token,
        messages: ChatMessageTransformer.transform(messages),
      },
      { status: 201, message: 'chat.api.started' }
    )
  }

  /**
   * POST /chat/sessions/:id/messages: the token's holder writes as the
   * visitor (user), staff as assistant. A repeated idempotency key (the
   * Idempotency-Key header or `idempotency_key`) answers the first
   * message again (Idempotent-Replayed: true) and stores nothing.
   */
  async storeMessage(ctx: HttpContext) {
    const { request, response, auth, params } = ctx
    await this.authorized(ctx, 'write')
    const input = await request.validateUsing(sendChatMessageValidator)
    const header = request.header('idempotency-key')
    if (header !== undefined && !/^[\x21-\x7E]{1,255}$/.test(header)) {
      throw DomainError.invalid('Idempotency-Key', 'idempotency_key_format')
    }
    if (header !== undefined && input.idempotency_key && header !== input.idempotency_key) {
      throw DomainError.invalid('idempotency_key', 'idempotency_key_mismatch')
    }
    const staff = auth.user?.isStaff ? auth.user : null
    await throttleChatMessage(ctx, staff ? `user:${staff.id}` : `token:${this.token(ctx)}`)
    const sent = await sendChatMessage({
      sessionId: params.id,
      role: staff ? 'assistant' : 'user',
      senderId: staff?.id ?? null,
      body: input.body,
      idempotencyKey: header ?? input.idempotency_key ?? null,
    })
    if (!sent.created) {
      response.header('Idempotent-Replayed', 'true')
    }
    await sent.message.load('sender')
    return response.success(ChatMessageTransformer.transform(sent.message), {
      status: 201,
      message: 'chat.api.sent',
    })
  }

  /**
   * GET /chat/sessions/:id?limit=&before=: the session and a page of its
   * history (oldest first); reading moves the reader's read marker
   */
  async show(ctx: HttpContext) {
    const { request, response, auth } = ctx
    const session = await this.authorized(ctx, 'view')
    const query = await validateListQuery(request, showChatSessionValidator)
    const { messages, hasMore } = await chatHistory(session.id, query)
    const staff = auth.user?.isStaff === true
    if (staff) await markChatReadByStaff(session)
    else await markChatReadByVisitor(session)
    const fresh = (await findChatSession(session.id))!
    const shaped = ChatSessionTransformer.transform(fresh)
    return response.success({
      session: staff ? shaped.useVariant('forStaff') : shaped,
      messages: ChatMessageTransformer.transform(messages),
      has_more: hasMore,
    })
  }

  /**
   * GET /me/chat-sessions: the chats the signed-in account started
   */
  async mine({ auth, request, response }: HttpContext) {
    await validateListQuery(request, noQueryValidator)
    const sessions = await listChatSessionsOf(auth.getUserOrFail().id)
    return response.success(ChatSessionTransformer.transform(sessions))
  }

  /**
   * GET /chat/sessions: staff, with filters
   */
  async index({ request, response, bouncer }: HttpContext) {
    await bouncer.with(ChatSessionPolicy).authorize('viewList')
    const filters = await validateListQuery(request, listChatSessionsValidator)
    const { sessions, meta } = await listChatSessions(filters)
    return response.success(ChatSessionTransformer.transform(sessions).useVariant('forStaff'), {
      meta,
    })
  }

  /**
   * PATCH /chat/sessions/:id: topic, tags, resolved (staff)
   */
  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(ChatSessionPolicy).authorize('update')
    const session = await this.find(params.id)
    const input = await request.validateUsing(updateChatSessionValidator)
    await updateChatSession(session, input)
    return response.success(
      ChatSessionTransformer.transform((await findChatSession(session.id))!).useVariant('forStaff'),
      { message: 'chat.api.updated' }
    )
  }

  /**
   * POST /chat/sessions/:id/close (staff)
   */
  async close({ params, response, bouncer, auth }: HttpContext) {
    await bouncer.with(ChatSessionPolicy).authorize('close')
    const session = await this.find(params.id)
    await closeChatSession(session.id, auth.getUserOrFail().id)
    return response.success(
      ChatSessionTransformer.transform((await findChatSession(session.id))!).useVariant('forStaff'),
      { message: 'chat.api.closed' }
    )
  }

  /**
   * GET /chat/stats (admins)
   */
  async stats({ request, response, bouncer }: HttpContext) {
    await bouncer.with(ChatSessionPolicy).authorize('viewStats')
    await validateListQuery(request, noQueryValidator)
    return response.success(await chatStats())
  }

  private token({ request }: HttpContext) {
    return request.header(CHAT_TOKEN_HEADER) ?? null
  }

  private async find(id: string) {
    const session = isUuid(id) ? await ChatSession.find(id) : null
    if (!session) throw DomainError.notFound('chat_session')
    return session
  }

  /**
   * The session, when the caller may `ability` it; otherwise the same 404
   * as a session that does not exist
   */
  private async authorized(ctx: HttpContext, ability: 'view' | 'write') {
    const session = await this.find(ctx.params.id)
    if (await ctx.bouncer.with(ChatSessionPolicy).denies(ability, session, this.token(ctx))) {
      throw DomainError.notFound('chat_session')
    }
    return session
  }

  /**
   * Who is starting a chat: the bearer token's account, or on the portal
   * (the widget's JSON request) the signed-in session's, when the request
   * carries a session (API routes may run without the session middleware)
   */
  private async account(ctx: HttpContext) {
    if (ctx.auth.user) return ctx.auth.user
    if (!ctx.request.is(['json']) || !(ctx as { session?: unknown }).session) return null
    const web = ctx.auth.use('web')
    return (await web.check()) ? web.user! : null
  }
}
