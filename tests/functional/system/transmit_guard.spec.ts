import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import { Browser } from '#tests/http_browser'
import { MAX_STREAMS_PER_IP, transmitStreams } from '#services/transmit_streams'

/**
 * A visitor's page with an open Transmit stream
 */
async function visitorWithStream(opened: AbortController[]) {
  const browser = new Browser()
  await browser.send('/schedule')
  const uid = randomUUID()
  const controller = new AbortController()
  opened.push(controller)
  const stream = await browser.send(`/__transmit/events?uid=${uid}`, { signal: controller.signal })
  return { browser, uid, stream }
}

async function statusOf(response: Promise<Response>) {
  const { status } = await response
  return status
}

function subscribe(browser: Browser, uid: unknown, channel: unknown, path = 'subscribe') {
  return browser.send(`/__transmit/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-xsrf-token': browser.xsrf() },
    body: JSON.stringify({ uid, channel }),
  })
}

test.group('Transmit | streams belong to who opened them', (group) => {
  const opened: AbortController[] = []
  group.each.setup(() => {
    transmitStreams.reset()
    return () => {
      opened.splice(0).forEach((controller) => controller.abort())
      transmitStreams.reset()
    }
  })

  test('malformed subscriptions are a 422, never a 500', async ({ assert }) => {
    const { browser, uid } = await visitorWithStream(opened)
    for (const [badUid, channel] of [
      [undefined, 'training-sessions'],
      ['not-a-uuid', 'training-sessions'],
      [{ $ne: 1 }, 'training-sessions'],
      [uid, undefined],
      [uid, ['training-sessions']],
      [uid, '../../etc'],
      [uid, 'x'.repeat(500)],
    ]) {
      const response = await subscribe(browser, badUid, channel)
      assert.equal(response.status, 422, `${JSON.stringify([badUid, channel]).slice(0, 60)}`)
    }
    const events = await browser.send('/__transmit/events?uid=nope')
    assert.equal(events.status, 422)
  })

  test('only the owner of a stream subscribes or unsubscribes it', async ({ assert }) => {
    const owner = await visitorWithStream(opened)
    assert.equal(owner.stream.status, 200)
    const stranger = new Browser()
    await stranger.send('/schedule')

    assert.equal(await statusOf(subscribe(stranger, owner.uid, 'training-sessions')), 403)
    assert.equal(await statusOf(subscribe(owner.browser, owner.uid, 'training-sessions')), 204)
    assert.equal(
      await statusOf(subscribe(stranger, owner.uid, 'training-sessions', 'unsubscribe')),
      403
    )
    assert.equal(
      await statusOf(subscribe(owner.browser, owner.uid, 'training-sessions', 'unsubscribe')),
      204
    )
  })

  test(`one IP holds at most ${MAX_STREAMS_PER_IP} open streams`, async ({ assert }) => {
    for (let index = 0; index < MAX_STREAMS_PER_IP; index++) {
      const { stream } = await visitorWithStream(opened)
      assert.equal(stream.status, 200)
    }
    const { stream } = await visitorWithStream(opened)
    assert.equal(stream.status, 429)
    // told when to try again, in the header and in the body, like every limit
    assert.equal(stream.headers.get('retry-after'), '60')
    const body = (await stream.json()) as { code: string; data: { retry_after: number } }
    assert.equal(body.code, 'RATE_LIMIT_EXCEEDED')
    assert.equal(body.data.retry_after, 60)
  })
})
