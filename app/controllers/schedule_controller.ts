import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import { timezone } from '#config/app'
import { SESSION_KINDS } from '#models/training_session'
import { listTrainingSessionsValidator } from '#validators/training_session'
import { listTrainingSessions } from '#queries/schedule/list_training_sessions'
import { listPrograms } from '#queries/schedule/list_programs'
import { listCoaches } from '#queries/schedule/list_coaches'
import { groupByDay, localNow, wantsLiveFragment } from '#services/schedule_pages'

/**
 * How many days the schedule shows from its first day
 */
export const SCHEDULE_DAYS = 14

/**
 * Sessions one schedule page lists at most
 */
const PAGE_LIMIT = 100

/**
 * The public schedule: upcoming sessions by day (club time), filtered by
 * kind, program and coach, with seats left. resources/js/live_schedule.js
 * re-fetches the list part when the schedule changes.
 */
export default class ScheduleController {
  async index(ctx: HttpContext) {
    const { request, view, auth, i18n } = ctx
    const [invalid, parsed] = await listTrainingSessionsValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const query = invalid ? {} : parsed

    const today = localNow().toISODate()!
    const from = query.from && query.from.slice(0, 10) > today ? query.from.slice(0, 10) : today
    const to = DateTime.fromISO(from, { zone: timezone })
      .plus({ days: SCHEDULE_DAYS - 1 })
      .toISODate()!
    const filters = {
      kind: query.kind,
      program_id: query.program_id,
      coach_id: query.coach_id,
      search: query.search,
      from,
      to,
      limit: PAGE_LIMIT,
    }

    const { sessions, meta } = await listTrainingSessions(filters, auth.user ?? null)
    const days = await groupByDay(sessions, i18n.locale)
    const listState = { days, truncated: meta.total_pages > 1 }

    if (wantsLiveFragment(ctx)) {
      return view.render('pages/schedule/list_fragment', listState)
    }

    const { programs } = await listPrograms({ limit: 100 }, { includeInactive: false })
    const { profiles } = await listCoaches({ limit: 100 }, { admin: false })

    return view.render('pages/schedule/index', {
      ...listState,
      invalidFilters: Boolean(invalid),
      filters: { ...filters, from },
      kinds: SESSION_KINDS,
      programs: programs.map((program) => ({ value: program.id, label: program.name })),
      coaches: profiles.map((profile) => ({ value: profile.userId, label: profile.user.name })),
    })
  }
}
