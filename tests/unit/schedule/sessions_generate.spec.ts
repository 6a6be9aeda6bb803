import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import SessionSeries from '#models/session_series'
import TrainingSession from '#models/training_session'
import SessionsGenerate from '../../../commands/sessions_generate.js'
import { UserFactory } from '#database/factories/user_factory'
import { RoomFactory } from '#database/factories/room_factory'
import { ProgramFactory } from '#database/factories/program_factory'

const day = (offset: number) => DateTime.now().setZone(timezone).plus({ days: offset }).toISODate()!

test.group('sessions:generate', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('creates a series from natural keys through the series action', async ({ assert }) => {
    const coach = await UserFactory.apply('coach').merge({ email: 'rina@club.test' }).create()
    const room = await RoomFactory.merge({ name: 'Lapangan A' }).create()
    const program = await ProgramFactory.merge({ code: 'ARC-101', name: 'Panahan Dasar' }).create()

    const command = await ace.create(SessionsGenerate, [
      '--coach=rina@club.test',
      '--room=Lapangan A',
      '--program=ARC-101',
      '--weekdays=mon,tue,wed,thu,fri,sat,sun',
      `--from=${day(1)}`,
      `--to=${day(3)}`,
      '--start=16:00',
      '--end=17:30',
      '--capacity=12',
      '--open',
    ])
    await command.exec()

    command.assertSucceeded()
    command.assertLogMatches(/3 sessions created, 0 skipped/)
    const series = await SessionSeries.findByOrFail('coach_id', coach.id)
    assert.deepEqual(series.weekdayNames, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])
    const sessions = await TrainingSession.query()
      .where('series_id', series.id)
      .orderBy('starts_at')
    assert.lengthOf(sessions, 3)
    for (const session of sessions) {
      assert.equal(session.roomId, room.id)
      assert.equal(session.programId, program.id)
      assert.equal(session.title, 'Panahan Dasar')
      assert.equal(session.capacity, 12)
      assert.equal(session.status, 'open')
      assert.equal(session.startsAt.setZone(timezone).toFormat('HH:mm'), '16:00')
    }
  })

  test('--on-conflict=skip lists the clashing dates; fail creates nothing', async ({ assert }) => {
    const coach = await UserFactory.apply('coach').merge({ email: 'dewi@club.test' }).create()
    const clashStart = DateTime.fromISO(`${day(2)}T16:30`, { zone: timezone })
    await TrainingSession.create({
      kind: 'training',
      title: 'Les privat',
      coachId: coach.id,
      startsAt: clashStart,
      endsAt: clashStart.plus({ hours: 1 }),
      capacity: 1,
    })
    const flags = [
      '--coach=dewi@club.test',
      '--weekdays=mon,tue,wed,thu,fri,sat,sun',
      `--from=${day(1)}`,
      `--to=${day(3)}`,
      '--start=16:00',
      '--end=17:00',
    ]

    const failing = await ace.create(SessionsGenerate, flags)
    await failing.exec()
    failing.assertFailed()
    failing.assertLogMatches(/SCHEDULE_CONFLICT/)
    assert.lengthOf(await SessionSeries.all(), 0)

    const skipping = await ace.create(SessionsGenerate, [...flags, '--on-conflict=skip'])
    await skipping.exec()
    skipping.assertSucceeded()
    skipping.assertLogMatches(/2 sessions created, 1 skipped/)
    assert.lengthOf(await TrainingSession.query().where('coach_id', coach.id), 3)
  })

  test('bad flags fail with the field named, and create nothing', async ({ assert }) => {
    await UserFactory.apply('coach').merge({ email: 'budi@club.test' }).create()
    const command = await ace.create(SessionsGenerate, [
      '--coach=budi@club.test',
      '--weekdays=mon,funday',
      `--from=${day(1)}`,
      `--to=${day(10)}`,
      '--start=16:00',
      '--end=17:00',
    ])
    await command.exec()
    command.assertFailed()
    command.assertLogMatches(/weekdays\.1/)

    const unknown = await ace.create(SessionsGenerate, [
      '--coach=nobody@club.test',
      '--weekdays=mon',
      `--from=${day(1)}`,
      `--to=${day(10)}`,
      '--start=16:00',
      '--end=17:00',
    ])
    await unknown.exec()
    unknown.assertFailed()
    assert.lengthOf(await SessionSeries.all(), 0)
  })
})
