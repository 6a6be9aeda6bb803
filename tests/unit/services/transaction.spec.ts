import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import DomainError from '#exceptions/domain_error'
import { transaction } from '#services/transaction'

/**
 * What the pg driver throws when PostgreSQL refuses a statement
 */
function pgError(code: string, message: string) {
  return Object.assign(new Error(message), { code })
}

test.group('transaction helper', () => {
  test('runs the work again after a deadlock and returns what the retry returned', async ({
    assert,
  }) => {
    let runs = 0
    const result = await transaction(
      async (trx) => {
        runs++
        assert.isTrue(trx.isTransaction)
        if (runs === 1) {
          throw pgError('40P01', 'deadlock detected')
        }
        return 'written'
      },
      { backoffMs: 1 }
    )
    assert.equal(result, 'written')
    assert.equal(runs, 2)
  })

  test('retries serialization failures and NOWAIT lock refusals too', async ({ assert }) => {
    const refusals = ['40001', '55P03']
    let runs = 0
    const result = await transaction(
      async () => {
        const code = refusals[runs++]
        if (code) {
          throw pgError(code, 'could not serialize access')
        }
        return runs
      },
      { backoffMs: 1 }
    )
    assert.equal(result, 3)
  })

  test('gives up after the last attempt with a 409 WRITE_CONTENTION', async ({ assert }) => {
    let runs = 0
    const error = await transaction(
      async () => {
        runs++
        throw pgError('40P01', 'deadlock detected')
      },
      { attempts: 4, backoffMs: 1 }
    ).catch((caught) => caught)

    assert.equal(runs, 4)
    assert.instanceOf(error, DomainError)
    assert.equal(error.status, 409)
    assert.equal(error.code, 'WRITE_CONTENTION')
  })

  test('does not retry any other error', async ({ assert }) => {
    for (const error of [
      pgError('23P01', 'conflicting key value violates exclusion constraint'),
      new DomainError('SCHEDULE_CONFLICT'),
      new Error('boom'),
    ]) {
      let runs = 0
      const thrown = await transaction(async () => {
        runs++
        throw error
      }).catch((caught) => caught)
      assert.strictEqual(thrown, error)
      assert.equal(runs, 1)
    }
  })

  test('rolls back each failed attempt: only the last one is committed', async ({ assert }) => {
    const name = `Retry room ${Date.now()}`
    let runs = 0
    try {
      await transaction(
        async (trx) => {
          runs++
          await trx.table('rooms').insert({
            name: `${name} ${runs}`,
            capacity: 4,
            created_at: new Date(),
            updated_at: new Date(),
          })
          if (runs < 3) {
            throw pgError('40001', 'could not serialize access')
          }
        },
        { backoffMs: 1 }
      )
      const rows = await db.from('rooms').whereLike('name', `${name}%`).select('name')
      assert.deepEqual(
        rows.map((row) => row.name),
        [`${name} 3`]
      )
    } finally {
      await db.from('rooms').whereLike('name', `${name}%`).delete()
    }
  })

  test('a real deadlock between two writers: the victim is retried, both commit', async ({
    assert,
  }) => {
    const [first, second] = await db
      .table('rooms')
      .multiInsert(
        ['Deadlock A', 'Deadlock B'].map((name) => ({
          name: `${name} ${Date.now()}`,
          capacity: 1,
          created_at: new Date(),
          updated_at: new Date(),
        }))
      )
      .returning('id')
    const held = { first: Promise.withResolvers<void>(), second: Promise.withResolvers<void>() }
    let runs = 0

    /**
     * Each writer locks its own room, waits until the other holds the other
     * room, then asks for it: PostgreSQL must pick a victim
     */
    const writer = (
      own: string,
      other: string,
      mine: PromiseWithResolvers<void>,
      theirs: Promise<void>
    ) =>
      transaction(
        async (trx) => {
          runs++
          await trx.from('rooms').where('id', own).increment('capacity', 1)
          mine.resolve()
          await theirs
          await trx.from('rooms').where('id', other).increment('capacity', 1)
        },
        { backoffMs: 1 }
      )

    try {
      await Promise.all([
        writer(first.id, second.id, held.first, held.second.promise),
        writer(second.id, first.id, held.second, held.first.promise),
      ])
      // at least one retry; on a loaded machine the retried victim can meet the other writer again
      assert.isAtLeast(runs, 3)
      const rows = await db.from('rooms').whereIn('id', [first.id, second.id]).select('capacity')
      assert.deepEqual(
        rows.map((row) => row.capacity),
        [3, 3]
      )
    } finally {
      await db.from('rooms').whereIn('id', [first.id, second.id]).delete()
    }
  })
})
