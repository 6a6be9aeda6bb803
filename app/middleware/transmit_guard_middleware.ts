import { randomUUID } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import DomainError from '#exceptions/domain_error'
import { transmitStreams } from '#services/transmit_streams'
import { isUuid } from '#services/ids'

const CHANNEL = /^[a-z0-9][a-z0-9/_-]{0,199}$/i

/**
 * A visitor without a session (app/services/sessionless.ts) is known by a
 * signed random cookie that opening a stream sets: no session row for it
 */
const VISITOR_COOKIE = 'latih-live'

function visitorOf(ctx: HttpContext, opening: boolean) {
  const known = ctx.request.cookie(VISITOR_COOKIE)
  if (typeof known === 'string' && isUuid(known)) return known
  if (!opening) return ''
  const id = randomUUID()
  ctx.response.cookie(VISITOR_COOKIE, id, { httpOnly: true, sameSite: 'lax', path: '/__transmit' })
  return id
}

/**
 * Whom a stream belongs to: the account when signed in, else the browser's
 * session, else the visitor's cookie
 */
function ownerOf(ctx: HttpContext, opening = false) {
  if (ctx.auth?.user) return `user:${ctx.auth.user.id}`
  if (ctx.session) return `session:${ctx.session.sessionId}`
  return `visitor:${visitorOf(ctx, opening)}`
}

/**
 * In front of Transmit's three routes: the uid and channel must be well
 * formed (not a 500), a subscription or unsubscription must come from the
 * one who opened the stream, and one IP holds at most MAX_STREAMS_PER_IP
 * open streams
 */
/**
 * A full stream budget frees up when one of the IP's streams closes; ask
 * the client to try again in a minute, like the other limits
 */
const STREAM_RETRY_SECONDS = 60

export default class TransmitGuardMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const uid = ctx.request.input('uid')
    if (!isUuid(uid)) {
      throw DomainError.invalid('uid', 'transmit_uid')
    }

    if (ctx.route?.pattern === '/__transmit/events') {
      const ip = ctx.request.ip()
      if (transmitStreams.ownerOf(uid)) {
        throw DomainError.invalid('uid', 'transmit_uid_taken')
      }
      if (!transmitStreams.open(uid, ownerOf(ctx, true), ip)) {
        throw new DomainError('RATE_LIMIT_EXCEEDED', {
          params: { seconds: STREAM_RETRY_SECONDS },
          data: { retry_after: STREAM_RETRY_SECONDS },
          headers: { 'Retry-After': STREAM_RETRY_SECONDS },
        })
      }
      ctx.request.request.once('close', () => transmitStreams.close(uid, ip))
      return next()
    }

    const channel = ctx.request.input('channel')
    if (typeof channel !== 'string' || !CHANNEL.test(channel)) {
      throw DomainError.invalid('channel', 'transmit_channel')
    }
    const owner = transmitStreams.ownerOf(uid)
    if (owner && owner !== ownerOf(ctx)) {
      throw new DomainError('AUTH_FORBIDDEN')
    }
    return next()
  }
}
