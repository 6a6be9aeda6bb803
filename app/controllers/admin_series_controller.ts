import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { timezone } from '#config/app'
import SessionSeries, { WEEKDAY_NAMES } from '#models/session_series'
import TrainingSession, { SESSION_AUDIENCES, SESSION_KINDS } from '#models/training_session'
import User from '#models/user'
import TrainingSessionPolicy from '#policies/training_session_policy'
import { createSessionSeries } from '#actions/schedule/create_session_series'
import { updateSessionSeries } from '#actions/schedule/update_session_series'
import { cancelSessionSeries } from '#actions/schedule/cancel_session_series'
import {
  cancelSessionSeriesValidator,
  createSessionSeriesValidator,
  updateSessionSeriesValidator,
} from '#validators/session_series'
import { withSummaries } from '#queries/schedule/list_training_sessions'
import { listQueryValidator } from '#services/pagination'
import {
  backToForm,
  checkboxFrom,
  coachOptions,
  defaultTitle,
  groupByDay,
  sessionFormOptions,
} from '#services/schedule_pages'
import { formVersion, preconditionOf } from '#services/preconditions'

function present(series: SessionSeries) {
  const loaded = series.$preloaded as Record<string, unknown>
  return {
    id: series.id,
    title: series.title,
    kind: series.kind,
    status: series.status,
    coachId: series.coachId,
    coachName: loaded.coach && series.coach ? series.coach.name : null,
    programId: series.programId,
    programName: loaded.program && series.program ? series.program.name : null,
    roomId: series.roomId,
    roomName: loaded.room && series.room ? series.room.name : null,
    weekdays: series.weekdayNames,
    startTime: series.startTime.slice(0, 5),
    endTime: series.endTime.slice(0, 5),
    startsOn: series.startsOn.toISODate(),
    endsOn: series.endsOn.toISODate(),
    timezone: series.timezone,
    capacity: series.capacity,
    delivery: series.delivery,
    location: series.location,
    meetingUrl: series.meetingUrl,
    meetingPlatform: series.meetingPlatform,
    meetingPassword: series.meetingPassword,
    audience: series.audience,
    waitlistEnabled: series.waitlistEnabled,
  }
}

/**
 * Admin screens for recurring series: the rule, its occurrences, what a
 * batch created and skipped, and edits or cancellation of what is still
 * to come
 */
export default class AdminSeriesController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    const [invalid, parsed] = await listQueryValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const page = invalid ? 1 : (parsed.page ?? 1)
    const paginator = await SessionSeries.query()
      .preload('coach')
      .preload('program')
      .preload('room')
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .paginate(page, 25)
    return view.render('pages/admin/series/index', {
      series: paginator.all().map(present),
      meta: {
        current_page: paginator.currentPage,
        total_pages: paginator.lastPage,
        next_page: paginator.hasMorePages ? paginator.currentPage + 1 : null,
        prev_page: paginator.currentPage > 1 ? paginator.currentPage - 1 : null,
      },
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    return view.render('pages/admin/series/form', {
      ...(await sessionFormOptions()),
      coaches: await coachOptions(),
      kinds: SESSION_KINDS,
      audiences: SESSION_AUDIENCES,
      weekdays: WEEKDAY_NAMES,
      series: null,
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, auth, bouncer, session, i18n } = ctx
    const admin = auth.getUserOrFail()
    await bouncer.authorize('accessAdmin')
    const input = await request.validateUsing(createSessionSeriesValidator, {
      data: {
        ...request.all(),
        waitlist_enabled: checkboxFrom(request, 'waitlist_enabled'),
        timezone,
      },
    })
    const formUrl = urlFor('admin.series.create')
    if (!input.coach_id) {
      return backToForm(ctx, { coach_id: [i18n.t('schedule.form.coach_required')] }, formUrl)
    }
    await bouncer.with(TrainingSessionPolicy).authorize('create', input.coach_id)

    const kind = input.kind ?? 'training'
    const coach = await User.find(input.coach_id)
    const outcome = await createSessionSeries({
      ...input,
      kind,
      title: input.title ?? (await defaultTitle(i18n, kind, coach?.name ?? '', input.program_id)),
      coach_id: input.coach_id,
      created_by: admin.id,
    })
    session.flash(
      'success',
      i18n.t('schedule.flash.series_created', {
        created: outcome.created.length,
        skipped: outcome.skipped.length,
      })
    )
    session.flash(
      'series_skipped',
      outcome.skipped.map((skip) => ({
        date: skip.date,
        reason: skip.reason,
        title: skip.conflict?.title ?? null,
      }))
    )
    return response.redirect().toRoute('admin.series.show', { id: outcome.series.id })
  }

  async show({ params, view, bouncer, i18n, session }: HttpContext) {
    const series = await SessionSeries.query()
      .where('id', params.id)
      .preload('coach')
      .preload('program')
      .preload('room')
      .firstOrFail()
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series)
    const occurrences = await withSummaries(
      TrainingSession.query().where('series_id', series.id)
    ).orderBy('starts_at')
    return view.render('pages/admin/series/show', {
      series: present(series),
      days: await groupByDay(occurrences, i18n.locale),
      skipped: session.flashMessages.get('series_skipped', []),
    })
  }

  async edit({ params, view, bouncer }: HttpContext) {
    const series = await SessionSeries.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series)
    return view.render('pages/admin/series/form', {
      ...(await sessionFormOptions()),
      coaches: await coachOptions(),
      kinds: SESSION_KINDS,
      audiences: SESSION_AUDIENCES,
      weekdays: WEEKDAY_NAMES,
      series: present(series),
      version: formVersion(series),
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const series = await SessionSeries.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series)
    const data: Record<string, unknown> = {
      ...request.all(),
      waitlist_enabled: checkboxFrom(request, 'waitlist_enabled'),
    }
    if (data.coach_id === series.coachId) delete data.coach_id
    const input = await request.validateUsing(updateSessionSeriesValidator, { data })
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series, input.coach_id)

    const outcome = await updateSessionSeries(series.id, input, preconditionOf(request))
    session.flash(
      'success',
      i18n.t('schedule.flash.series_updated', { updated: outcome.updated.length })
    )
    return response.redirect().toRoute('admin.series.show', { id: series.id })
  }

  async cancel({ params, request, response, auth, bouncer, session, i18n }: HttpContext) {
    const series = await SessionSeries.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series)
    const { reason } = await request.validateUsing(cancelSessionSeriesValidator)
    const outcome = await cancelSessionSeries(series.id, {
      reason,
      actorId: auth.getUserOrFail().id,
    })
    session.flash(
      'success',
      i18n.t('schedule.flash.series_cancelled', { cancelled: outcome.cancelled.length })
    )
    return response.redirect().toRoute('admin.series.show', { id: series.id })
  }
}
