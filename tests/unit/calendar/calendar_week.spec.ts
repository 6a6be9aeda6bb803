import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import { calendarWeek } from '#services/calendar_week'

test.group('Calendar week', () => {
  const now = DateTime.fromISO('2026-12-02T20:00:00Z') // Thursday 03:00 in Jakarta

  test('defaults to this week in the club time zone, today chosen', ({ assert }) => {
    const week = calendarWeek({}, now)
    assert.equal(week.from.setZone(timezone).toISO(), '2026-11-30T00:00:00.000+07:00')
    assert.equal(week.to.setZone(timezone).toISO(), '2026-12-07T00:00:00.000+07:00')
    assert.equal(week.selected.toISODate(), '2026-12-03')
    assert.equal(week.isoWeek, '2026-W49')
  })

  test('week= picks that ISO week (Monday chosen), date= its week and that day', ({ assert }) => {
    const other = calendarWeek({ week: '2027-W01' }, now)
    assert.equal(other.from.toISODate(), '2027-01-04')
    assert.equal(other.selected.toISODate(), '2027-01-04')
    const byDate = calendarWeek({ date: '2026-12-31', week: '2026-W40' }, now)
    assert.equal(byDate.isoWeek, '2026-W53')
    assert.equal(byDate.selected.toISODate(), '2026-12-31')
  })

  test('a day or week that does not exist is this week', ({ assert }) => {
    assert.equal(calendarWeek({ date: '2026-02-31' }, now).isoWeek, '2026-W49')
    assert.equal(calendarWeek({ week: '2026-W54' }, now).isoWeek, '2026-W49')
  })
})
