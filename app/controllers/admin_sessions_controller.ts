import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import TrainingSession, {
  SESSION_AUDIENCES,
  SESSION_KINDS,
  SESSION_STATUSES,
} from '#models/training_session'
import User from '#models/user'
import TrainingSessionPolicy from '#policies/training_session_policy'
import { createTrainingSession } from '#actions/schedule/create_training_session'
import { updateTrainingSession } from '#actions/schedule/update_training_session'
import { deleteTrainingSession } from '#actions/schedule/delete_training_session'
import {
  createTrainingSessionValidator,
  listTrainingSessionsValidator,
  updateTrainingSessionValidator,
} from '#validators/training_session'
import { listTrainingSessions } from '#queries/schedule/list_training_sessions'
import {
  backToForm,
  checkboxFrom,
  coachOptions,
  defaultTitle,
  groupByDay,
  localInputValue,
  localNow,
  presentSession,
  sessionFormOptions,
  transitionFromPage,
  dropUnchangedTimes,
} from '#services/schedule_pages'
import { formVersion, preconditionOf } from '#services/preconditions'

async function formOptions() {
  return {
    ...(await sessionFormOptions()),
    coaches: await coachOptions(),
    kinds: SESSION_KINDS,
    audiences: SESSION_AUDIENCES,
  }
}

/**
 * Admin screens for every training session: any coach, any status
 */
export default class AdminSessionsController {
  async index({ request, view, auth, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    const [invalid, parsed] = await listTrainingSessionsValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = { ...(invalid ? {} : parsed) }
    filters.from ??= localNow().toISODate()!
    const { sessions, meta } = await listTrainingSessions(filters, auth.getUserOrFail())
    const { programs } = await sessionFormOptions()
    const coaches = await coachOptions()
    return view.render('pages/admin/sessions/index', {
      invalidFilters: Boolean(invalid),
      filters,
      meta,
      kinds: SESSION_KINDS,
      statuses: SESSION_STATUSES,
      programs,
      coaches,
      days: await groupByDay(sessions, i18n.locale),
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    return view.render('pages/admin/sessions/form', {
      ...(await formOptions()),
      trainingSession: null,
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, auth, bouncer, session, i18n } = ctx
    const admin = auth.getUserOrFail()
    await bouncer.authorize('accessAdmin')
    const input = await request.validateUsing(createTrainingSessionValidator, {
      data: { ...request.all(), waitlist_enabled: checkboxFrom(request, 'waitlist_enabled') },
    })
    const formUrl = urlFor('admin.sessions.create')
    if (!input.coach_id) {
      return backToForm(ctx, { coach_id: [i18n.t('schedule.form.coach_required')] }, formUrl)
    }
    await bouncer.with(TrainingSessionPolicy).authorize('create', input.coach_id)

    let created: TrainingSession
    const kind = input.kind ?? 'training'
    const coach = await User.find(input.coach_id)
    created = await createTrainingSession({
      ...input,
      kind,
      title: input.title ?? (await defaultTitle(i18n, kind, coach?.name ?? '', input.program_id)),
      coach_id: input.coach_id,
      created_by: admin.id,
    })
    session.flash('success', i18n.t('schedule.flash.created_named', { title: created.title }))
    return response.redirect().toRoute('admin.sessions.index')
  }

  async edit({ params, view, bouncer, i18n }: HttpContext) {
    const trainingSession = await TrainingSession.query()
      .where('id', params.id)
      .preload('coach')
      .preload('program')
      .preload('room')
      .firstOrFail()
    await bouncer.with(TrainingSessionPolicy).authorize('update', trainingSession)
    return view.render('pages/admin/sessions/form', {
      ...(await formOptions()),
      view: await presentSession(trainingSession, i18n.locale),
      trainingSession: {
        id: trainingSession.id,
        title: trainingSession.title,
        kind: trainingSession.kind,
        status: trainingSession.status,
        editable: trainingSession.isEditable,
        coachId: trainingSession.coachId,
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
        audience: trainingSession.audience,
        classification: trainingSession.classification,
        stage: trainingSession.stage,
        region: trainingSession.region,
        waitlistEnabled: trainingSession.waitlistEnabled,
        description: trainingSession.description,
        seriesId: trainingSession.seriesId,
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
    dropUnchangedTimes(data, trainingSession)
    if (data.coach_id === trainingSession.coachId) delete data.coach_id
    const input = await request.validateUsing(updateTrainingSessionValidator, { data })
    await bouncer.with(TrainingSessionPolicy).authorize('update', trainingSession, input.coach_id)

    await updateTrainingSession(trainingSession.id, input, preconditionOf(request))
    session.flash('success', i18n.t('schedule.flash.updated'))
    return response.redirect().toRoute('admin.sessions.index')
  }

  async transition(ctx: HttpContext) {
    await transitionFromPage(ctx)
    return ctx.response.redirect().back()
  }

  async destroy({ params, response, bouncer, session, i18n }: HttpContext) {
    const trainingSession = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('delete', trainingSession)
    await deleteTrainingSession(trainingSession.id)
    session.flash('success', i18n.t('schedule.flash.deleted', { title: trainingSession.title }))
    return response.redirect().toRoute('admin.sessions.index')
  }
}
