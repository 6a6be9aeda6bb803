import { setTimeout as sleep } from 'node:timers/promises'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { IsolationLevels, TransactionClientContract } from '@adonisjs/lucid/types/database'
import DomainError from '#exceptions/domain_error'

/**
 * PostgreSQL's answers that mean "nothing is wrong with the request, run it
 * again": deadlock_detected, serialization_failure and lock_not_available
 * (NOWAIT). PostgreSQL has rolled the transaction back when it sends them.
 */
export const CONTENTION_CODES = new Set(['40P01', '40001', '55P03'])

export interface TransactionOptions {
  isolationLevel?: IsolationLevels
  /**
   * How many times the work runs at most (default 4)
   */
  attempts?: number
  /**
   * Base of the exponential backoff between attempts, in ms (default 20)
   */
  backoffMs?: number
}

/**
 * Whether an error is PostgreSQL contention worth another attempt
 */
export function isContention(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && CONTENTION_CODES.has(code)
}

/**
 * 409 WRITE_CONTENTION: the database kept refusing the write because of
 * concurrent ones; the client may simply send it again
 */
export function writeContention(attempts: number) {
  return new DomainError('WRITE_CONTENTION', { data: { attempts }, headers: { 'Retry-After': 1 } })
}

/**
 * Full jitter: a random wait up to base × 2^(attempt − 1), so that the
 * requests that collided do not collide again on the next attempt
 */
function backoff(attempt: number, base: number) {
  return Math.round(Math.random() * base * 2 ** (attempt - 1))
}

/**
 * The one way actions write several rows: `work` runs in a database
 * transaction and runs again (a bounded number of times, after a jittered
 * pause) when PostgreSQL reports a deadlock or a serialization failure.
 * What still fails then is a 409 WRITE_CONTENTION, never a 500; any other
 * error passes through untouched on the first attempt.
 *
 * Because it may run more than once, `work` must only touch the database
 * through `trx` and build its results inside: no events, mail or
 * broadcasts in it (dispatch them once this returns, after the commit),
 * and no changes to models created outside it.
 */
export async function transaction<T>(
  work: (trx: TransactionClientContract) => Promise<T>,
  options: TransactionOptions = {}
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 4)
  const base = options.backoffMs ?? 20
  const transactionOptions = options.isolationLevel
    ? { isolationLevel: options.isolationLevel }
    : undefined

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work, transactionOptions)
    } catch (error) {
      if (!isContention(error)) {
        throw error
      }
      if (attempt >= attempts) {
        logger.warn({ err: error, attempts }, 'write given up after repeated contention')
        throw writeContention(attempts)
      }
      logger.debug({ code: (error as { code: string }).code, attempt }, 'write retried')
      await sleep(backoff(attempt, base))
    }
  }
}
