import { setTimeout as sleep } from 'node:timers/promises'
import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import type { LucidModel, LucidRow } from '@adonisjs/lucid/types/model'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainError from '#exceptions/domain_error'

/**
 * Optimistic locking of the update endpoints (DESIGN.md §3, docs/api.md).
 *
 * A stored resource's version is its `updated_at` to the millisecond. It
 * travels as a weak ETag, `W/"<updated_at in epoch milliseconds>"`, in the
 * `ETag` response header and the `If-Match` request header, or as the ISO
 * `updated_at` the resource shows, sent back in the body (the edit forms'
 * hidden field). Both name the same instant.
 *
 * An update that carries one is compared with the row read FOR UPDATE
 * inside the write's transaction, so of two edits made from the same
 * version exactly one passes; the other is a 409 RESOURCE_CHANGED with the
 * current version. An update without a precondition proceeds as before.
 */
export interface Precondition {
  /**
   * The expected `updated_at`, in epoch milliseconds
   */
  version: number
  /**
   * Where the client put it: the header or the body field
   */
  source: 'If-Match' | 'updated_at'
}

interface Versioned {
  updatedAt: DateTime | null
}

/**
 * The version of a row, in epoch milliseconds
 */
export function versionOf(row: Versioned) {
  return row.updatedAt ? row.updatedAt.toMillis() : 0
}

/**
 * The ETag of a row: W/"<updated_at in epoch milliseconds>"
 */
export function etagOf(row: Versioned) {
  return `W/"${versionOf(row)}"`
}

/**
 * The version an edit form carries in its hidden `updated_at` field
 */
export function formVersion(row: Versioned) {
  return row.updatedAt ? row.updatedAt.toUTC().toISO() : null
}

/**
 * Sends the row's version as the response's ETag
 */
export function sendVersion(response: HttpContext['response'], row: Versioned) {
  response.header('ETag', etagOf(row))
}

const ENTITY_TAG = /^(?:W\/)?"(\d{1,15})"$/

function unreadable(field: Precondition['source'], rule: string) {
  return DomainError.invalid(field, rule)
}

/**
 * If-Match: W/"1764580000123" (the strong "1764580000123" is read too; `*`
 * asks for no particular version)
 */
function fromIfMatch(header: string): Precondition | undefined {
  if (header.trim() === '*') return undefined
  const versions = header.split(',').map((tag) => ENTITY_TAG.exec(tag.trim())?.[1])
  if (versions.length !== 1 || versions[0] === undefined) {
    throw unreadable('If-Match', 'if_match_format')
  }
  return { version: Number(versions[0]), source: 'If-Match' }
}

/**
 * updated_at: "2026-12-01T09:15:49.123Z", the value the resource shows
 */
function fromBody(value: unknown): Precondition | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const parsed = typeof value === 'string' ? DateTime.fromISO(value, { zone: 'utc' }) : null
  if (!parsed?.isValid || !/T\d{2}:\d{2}/.test(value as string)) {
    throw unreadable('updated_at', 'updated_at_format')
  }
  return { version: parsed.toMillis(), source: 'updated_at' }
}

/**
 * The precondition a request carries: the If-Match header, else the body's
 * updated_at; undefined when it sends neither. 422 when it cannot be read.
 */
export function preconditionOf(request: HttpContext['request']): Precondition | undefined {
  const header = request.header('if-match')
  if (header !== undefined && header.trim() !== '') {
    return fromIfMatch(header)
  }
  return fromBody(request.input('updated_at'))
}

/**
 * For a row already read FOR UPDATE in the write's transaction: refuses a
 * stale precondition with 409 RESOURCE_CHANGED, and waits until the clock
 * has left the row's millisecond so the save's new updated_at (Lucid's
 * autoUpdate) is a different version.
 */
export async function assertCurrent(locked: Versioned, expected: Precondition | undefined) {
  const current = versionOf(locked)
  if (expected && expected.version !== current) {
    throw new DomainError('RESOURCE_CHANGED', {
      data: {
        current_version: etagOf(locked),
        updated_at: locked.updatedAt ? locked.updatedAt.toUTC().toISO() : null,
      },
    })
  }
  for (let tries = 0; tries < 5 && Date.now() <= current; tries++) {
    await sleep(1)
  }
}

/**
 * Inside the write's transaction: reads `row` again FOR UPDATE, checks the
 * precondition and binds `row` to the transaction for the save
 */
export async function lockCurrent(
  row: LucidRow & Versioned,
  expected: Precondition | undefined,
  trx: TransactionClientContract
) {
  const Model = row.constructor as LucidModel
  const locked = (await Model.query({ client: trx })
    .where(Model.primaryKey, row.$primaryKeyValue as string)
    .forUpdate()
    .firstOrFail()) as LucidRow & Versioned
  await assertCurrent(locked, expected)
  row.useTransaction(trx)
  return locked
}
