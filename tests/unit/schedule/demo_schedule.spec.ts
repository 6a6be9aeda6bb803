import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { seedDemoSchedule, DEMO_COACH_EMAIL } from '#database/demo/schedule'
import { UserFactory } from '#database/factories/user_factory'

const counts = async () => {
  const result: Record<string, number> = {}
  for (const table of [
    'programs',
    'rooms',
    'session_times',
    'session_series',
    'training_sessions',
  ]) {
    const [row] = await db.from(table).count('* as n')
    result[table] = Number(row.n)
  }
  return result
}

test.group('Demo schedule', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('seeds the catalogue and the demo coach’s sessions, and is idempotent', async ({
    assert,
  }) => {
    await UserFactory.apply('coach').merge({ email: DEMO_COACH_EMAIL }).create()

    await seedDemoSchedule()
    const first = await counts()
    assert.deepInclude(first, { programs: 5, rooms: 3, session_times: 3, session_series: 1 })
    assert.isAbove(first.training_sessions, 10)

    await seedDemoSchedule()
    assert.deepEqual(await counts(), first)
  })

  test('speaks Indonesian: no English descriptions, no ISO dates in titles', async ({ assert }) => {
    await UserFactory.apply('coach').merge({ email: DEMO_COACH_EMAIL }).create()
    await seedDemoSchedule()
    const english = /\b(the|and|with|at|metres|room|range|training)\b/i
    const texts = [
      ...(await db.from('programs').select('name', 'description')),
      ...(await db.from('rooms').select('name', 'description')),
    ].flatMap((row) => [row.name, row.description].filter(Boolean))
    assert.deepEqual(
      texts.filter((text) => english.test(text)),
      []
    )
    const sessions = await db.from('training_sessions').select('title')
    const titles = sessions.map((row) => row.title)
    assert.deepEqual(
      titles.filter((title) => /\d{4}-\d{2}-\d{2}/.test(title)),
      []
    )
    const waitlisted = await db
      .from('training_sessions')
      .where('status', 'open')
      .where('waitlist_enabled', false)
      .count('* as n')
    assert.equal(Number(waitlisted[0].n), 0)
  })
})
