import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import type TrainingSession from '#models/training_session'
import { calendarValidator } from '#validators/calendar'
import { calendarWeek, isoWeekOf } from '#services/calendar_week'
import { coachOptions, groupByDay, sessionFormOptions } from '#services/schedule_pages'
import type { SessionView } from '#services/schedule_pages'
import {
  coachWeek,
  parentWeek,
  staffWeek,
  type CalendarSeat,
  type StaffCalendarFilters,
} from '#queries/calendar/week_sessions'

type Viewer = 'parent' | 'coach' | 'admin'

/**
 * Where a session of the calendar leads: a parent to their bookings, a
 * coach to the roster, an admin to the session's edit page
 */
function linkFor(viewer: Viewer, session: SessionView) {
  if (viewer === 'admin') return urlFor('admin.sessions.edit', { id: session.id })
  if (viewer === 'coach') return urlFor('coach.roster.show', { id: session.id })
  return urlFor('parent.bookings.index')
}

/**
 * A week of the schedule, for whoever is signed in: a parent sees the
 * sessions their children are booked into or wait for, a coach their own
 * sessions, an admin all of them (optionally of one coach, room or
 * program). Phones get a strip of seven days and one day's list; wide
 * screens the whole week in seven columns.
 */
export default class CalendarController {
  async show({ auth, request, view, i18n, bouncer }: HttpContext) {
    const user = auth.getUserOrFail()
    const [invalid, parsed] = await calendarValidator.tryValidate(request.qs())
    const input = invalid ? {} : parsed
    const week = calendarWeek(input)

    const viewer: Viewer = (await bouncer.allows('accessAdmin'))
      ? 'admin'
      : user.isCoach
        ? 'coach'
        : 'parent'
    const filters: StaffCalendarFilters =
      viewer === 'admin'
        ? { coach_id: input.coach_id, room_id: input.room_id, program_id: input.program_id }
        : {}

    let sessions: TrainingSession[]
    let seats = new Map<string, CalendarSeat[]>()
    if (viewer === 'admin') {
      sessions = await staffWeek(week, filters)
    } else if (viewer === 'coach') {
      sessions = await coachWeek(user.id, week)
    } else {
      ;({ sessions, seats } = await parentWeek(user.id, week))
    }

    const dayGroups = await groupByDay(sessions, i18n.locale)
    const grouped = new Map(dayGroups.map((day) => [day.date, day.sessions]))
    const qs = Object.fromEntries(Object.entries(filters).filter(([, value]) => value))
    const calendarUrl = (extra: Record<string, string>) =>
      urlFor('calendar.show', {}, { qs: { ...extra, ...qs } })

    const days = Array.from({ length: 7 }, (_, index) => {
      const day = week.from.plus({ days: index }).setLocale(i18n.locale)
      const date = day.toISODate()!
      return {
        date,
        weekday: day.toFormat('ccc'),
        number: day.toFormat('d'),
        label: day.toFormat('cccc, d LLLL yyyy'),
        isToday: day.hasSame(week.today, 'day'),
        isSelected: day.hasSame(week.selected, 'day'),
        url: calendarUrl({ date }),
        sessions: (grouped.get(date) ?? []).map((session) => ({
          ...session,
          link: linkFor(viewer, session),
          seats: seats.get(session.id) ?? [],
        })),
      }
    })

    const from = week.from.setLocale(i18n.locale)
    const last = week.to.minus({ days: 1 }).setLocale(i18n.locale)
    const staff = viewer === 'admin' ? await sessionFormOptions() : null
    return view.render('pages/calendar/show', {
      viewer,
      days,
      weekLabel: from.hasSame(last, 'month')
        ? `${from.toFormat('d')}–${last.toFormat('d LLLL yyyy')}`
        : `${from.toFormat('d LLL')} – ${last.toFormat('d LLL yyyy')}`,
      isoWeek: week.isoWeek,
      prevUrl: calendarUrl({ week: isoWeekOf(week.from.minus({ weeks: 1 })) }),
      nextUrl: calendarUrl({ week: isoWeekOf(week.from.plus({ weeks: 1 })) }),
      todayUrl: calendarUrl({}),
      isThisWeek: week.today >= week.from && week.today < week.to,
      sessionCount: sessions.length,
      filters,
      coaches: staff ? await coachOptions() : [],
      rooms: staff?.rooms ?? [],
      programs: staff?.programs ?? [],
    })
  }
}
