import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import HttpExceptionHandler from '#exceptions/handler'

/**
 * A request never hangs on the database: statements are cancelled after
 * DB_STATEMENT_TIMEOUT_MS and the answer is 503 with Retry-After
 */
test.group('Database | timeouts become 503', () => {
  test('every pooled connection carries the statement timeout', async ({ assert }) => {
    const result = await db.rawQuery('SHOW statement_timeout')
    assert.equal(result.rows[0].statement_timeout, '5s')
  })

  test('a statement over its limit is cancelled and answered 503', async ({ assert }) => {
    const error = await db
      .transaction(async (trx) => {
        await trx.rawQuery("SET LOCAL statement_timeout = '50ms'")
        await trx.rawQuery('SELECT pg_sleep(2)')
      })
      .catch((caught) => caught)
    assert.equal(error?.code, '57014')

    const req = new IncomingMessage(new Socket())
    req.url = '/api/v1/programs'
    req.method = 'GET'
    const res = new ServerResponse(req)
    const ctx = await testUtils.createHttpContext({ req, res })
    await new HttpExceptionHandler().handle(error, ctx)
    assert.equal(ctx.response.getStatus(), 503)
    assert.equal(ctx.response.getHeader('retry-after'), 5)
    assert.equal(ctx.response.getBody().code, 'SERVICE_UNAVAILABLE')
  })
})
