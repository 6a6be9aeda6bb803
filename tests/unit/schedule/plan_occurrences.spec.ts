import { test } from '@japa/runner'
import { planOccurrences } from '#actions/schedule/create_session_series'

const utc = (occurrences: ReturnType<typeof planOccurrences>) =>
  occurrences.map((occurrence) => [
    occurrence.date,
    occurrence.startsAt.toUTC().toISO({ suppressMilliseconds: true }),
    occurrence.endsAt.toUTC().toISO({ suppressMilliseconds: true }),
  ])

test.group('Series occurrences', () => {
  test('picks the weekdays of the range (ISO: 1 = Monday)', ({ assert }) => {
    const plan = planOccurrences({
      weekdays: [1, 3],
      startTime: '16:00',
      endTime: '17:30',
      startsOn: '2030-01-01',
      endsOn: '2030-01-14',
      timezone: 'Asia/Jakarta',
    })
    assert.deepEqual(utc(plan), [
      ['2030-01-02', '2030-01-02T09:00:00Z', '2030-01-02T10:30:00Z'],
      ['2030-01-07', '2030-01-07T09:00:00Z', '2030-01-07T10:30:00Z'],
      ['2030-01-09', '2030-01-09T09:00:00Z', '2030-01-09T10:30:00Z'],
      ['2030-01-14', '2030-01-14T09:00:00Z', '2030-01-14T10:30:00Z'],
    ])
  })

  test('keeps the local time across a daylight-saving change of the zone', ({ assert }) => {
    // Europe/Berlin moves from +01:00 to +02:00 on Sunday 2030-03-31
    const plan = planOccurrences({
      weekdays: [6],
      startTime: '09:00',
      endTime: '10:00',
      startsOn: '2030-03-23',
      endsOn: '2030-04-06',
      timezone: 'Europe/Berlin',
    })
    assert.deepEqual(utc(plan), [
      ['2030-03-23', '2030-03-23T08:00:00Z', '2030-03-23T09:00:00Z'],
      ['2030-03-30', '2030-03-30T08:00:00Z', '2030-03-30T09:00:00Z'],
      ['2030-04-06', '2030-04-06T07:00:00Z', '2030-04-06T08:00:00Z'],
    ])
    for (const occurrence of plan) {
      assert.equal(occurrence.startsAt.toFormat('HH:mm'), '09:00')
    }
  })

  test('an empty range of weekdays plans nothing', ({ assert }) => {
    const plan = planOccurrences({
      weekdays: [7],
      startTime: '09:00',
      endTime: '10:00',
      startsOn: '2030-01-07',
      endsOn: '2030-01-11',
      timezone: 'Asia/Jakarta',
    })
    assert.lengthOf(plan, 0)
  })
})
