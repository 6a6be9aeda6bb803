import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import { timezone } from '#config/app'
import Program from '#models/program'
import TrainingSessionModel, { EDITABLE_STATUSES } from '#models/training_session'
import TrainingSessionPolicy from '#policies/training_session_policy'
import { cancelTrainingSessionValidator } from '#validators/training_session'
import type TrainingSession from '#models/training_session'
import type { SessionKind } from '#models/training_session'
import { listRooms, listSessionTimes } from '#queries/schedule/list_catalogue'
import { listPrograms } from '#queries/schedule/list_programs'
import { listCoaches } from '#queries/schedule/list_coaches'
import { loadSummaries } from '#queries/schedule/list_training_sessions'
import TrainingSessionTransformer from '#transformers/training_session_transformer'
import { serialize } from '#services/serialize'
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
  waitlistEnabled: boolean
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

/**
 * A session's JSON as the API answers it (TrainingSessionTransformer)
 */
type SessionData = {
  id: string
  title: string
  kind: TrainingSession['kind']
  status: TrainingSession['status']
  starts_at: string
  ends_at: string
  coach_id: string
  coach: { name: string } | null
  program_id: string | null
  program: { name: string } | null
  room: { name: string } | null
  location: string | null
  delivery: TrainingSession['delivery']
  capacity: number
  booked_count: number
  seats_left: number
  waitlist_enabled: boolean
  series_id: string | null
}

/**
 * The page's view of a session, built from the transformer's output (the
 * same fields the API answers) plus what only a page needs: local day and
 * time labels in the viewer's language and the state buttons
 */
function viewOf(data: SessionData, locale: string): SessionView {
  const start = DateTime.fromISO(data.starts_at).setZone(timezone).setLocale(locale)
  const end = DateTime.fromISO(data.ends_at).setZone(timezone).setLocale(locale)
  const sameDay = start.hasSame(end, 'day')
  return {
    id: data.id,
    title: data.title,
    kind: data.kind,
    status: data.status,
    date: start.toISODate()!,
    dayLabel: start.toFormat('cccc, d LLLL yyyy'),
    time: sameDay
      ? `${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`
      : `${start.toFormat('HH:mm')}–${end.toFormat('d LLL HH:mm')}`,
    startsAt: data.starts_at,
    coachId: data.coach_id,
    coachName: data.coach?.name ?? null,
    programId: data.program_id,
    programName: data.program?.name ?? null,
    roomName: data.room?.name ?? null,
    location: data.location,
    delivery: data.delivery,
    capacity: data.capacity,
    bookedCount: data.booked_count,
    seatsLeft: data.seats_left,
    isFull: data.seats_left === 0,
    waitlistEnabled: data.waitlist_enabled,
    seriesId: data.series_id,
    editable: EDITABLE_STATUSES.includes(data.status),
    actions: SESSION_ACTIONS.filter((action) => nextStatus(data.status, action) !== null),
  }
}

/**
 * Page views of sessions, through TrainingSessionTransformer (sessions an
 * action returned bare get their relations loaded first)
 */
async function viewsOf(sessions: TrainingSession[], locale: string) {
  const loaded = await loadSummaries(sessions)
  const data = await serialize<SessionData[]>(TrainingSessionTransformer.transform(loaded))
  return data.map((item) => viewOf(item, locale))
}

export async function presentSession(session: TrainingSession, locale: string) {
  const [view] = await viewsOf([session], locale)
  return view
}

/**
 * Sessions in start order, grouped by their local day
 */
export async function groupByDay(sessions: TrainingSession[], locale: string): Promise<DayGroup[]> {
  const today = localNow().toISODate()
  const days = new Map<string, DayGroup>()
  for (const view of await viewsOf(sessions, locale)) {
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
 * Whether the request only wants the live part of a page (resources/js/live_schedule.js)
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
      startsAt: slot.startsAtLocal,
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
