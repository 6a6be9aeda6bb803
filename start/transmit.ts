/*
|--------------------------------------------------------------------------
| Transmit (server-sent events): routes and channel authorization
|--------------------------------------------------------------------------
|
| Channels (DESIGN.md §5), named after the resource's URL:
|
| - training-sessions       public: sessions created, changed, cancelled,
|                           seats left (not secured)
| - training-sessions/:id   one session's changes (public fields): anyone
|                           for a public session; members-only and invited
|                           sessions go only here, for who may see them
| - users/:id               that user's notifications, for that user only
| - chat/inbox              every chat's new messages and changes: staff only
| - chat/:id                one chat: staff, the account that started it,
|                           and the visitor whose subscription carries the
|                           chat's token (X-Chat-Token header)
|
| The three Transmit routes are guarded (app/middleware/
| transmit_guard_middleware.ts): a well-formed uid and channel, the
| subscriber must be the stream's owner, at most 20 open streams per IP.
|
| The browser subscribes with a POST that carries the XSRF-TOKEN cookie as
| the X-XSRF-TOKEN header (config/shield.ts enables the cookie), so the
| CSRF protection stays on for these routes too.
|
| After a Redis outage (REDIS_URL) every channel with a subscriber here
| gets `{ type: 'resync' }`: broadcasts of the outage were dropped, so the
| live scripts refetch what they show (resources/js/live_resync.js).
|
*/

import transmit from '@adonisjs/transmit/services/main'
import { middleware } from '#start/kernel'
import type { HttpContext } from '@adonisjs/core/http'
import TrainingSession from '#models/training_session'
import { participatingSessionIds } from '#queries/bookings/participation'
import { isUuid } from '#services/ids'
import ChatSession, { CHAT_TOKEN_HEADER } from '#models/chat_session'
import ChatSessionPolicy from '#policies/chat_session_policy'
import type { NextFn } from '@adonisjs/core/types/http'
import { redisBus } from '#services/redis_bus'

/**
 * Every signed-in page subscribes (public/js/notifications.js), so a
 * subscription may reach the server between a form's redirect and the page
 * it redirects to: keep that redirect's flash messages (old input, errors,
 * the success message) for the page, instead of letting this request use
 * them up. Only when there are some, so an idle stream writes nothing.
 */
async function keepFlashMessages(ctx: HttpContext, next: NextFn) {
  if (ctx.session && !ctx.session.flashMessages.isEmpty) {
    ctx.session.reflash()
  }
  return next()
}

transmit.registerRoutes((route) => {
  route.use(middleware.transmitGuard())
  route.use(keepFlashMessages)
})

/**
 * A session's own channel: anyone for a public session, signed-in accounts
 * for a members-only one, staff and accounts with a member booked for an
 * invited one
 */
transmit.authorize<{ id: string }>('training-sessions/:id', async (ctx: HttpContext, { id }) => {
  if (!isUuid(id)) return false
  const session = await TrainingSession.find(id)
  if (!session || session.audience === 'public') return true
  const user = ctx.auth.user
  if (!user) return false
  if (session.audience === 'members' || user.isStaff) return true
  const participating = await participatingSessionIds(user, [session.id])
  return participating.has(session.id)
})

transmit.authorize<{ id: string }>('users/:id', (ctx: HttpContext, { id }) => {
  return ctx.auth.user?.id === id
})

/**
 * Broadcasts were dropped while Redis was down: the browsers connected to
 * this instance refetch (only here: every instance does the same)
 */
redisBus.current?.onRecovered(() => {
  const channels = new Set<string>()
  for (const subscribed of transmit.getManager().getAllSubscribers().values()) {
    for (const channel of subscribed) channels.add(channel)
  }
  for (const channel of channels) {
    transmit.broadcastExcept(channel, { type: 'resync' }, [])
  }
})

/**
 * The staff inbox; registered before chat/:id, so "inbox" is never taken
 * for a chat id
 */
transmit.authorize('chat/inbox', (ctx: HttpContext) => {
  return ctx.auth.user?.isStaff === true && ctx.auth.user.status === 'active'
})

transmit.authorize<{ id: string }>('chat/:id', async (ctx: HttpContext, { id }) => {
  if (!isUuid(id)) return false
  const session = await ChatSession.find(id)
  if (!session) return false
  return ctx.bouncer
    .with(ChatSessionPolicy)
    .allows('view', session, ctx.request.header(CHAT_TOKEN_HEADER) ?? null)
})
