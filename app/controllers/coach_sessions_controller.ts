import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import TrainingSession, { SESSION_KINDS } from '#models/training_session'
import type { SessionKind } from '#models/training_session'
import CoachPolicy from '#policies/coach_policy'
import TrainingSessionPolicy from '#policies/training_session_policy'
import { createTrainingSession } from '#actions/schedule/create_training_session'
import { updateTrainingSession } from '#actions/schedule/update_training_session'
import {
  createTrainingSessionValidator,
  updateTrainingSessionValidator,
} from '#validators/training_session'
import { COACH_SESSION_PERIODS, listCoachSessions } from '#queries/dashboard/coach_sessions'
import {
  dayChoices,
  defaultTitle,
  groupByDay,
  localInputValue,
  sessionFormOptions,
  transitionFromPage,
  dropUnchangedTimes,
  checkboxFrom,
  localNow,
} from '#services/schedule_pages'
import { formVersion, preconditionOf } from '#services/preconditions'
import Program from '#models/program'
import Room from '#models/room'
import { listQuery } from '#services/pagination'

/**
 * The coach's list: a page, and upcoming (default) or past sessions
 */
const coachSessionsQueryValidator = vine.create(
  vine.object({
    page: listQuery.page,
    period: vine.enum(COACH_SESSION_PERIODS).optional(),
  })
)

/**
 * A coach's own sessions, on a phone: today and what comes next (or the
 * past ones), a page at a time, each with its roster; a new
 * session from a slot and a date in three taps, open / close / cancel, and
 * mentoring slots to publish. Admins, who hold no sessions of their own,
 * are sent to the admin screens.
 */
export default class CoachSessionsController {
  async index({ request, view, auth, bouncer, response, i18n }: HttpContext) {
    const coach = auth.getUserOrFail()
    await bouncer.with(CoachPolicy).authorize('viewDashboard')
    if (coach.isAdmin) {
      return response.redirect().toRoute('admin.sessions.index')
    }

    // a bad page or period in the address shows the first page of upcoming
    const [invalid, parsed] = await coachSessionsQueryValidator.tryValidate(request.qs())
    const filters = invalid ? {} : parsed
    const period = filters.period ?? 'upcoming'
    const { sessions, meta } = await listCoachSessions(coach, { ...filters, period })
    return view.render('pages/coach/sessions/index', {
      days: await groupByDay(sessions, i18n.locale),
      meta,
      period,
      periods: COACH_SESSION_PERIODS,
    })
  }

  /**
   * Three taps that make a bookable session: the form starts open for
   * booking with a waitlist, and today offers only the slots still ahead
   * (a day with none left is not offered)
   */
  async create({ request, response, view, auth, bouncer, i18n }: HttpContext) {
    const coach = auth.getUserOrFail()
    await bouncer.with(CoachPolicy).authorize('viewDashboard')
    await bouncer.with(TrainingSessionPolicy).authorize('create')
    if (coach.isAdmin) {
      return response.redirect().toRoute('admin.sessions.create')
    }

    const requested = request.qs().kind
    const kind: SessionKind = SESSION_KINDS.includes(requested) ? requested : 'training'
    const options = await sessionFormOptions()
    const now = localNow().toFormat('HH:mm')
    const pastToday = options.slots.filter((slot) => slot.startsAt <= now).map((slot) => slot.value)
    const allGone = options.slots.length > 0 && pastToday.length === options.slots.length
    const days = dayChoices(i18n.locale, 15).slice(allGone ? 1 : 0, allGone ? 15 : 14)
    return view.render('pages/coach/sessions/create', {
      ...options,
      kind,
      kinds: SESSION_KINDS,
      days,
      pastToday: days[0].isToday ? pastToday : [],
      lastCapacity: await lastCapacity(coach.id, kind),
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, auth, bouncer, session, i18n } = ctx
    const coach = auth.getUserOrFail()
    await bouncer.with(CoachPolicy).authorize('viewDashboard')
    await bouncer.with(TrainingSessionPolicy).authorize('create', coach.id)

    const input = await request.validateUsing(createTrainingSessionValidator, {
      data: {
        ...request.all(),
        date: request.input('date') ?? request.input('other_date'),
        coach_id: coach.id,
        waitlist_enabled: checkboxFrom(request, 'waitlist_enabled'),
      },
    })
    const kind = input.kind ?? 'training'

    await createTrainingSession({
      ...input,
      capacity: input.capacity ?? (await defaultCapacity(coach.id, input, kind)),
      kind,
      title: input.title ?? (await defaultTitle(i18n, kind, coach.name, input.program_id)),
      coach_id: coach.id,
      created_by: coach.id,
    })

    session.flash('success', i18n.t('schedule.flash.created'))
    return response.redirect().toRoute('coach.sessions.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    const trainingSession = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('update', trainingSession)

    return view.render('pages/coach/sessions/edit', {
      ...(await sessionFormOptions()),
      trainingSession: {
        id: trainingSession.id,
        title: trainingSession.title,
        kind: trainingSession.kind,
        status: trainingSession.status,
        editable: trainingSession.isEditable,
        programId: trainingSession.programId,
        roomId: trainingSession.roomId,
        capacity: trainingSession.capacity,
        startsAt: localInputValue(trainingSession.startsAt),
        endsAt: localInputValue(trainingSession.endsAt),
        delivery: trainingSession.delivery,
        location: trainingSession.location,
        meetingUrl: trainingSession.meetingUrl,
        meetingPlatform: trainingSession.meetingPlatform,
        meetingPassword: trainingSession.meetingPassword,
        description: trainingSession.description,
        waitlistEnabled: trainingSession.waitlistEnabled,
      },
      version: formVersion(trainingSession),
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const trainingSession = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('update', trainingSession)

    const data: Record<string, unknown> = {
      ...request.all(),
      waitlist_enabled: checkboxFrom(request, 'waitlist_enabled'),
    }
    delete data.coach_id
    dropUnchangedTimes(data, trainingSession)
    const input = await request.validateUsing(updateTrainingSessionValidator, { data })

    await updateTrainingSession(trainingSession.id, input, preconditionOf(request))

    session.flash('success', i18n.t('schedule.flash.updated'))
    return response.redirect().toRoute('coach.sessions.index')
  }

  /**
   * The roster page's start / complete buttons send return_to=roster and
   * come back to it
   */
  async transition(ctx: HttpContext) {
    await transitionFromPage(ctx)
    if (ctx.request.input('return_to') === 'roster') {
      return ctx.response.redirect().toRoute('coach.roster.show', { id: ctx.params.id })
    }
    return ctx.response.redirect().toRoute('coach.sessions.index')
  }
}

/**
 * The capacity of the coach's latest session of this kind, what the form
 * suggests when neither a room nor a program says
 */
async function lastCapacity(coachId: string, kind: SessionKind) {
  const last = await TrainingSession.query()
    .where('coach_id', coachId)
    .where('kind', kind)
    .orderBy('created_at', 'desc')
    .first()
  return last?.capacity ?? null
}

/**
 * A capacity left empty: what the room seats and the program takes (the
 * smaller of the two), else the coach's last session's
 */
async function defaultCapacity(
  coachId: string,
  input: { room_id?: string | null; program_id?: string | null },
  kind: SessionKind
) {
  const room = input.room_id ? await Room.find(input.room_id) : null
  const program = input.program_id ? await Program.find(input.program_id) : null
  const limits = [room?.capacity, program?.maxStudents].filter(
    (value): value is number => typeof value === 'number' && value > 0
  )
  if (limits.length) return Math.min(...limits)
  return (await lastCapacity(coachId, kind)) ?? undefined
}
