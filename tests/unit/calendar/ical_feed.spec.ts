import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import i18nManager from '@adonisjs/i18n/services/main'
import TrainingSession from '#models/training_session'
import { buildCalendarFeed } from '#services/ical_feed'
import type { FeedSession } from '#queries/calendar/feed_sessions'
import { parseFeed } from '#tests/ical'

/**
 * An unsaved session with the columns the feed reads
 */
function session(title: string, startsAt: string, endsAt: string, status = 'open') {
  const row = new TrainingSession()
  row.merge({
    id: crypto.randomUUID(),
    title,
    startsAt: DateTime.fromISO(startsAt),
    endsAt: DateTime.fromISO(endsAt),
    status: status as TrainingSession['status'],
    delivery: 'onsite',
    location: 'Lapangan A',
  })
  row.updatedAt = DateTime.fromISO('2026-01-01T00:00:00Z')
  return row
}

test.group('iCalendar feed · time zones', () => {
  test('a zone with daylight saving time carries the right UTC instants on both sides of the switch', ({
    assert,
  }) => {
    const entries: FeedSession[] = [
      // Saturday before the spring switch: CET, UTC+1
      { session: session('Sabtu', '2026-03-28T08:00:00Z', '2026-03-28T09:30:00Z'), seats: [] },
      // Across the switch (02:00 → 03:00 on 29 March): 01:30 CET to 03:30 CEST, one real hour
      { session: session('Malam', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z'), seats: [] },
      // Monday after: CEST, UTC+2
      { session: session('Senin', '2026-03-30T07:00:00Z', '2026-03-30T08:30:00Z'), seats: [] },
    ]
    const text = buildCalendarFeed(entries, {
      name: 'Tes',
      viewer: 'coach',
      i18n: i18nManager.locale('en'),
      zone: 'Europe/Berlin',
    })

    assert.include(text, 'BEGIN:VTIMEZONE')
    assert.include(text, 'TZID:Europe/Berlin')
    // Wall-clock times in the zone, as a calendar app shows them
    assert.include(text, 'DTSTART;TZID=Europe/Berlin:20260328T090000')
    assert.include(text, 'DTSTART;TZID=Europe/Berlin:20260329T013000')
    assert.include(text, 'DTEND;TZID=Europe/Berlin:20260329T033000')
    assert.include(text, 'DTSTART;TZID=Europe/Berlin:20260330T090000')

    const { events } = parseFeed(text)
    assert.deepEqual(
      events.map((event) => [event.summary, event.start, event.end]),
      [
        ['Sabtu', '2026-03-28T08:00:00.000Z', '2026-03-28T09:30:00.000Z'],
        ['Malam', '2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z'],
        ['Senin', '2026-03-30T07:00:00.000Z', '2026-03-30T08:30:00.000Z'],
      ]
    )
  })

  test('a cancelled session is STATUS:CANCELLED, a waitlisted-only seat TENTATIVE', ({
    assert,
  }) => {
    const entries: FeedSession[] = [
      {
        session: session('Batal', '2026-05-01T01:00:00Z', '2026-05-01T02:00:00Z', 'cancelled'),
        seats: [{ memberName: 'Sari', status: 'cancelled' }],
      },
      {
        session: session('Tunggu', '2026-05-02T01:00:00Z', '2026-05-02T02:00:00Z'),
        seats: [{ memberName: 'Sari', status: 'waitlisted' }],
      },
      {
        session: session('Pasti', '2026-05-03T01:00:00Z', '2026-05-03T02:00:00Z'),
        seats: [
          { memberName: 'Budi', status: 'confirmed' },
          { memberName: 'Sari', status: 'waitlisted' },
        ],
      },
    ]
    const { events } = parseFeed(
      buildCalendarFeed(entries, {
        name: 'Tes',
        viewer: 'parent',
        i18n: i18nManager.locale('en'),
        zone: 'Asia/Jakarta',
      })
    )
    assert.deepEqual(
      events.map((event) => [event.summary, event.status]),
      [
        ['Batal · Sari (cancelled)', 'CANCELLED'],
        ['Tunggu · Sari (waitlist)', 'TENTATIVE'],
        ['Pasti · Budi (booked), Sari (waitlist)', 'CONFIRMED'],
      ]
    )
    assert.isTrue(events.every((event) => event.tzid === 'Asia/Jakarta'))
  })
})
