import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import DomainError from '#exceptions/domain_error'

export interface StoredAnswer {
  status: number
  body: unknown
}

export interface IdempotencyClaim {
  scope: string
  owner: string
  key: string
  requestHash: string
  ttlHours: number
  leaseSeconds: number
}

/**
 * JSON with sorted object keys: the same body sent with its keys in
 * another order is the same request.
 */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.keys(value)
      .sort()
      .map((name) => `${JSON.stringify(name)}:${canonical((value as any)[name])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export const requestHashOf = (payload: unknown) =>
  createHash('sha256').update(canonical(payload)).digest('hex')

const inProgress = () => new DomainError('IDEMPOTENCY_IN_PROGRESS')

/**
 * The store behind the idempotency middleware (DESIGN.md §3). A key is
 * claimed with one INSERT … ON CONFLICT, so of two simultaneous requests
 * one runs and the other is told it is in progress (409). The claim is a
 * lease (`locked_until`): a request whose process died never answers,
 * and after the lease another request with the same body takes the key
 * over. A finished answer is kept until `expires_at` (24 hours).
 *
 * Answers `{ id }` when this request now holds the key, or the stored
 * answer to replay; throws 409 IDEMPOTENCY_IN_PROGRESS or 422
 * IDEMPOTENCY_KEY_REUSED.
 */
export async function claimIdempotencyKey(
  claim: IdempotencyClaim
): Promise<{ id: string } | { replay: StoredAnswer }> {
  const where = { scope: claim.scope, owner: claim.owner, key: claim.key }

  await db.from('idempotency_keys').where(where).where('expires_at', '<=', new Date()).delete()

  const claimed = await db.rawQuery(
    `INSERT INTO idempotency_keys (scope, owner, key, request_hash, locked_until, expires_at)
     VALUES (?, ?, ?, ?, now() + make_interval(secs => ?), now() + make_interval(hours => ?))
     ON CONFLICT (scope, owner, key) DO UPDATE
       SET locked_until = EXCLUDED.locked_until, created_at = now()
       WHERE idempotency_keys.response_status IS NULL
         AND idempotency_keys.locked_until <= now()
         AND idempotency_keys.request_hash = EXCLUDED.request_hash
     RETURNING id`,
    [claim.scope, claim.owner, claim.key, claim.requestHash, claim.leaseSeconds, claim.ttlHours]
  )
  if (claimed.rows.length > 0) {
    return { id: claimed.rows[0].id }
  }

  const existing = await db.from('idempotency_keys').where(where).first()
  if (!existing) {
    // released between our INSERT and SELECT: the client may retry
    throw inProgress()
  }
  if (existing.request_hash !== claim.requestHash) {
    throw new DomainError('IDEMPOTENCY_KEY_REUSED')
  }
  if (existing.response_status === null) {
    throw inProgress()
  }
  return { replay: { status: existing.response_status, body: existing.response_body } }
}

/**
 * Keeps a long-running request's lease alive
 */
export async function extendIdempotencyLease(id: string, leaseSeconds: number) {
  await db.rawQuery(
    `UPDATE idempotency_keys SET locked_until = now() + make_interval(secs => ?)
     WHERE id = ? AND response_status IS NULL`,
    [leaseSeconds, id]
  )
}

export async function storeIdempotentAnswer(id: string, answer: StoredAnswer) {
  await db
    .from('idempotency_keys')
    .where('id', id)
    .update({ response_status: answer.status, response_body: JSON.stringify(answer.body ?? null) })
}

export async function releaseIdempotencyKey(id: string) {
  await db.from('idempotency_keys').where('id', id).delete()
}
