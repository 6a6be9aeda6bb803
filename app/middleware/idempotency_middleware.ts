import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import logger from '@adonisjs/core/services/logger'
import DomainError from '#exceptions/domain_error'
import {
  claimIdempotencyKey,
  extendIdempotencyLease,
  releaseIdempotencyKey,
  requestHashOf,
  storeIdempotentAnswer,
} from '#services/idempotency'

const KEY = /^[\x21-\x7E]{1,255}$/

export interface IdempotencyOptions {
  /** How long a finished answer is replayed (default 24 hours) */
  ttlHours?: number
  /** How long a running request holds its key before another may take it over (default 60 s) */
  leaseSeconds?: number
}

/**
 * Idempotency for creating POSTs (DESIGN.md §3): `.use(middleware.idempotent())`.
 *
 * The key comes from the `Idempotency-Key` header or, for clients that
 * put everything in the body, an `idempotency_key` body field (both at
 * once must agree). It is scoped by the route's name and its owner: the
 * signed-in account, or for anonymous requests the route alone (visitors
 * are expected to send unguessable keys such as UUIDs; a second visitor
 * with the same key and a different body is refused, with the same body
 * gets the same answer).
 *
 * Without a key the request simply runs. With one:
 *   - a 2xx answer (status + JSON body) is stored and replayed for 24 hours
 *     with `Idempotent-Replayed: true`;
 *   - any other answer (a 4xx refusal, a 5xx failure) releases the key: it
 *     created nothing, and the client may retry once the cause is gone;
 *   - while the first request runs, the same key answers 409
 *     IDEMPOTENCY_IN_PROGRESS; the same key with another body 422
 *     IDEMPOTENCY_KEY_REUSED;
 *   - the running request holds a lease (60 s, renewed while it runs), so a
 *     killed process frees its keys within a minute.
 */
export default class IdempotencyMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: IdempotencyOptions = {}) {
    const { request, response } = ctx
    const header = request.header('idempotency-key')
    const { idempotency_key: field, ...payload } = request.body() as Record<string, unknown>

    if (header === undefined && field === undefined) {
      return next()
    }
    if (header !== undefined && !KEY.test(header)) {
      throw DomainError.invalid('Idempotency-Key', 'idempotency_key_format')
    }
    if (field !== undefined && (typeof field !== 'string' || !KEY.test(field))) {
      throw DomainError.invalid('idempotency_key', 'idempotency_key_format')
    }
    if (header !== undefined && field !== undefined && header !== field) {
      throw DomainError.invalid('idempotency_key', 'idempotency_key_mismatch')
    }

    const leaseSeconds = options.leaseSeconds ?? 60
    const claim = await claimIdempotencyKey({
      scope: ctx.route?.name ?? `${request.method()} ${ctx.route?.pattern}`,
      owner: ctx.auth?.user ? String(ctx.auth.user.id) : 'anonymous',
      key: (header ?? field) as string,
      requestHash: requestHashOf({ params: request.params(), body: payload }),
      ttlHours: options.ttlHours ?? 24,
      leaseSeconds,
    })

    if ('replay' in claim) {
      response.header('Idempotent-Replayed', 'true')
      return response.status(claim.replay.status).send(claim.replay.body)
    }

    const heartbeat = setInterval(
      () => {
        extendIdempotencyLease(claim.id, leaseSeconds).catch((error) =>
          logger.warn({ err: error }, 'could not extend an idempotency lease')
        )
      },
      (leaseSeconds * 1000) / 2
    ).unref()
    try {
      await next()
    } catch (error) {
      await releaseIdempotencyKey(claim.id)
      throw error
    } finally {
      clearInterval(heartbeat)
    }

    const status = response.getStatus()
    try {
      if (status >= 200 && status < 300 && !response.hasStream && !response.hasFileToStream) {
        await storeIdempotentAnswer(claim.id, { status, body: response.getBody() })
      } else {
        await releaseIdempotencyKey(claim.id)
      }
    } catch (error) {
      /**
       * The answer stands; the key stays claimed until its lease ends
       */
      logger.warn({ err: error }, 'could not record an idempotent answer')
    }
  }
}
