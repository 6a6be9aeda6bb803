import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import { timezone } from '#config/app'
import Program from '#models/program'
import TrainingSessionModel from '#models/training_session'
import TrainingSessionPolicy from '#policies/training_session_policy'
import { cancelTrainingSessionValidator } from '#validators/training_session'
import type TrainingSession from '#models/training_session'
import type { SessionKind } from '#models/training_session'
import { listRooms, listSessionTimes } from '#queries/schedule/list_catalogue'
import { listPrograms } from '#queries/schedule/list_programs'
import { listCoaches } from '#queries/schedule/list_coaches'
import {
  SESSION_ACTIONS,
  nextStatus,
  transitionTrainingSession,
} from '#actions/schedule/transition_training_session'
import type { SessionAction } from '#actions/schedule/transition_training_session'

/**
 * What the schedule pages need to show a training session: times already
 * in the club's time zone and the viewer's language, no model in the view.
 */
export interface SessionView {
  id: string
  title: string
  kind: TrainingSession['kind']
  status: TrainingSession['status']
  date: string
  dayLabel: string
  time: string
  startsAt: string
  coachId: string
  coachName: string | null
  programId: string | null
  programName: string | null
  roomName: string | null
  location: string | null
  delivery: TrainingSession['delivery']
  capacity: number
  bookedCount: number
  seatsLeft: number
  isFull: boolean
  seriesId: string | null
  editable: boolean
  actions: SessionAction[]
}

export interface DayGroup {
  date: string
  label: string
  isToday: boolean
  sessions: SessionView[]
}

export function localNow() {
  return DateTime.now().setZone(timezone)
}

export function presentSession(session: TrainingSession, locale: string): SessionView {
  const loaded = session.$preloaded as Record<string, unknown>
  const start = session.startsAt.setZone(timezone).setLocale(locale)
  const end = session.endsAt.setZone(timezone).setLocale(locale)
  const sameDay = start.hasSame(end, 'day')
  return {
    id: session.id,
    title: session.title,
    kind: session.kind,
    status: session.status,
    date: start.toISODate()!,
    dayLabel: start.toFormat('cccc, d LLLL yyyy'),
    time: sameDay
      ? `${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`
      : `${start.toFormat('HH:mm')}–${end.toFormat('d LLL HH:mm')}`,
    startsAt: session.startsAt.toUTC().toISO()!,
    coachId: session.coachId,
    coachName: loaded.coach && session.coach ? session.coach.name : null,
    programId: session.programId,
    programName: loaded.program && session.program ? session.program.name : null,
    roomName: loaded.room && session.room ? session.room.name : null,
    location: session.location,
    delivery: session.delivery,
    capacity: session.capacity,
    bookedCount: session.bookedCount,
    seatsLeft: session.seatsLeft,
    isFull: session.seatsLeft === 0,
    seriesId: session.seriesId,
    editable: session.isEditable,
    actions: SESSION_ACTIONS.filter((action) => nextStatus(session.status, action) !== null),
  }
}

/**
 * Sessions in start order, grouped by their local day
 */
export function groupByDay(sessions: TrainingSession[], locale: string): DayGroup[] {
  const today = localNow().toISODate()
  const days = new Map<string, DayGroup>()
  for (const session of sessions) {
    const view = presentSession(session, locale)
    let day = days.get(view.date)
    if (!day) {
      day = { date: view.date, label: view.dayLabel, isToday: view.date === today, sessions: [] }
      days.set(view.date, day)
    }
    day.sessions.push(view)
  }
  return [...days.values()]
}

/**
 * The next `count` local dates, for the coach's date picker
 */
export function dayChoices(locale: string, count = 14) {
  const today = localNow().startOf('day').setLocale(locale)
  return Array.from({ length: count }, (_, index) => {
    const day = today.plus({ days: index })
    return {
      value: day.toISODate()!,
      weekday: day.toFormat('ccc'),
      label: day.toFormat('d LLL'),
      fullLabel: day.toFormat('cccc, d LLLL yyyy'),
      isToday: index === 0,
    }
  })
}

/**
 * "Rp 150.000"
 */
export function rupiah(amount: number) {
  return new Intl.NumberFormat('id-ID', {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(amount)
}

/**
 * Edit forms send the times back as they were shown: leave unchanged times
 * out, so a session made from a slot keeps it.
 */
export function dropUnchangedTimes(
  data: Record<string, unknown>,
  trainingSession: TrainingSession
) {
  if (
    data.starts_at === localInputValue(trainingSession.startsAt) &&
    data.ends_at === localInputValue(trainingSession.endsAt)
  ) {
    delete data.starts_at
    delete data.ends_at
  }
  return data
}

/**
 * Back to the form with the input and the errors on their fields
 */
export function backToForm(
  { session, response }: HttpContext,
  errors: Record<string, string[]>,
  url: string
) {
  session.flashExcept(['_csrf', '_method', 'password', 'password_confirmation'])
  session.flash('inputErrorsBag', errors)
  return response.redirect().toPath(url)
}

/**
 * Whether the request only wants the live part of a page (public/js/live_schedule.js)
 */
export function wantsLiveFragment({ request, response }: HttpContext) {
  response.append('Vary', 'X-Live-Fragment')
  return request.header('x-live-fragment') === '1'
}

/**
 * The options the session forms offer: slots, rooms and active programs
 */
export async function sessionFormOptions() {
  const { sessionTimes } = await listSessionTimes({ limit: 100 })
  const { rooms } = await listRooms({ limit: 100 })
  const { programs } = await listPrograms({ limit: 100 }, { includeInactive: false })
  return {
    slots: sessionTimes.map((slot) => ({
      value: slot.id,
      label: slot.label,
      time: `${slot.startsAtLocal}–${slot.endsAtLocal}`,
    })),
    rooms: rooms.map((room) => ({
      value: room.id,
      label: room.capacity ? `${room.name} (${room.capacity})` : room.name,
    })),
    programs: programs.map((program) => ({ value: program.id, label: program.name })),
  }
}

/**
 * "2026-05-04T07:00" in the club's time zone, what a datetime-local input shows
 */
export function localInputValue(value: DateTime) {
  return value.setZone(timezone).toFormat("yyyy-MM-dd'T'HH:mm")
}

/**
 * A default title in the viewer's language when neither a title nor a
 * program names the session
 */
export async function defaultTitle(
  i18n: HttpContext['i18n'],
  kind: SessionKind,
  coachName: string,
  programId?: string | null
) {
  if (programId) {
    const program = await Program.find(programId)
    if (program) return program.name
  }
  return `${i18n.t(`schedule.kinds.${kind}`)} — ${coachName}`
}

/**
 * Active coaches, for the coach pickers
 */
export async function coachOptions() {
  const { profiles } = await listCoaches({ limit: 100, status: 'active' }, { admin: true })
  return profiles.map((profile) => ({ value: profile.userId, label: profile.user.name }))
}

/**
 * A ticked or unticked checkbox. Unticked boxes send nothing, so the form
 * carries a `<name>_field` marker telling "unticked" from "not on the form".
 */
export function checkboxFrom(request: HttpContext['request'], name: string) {
  if (!request.input(`${name}_field`)) return undefined
  return Boolean(request.input(name))
}

/**
 * The open / close / start / complete / cancel buttons of the coach and
 * admin screens: authorize, read the cancel reason, move the session along
 * its state machine and flash the outcome. The caller picks the redirect.
 */
export async function transitionFromPage(ctx: HttpContext) {
  const { params, request, auth, bouncer, session, i18n } = ctx
  const trainingSession = await TrainingSessionModel.findOrFail(params.id)
  await bouncer.with(TrainingSessionPolicy).authorize('update', trainingSession)
  const action = params.action as SessionAction
  const { reason } =
    action === 'cancel'
      ? await request.validateUsing(cancelTrainingSessionValidator)
      : { reason: undefined }
  await transitionTrainingSession(trainingSession.id, action, {
    reason,
    actorId: auth.getUserOrFail().id,
  })
  session.flash('success', i18n.t(`schedule.flash.${action}`, { title: trainingSession.title }))
}
