import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import DomainError from '#exceptions/domain_error'

export interface IdempotentAnswer {
  status: number
  body: unknown
  replayed: boolean
}

export interface IdempotencyInput {
  /**
   * The endpoint, e.g. "bookings.store"
   */
  scope: string
  /**
   * Whose key it is (user id, or a visitor's token)
   */
  owner: string
  key: string
  /**
   * The request body: a replay must send the same one
   */
  payload: unknown
  ttlHours?: number
}

const hashOf = (payload: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(payload ?? null))
    .digest('hex')

/**
 * Runs `work` once per Idempotency-Key (DESIGN.md §3). The key is claimed
 * with an INSERT … ON CONFLICT DO NOTHING, so of two simultaneous requests
 * one runs and the other is told it is in progress (409). A finished
 * request's answer is stored and replayed for 24 hours; a request that
 * failed releases its key so the client can try again. The same key with
 * a different body is refused (422 IDEMPOTENCY_KEY_REUSED).
 */
export async function idempotent(
  input: IdempotencyInput,
  work: () => Promise<{ status: number; body: unknown }>
): Promise<IdempotentAnswer> {
  const requestHash = hashOf(input.payload)
  const ttlHours = input.ttlHours ?? 24

  await db
    .from('idempotency_keys')
    .where({ scope: input.scope, owner: input.owner, key: input.key })
    .where('expires_at', '<=', new Date())
    .delete()

  const claimed = await db.rawQuery(
    `INSERT INTO idempotency_keys (scope, owner, key, request_hash, expires_at)
     VALUES (?, ?, ?, ?, now() + make_interval(hours => ?))
     ON CONFLICT (scope, owner, key) DO NOTHING
     RETURNING id`,
    [input.scope, input.owner, input.key, requestHash, ttlHours]
  )

  if (claimed.rows.length === 0) {
    const existing = await db
      .from('idempotency_keys')
      .where({ scope: input.scope, owner: input.owner, key: input.key })
      .first()
    if (!existing) {
      // released between our INSERT and SELECT: the client may retry
      throw new DomainError('IDEMPOTENCY_IN_PROGRESS')
    }
    if (existing.request_hash !== requestHash) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED')
    }
    if (existing.response_status === null) {
      throw new DomainError('IDEMPOTENCY_IN_PROGRESS')
    }
    return { status: existing.response_status, body: existing.response_body, replayed: true }
  }

  const id = claimed.rows[0].id
  try {
    const answer = await work()
    await db
      .from('idempotency_keys')
      .where('id', id)
      .update({ response_status: answer.status, response_body: JSON.stringify(answer.body) })
    return { ...answer, replayed: false }
  } catch (error) {
    await db.from('idempotency_keys').where('id', id).delete()
    throw error
  }
}
