import ical, { ICalEventStatus } from 'ical-generator'
import { tzlib_get_ical_block as vtimezoneOf } from 'timezones-ical-library'
import type { I18n } from '@adonisjs/i18n'
import { timezone as clubTimezone } from '#config/app'
import { appUrlFor } from '#services/app_url'
import type { FeedSession } from '#queries/calendar/feed_sessions'

export interface FeedOptions {
  /**
   * The calendar's name (X-WR-CALNAME)
   */
  name: string
  /**
   * 'parent' links to the bookings page, 'coach' to each roster
   */
  viewer: 'parent' | 'coach'
  i18n: I18n
  /**
   * IANA zone the times are written in (default: the club's APP_TIMEZONE)
   */
  zone?: string
}

/**
 * The VTIMEZONE block of a zone, from the IANA data the library ships
 */
function vtimezone(zone: string) {
  const [block] = vtimezoneOf(zone)
  return block ? block : null
}

function statusOf(entry: FeedSession) {
  if (entry.session.status === 'cancelled') return ICalEventStatus.CANCELLED
  if (entry.seats.length && entry.seats.every((seat) => seat.status === 'waitlisted')) {
    return ICalEventStatus.TENTATIVE
  }
  return ICalEventStatus.CONFIRMED
}

/**
 * An iCalendar document (RFC 5545) of training sessions: local times in the
 * club's zone with its VTIMEZONE, one VEVENT per session (UID stable across
 * refreshes), cancelled sessions with STATUS:CANCELLED, a parent's
 * waitlisted-only sessions TENTATIVE, and each child's seat named in the
 * summary and the description.
 */
export function buildCalendarFeed(entries: FeedSession[], options: FeedOptions) {
  const { i18n, viewer } = options
  const zone = options.zone ?? clubTimezone
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Latih', product: 'training-sessions', language: 'ID' },
    // The zone goes on each event (DTSTART;TZID=…) and its VTIMEZONE into
    // the calendar; a calendar-wide zone would write DTSTAMP in local time
    timezone: { name: null, generator: vtimezone },
    ttl: 60 * 60,
    x: { 'X-WR-TIMEZONE': zone },
  })

  for (const entry of entries) {
    const { session, seats } = entry
    const seatText = seats.map((seat) =>
      i18n.t(`calendar_feed.seat.${seat.status}`, { member: seat.memberName })
    )
    const place =
      session.delivery === 'online'
        ? i18n.t('calendar_feed.online', { platform: session.meetingPlatform ?? '' }).trim()
        : (session.room?.name ?? session.location ?? null)
    const lines = [
      ...seatText,
      session.coach ? i18n.t('calendar_feed.coach', { name: session.coach.name }) : null,
      session.status === 'cancelled' ? i18n.t('calendar_feed.cancelled') : null,
      session.cancellationReason && session.status === 'cancelled'
        ? session.cancellationReason
        : null,
    ].filter((line): line is string => Boolean(line))

    calendar.createEvent({
      id: `training-session-${session.id}@latih`,
      timezone: zone,
      start: session.startsAt,
      end: session.endsAt,
      stamp: session.updatedAt,
      lastModified: session.updatedAt,
      summary: seatText.length ? `${session.title} · ${seatText.join(', ')}` : session.title,
      description: lines.join('\n') || null,
      location: place,
      status: statusOf(entry),
      url:
        viewer === 'coach'
          ? appUrlFor('coach.roster.show', { id: session.id })
          : appUrlFor('parent.bookings.index'),
    })
  }
  return calendar.toString()
}
