import { test } from '@japa/runner'
import { SESSION_STATUSES } from '#models/training_session'
import type { SessionStatus } from '#models/training_session'
import {
  SESSION_ACTIONS,
  nextStatus,
  type SessionAction,
} from '#actions/schedule/transition_training_session'

/**
 * Every status × every action: where it leads, or null (409
 * INVALID_STATE_TRANSITION). Read a row as "from <status>".
 */
const EXPECTED: Record<SessionStatus, Record<SessionAction, SessionStatus | null>> = {
  scheduled: { open: 'open', close: null, start: null, complete: null, cancel: 'cancelled' },
  open: { open: null, close: 'closed', start: null, complete: null, cancel: 'cancelled' },
  closed: { open: null, close: null, start: 'ongoing', complete: null, cancel: 'cancelled' },
  ongoing: { open: null, close: null, start: null, complete: 'completed', cancel: 'cancelled' },
  completed: { open: null, close: null, start: null, complete: null, cancel: null },
  cancelled: { open: null, close: null, start: null, complete: null, cancel: null },
}

test.group('Training session state machine', () => {
  test('knows every action', ({ assert }) => {
    assert.sameMembers(SESSION_ACTIONS, ['open', 'close', 'start', 'complete', 'cancel'])
  })

  for (const from of SESSION_STATUSES) {
    for (const action of ['open', 'close', 'start', 'complete', 'cancel'] as const) {
      const expected = EXPECTED[from][action]
      test(`${from} --${action}--> ${expected ?? 'refused'}`, ({ assert }) => {
        assert.strictEqual(nextStatus(from, action), expected)
      })
    }
  }
})
