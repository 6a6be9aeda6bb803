import type { HttpContext } from '@adonisjs/core/http'
import type User from '#models/user'
import TrainingSession from '#models/training_session'
import TrainingSessionPolicy from '#policies/training_session_policy'
import DomainError from '#exceptions/domain_error'
import { preconditionOf, sendVersion } from '#services/preconditions'
import { createTrainingSession } from '#actions/schedule/create_training_session'
import { updateTrainingSession } from '#actions/schedule/update_training_session'
import { deleteTrainingSession } from '#actions/schedule/delete_training_session'
import {
  transitionTrainingSession,
  type SessionAction,
} from '#actions/schedule/transition_training_session'
import {
  findVisibleSession,
  listTrainingSessions,
  listTrainingSessionsAfter,
  withSummaries,
} from '#queries/schedule/list_training_sessions'
import { participatingSessionIds } from '#queries/bookings/participation'
import TrainingSessionTransformer, {
  sessionVariant,
} from '#transformers/training_session_transformer'
import {
  cancelTrainingSessionValidator,
  createTrainingSessionValidator,
  listTrainingSessionsValidator,
  updateTrainingSessionValidator,
} from '#validators/training_session'
import { resolveCoachId } from '#actions/schedule/schedule_rules'
import { validateListQuery } from '#services/pagination'

const MESSAGES: Record<SessionAction, string> = {
  open: 'api.training_session_opened',
  close: 'api.training_session_closed',
  start: 'api.training_session_started',
  complete: 'api.training_session_completed',
  cancel: 'api.training_session_cancelled',
}

/**
 * /api/v1/training-sessions — the schedule. Reading is public (visitors see
 * what is scheduled or open); coaches manage their own sessions, admins all.
 */
export default class TrainingSessionsController {
  async index({ request, response, auth, bouncer }: HttpContext) {
    const filters = await validateListQuery(request, listTrainingSessionsValidator)
    const viewer = auth.user ?? null
    const { sessions, meta } = filters.cursor
      ? await listTrainingSessionsAfter({ ...filters, cursor: filters.cursor }, viewer)
      : await listTrainingSessions(filters, viewer)
    const participating = await participatingSessionIds(
      viewer,
      sessions.map((session) => session.id)
    )
    const policy = bouncer.with(TrainingSessionPolicy)
    const items = []
    for (const session of sessions) {
      const withMeeting = await policy.allows('viewMeeting', session, participating.has(session.id))
      items.push(
        TrainingSessionTransformer.transform(session).useVariant(sessionVariant(withMeeting))
      )
    }
    return response.success(items, { meta })
  }

  async show({ params, response, auth, bouncer }: HttpContext) {
    const session = await findVisibleSession(params.id, auth.user ?? null)
    if (!session) {
      throw DomainError.notFound('training_session')
    }
    sendVersion(response, session)
    return response.success(await this.present(session, bouncer, auth.user ?? null))
  }

  async store({ request, response, auth, bouncer }: HttpContext) {
    const user = auth.getUserOrFail()
    await bouncer.with(TrainingSessionPolicy).authorize('create')
    const input = await request.validateUsing(createTrainingSessionValidator)
    const coachId = resolveCoachId(user, input.coach_id)
    await bouncer.with(TrainingSessionPolicy).authorize('create', coachId)

    const session = await createTrainingSession({
      ...input,
      coach_id: coachId,
      created_by: user.id,
    })
    return response.success(await this.present(session, bouncer, auth.user ?? null), {
      status: 201,
      message: 'api.training_session_created',
    })
  }

  async update({ params, request, response, auth, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('update', session)
    const input = await request.validateUsing(updateTrainingSessionValidator)
    await bouncer.with(TrainingSessionPolicy).authorize('update', session, input.coach_id)

    const updated = await updateTrainingSession(session.id, input, preconditionOf(request))
    sendVersion(response, updated)
    return response.success(await this.present(updated, bouncer, auth.user ?? null), {
      message: 'api.training_session_updated',
    })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('delete', session)
    await deleteTrainingSession(session.id)
    return response.success(null, { message: 'api.training_session_deleted' })
  }

  async open(ctx: HttpContext) {
    return this.transition(ctx, 'open')
  }

  async close(ctx: HttpContext) {
    return this.transition(ctx, 'close')
  }

  async start(ctx: HttpContext) {
    return this.transition(ctx, 'start')
  }

  async complete(ctx: HttpContext) {
    return this.transition(ctx, 'complete')
  }

  async cancel(ctx: HttpContext) {
    return this.transition(ctx, 'cancel')
  }

  private async transition(
    { params, request, response, auth, bouncer }: HttpContext,
    action: SessionAction
  ) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('update', session)
    const { reason } =
      action === 'cancel'
        ? await request.validateUsing(cancelTrainingSessionValidator)
        : { reason: undefined }
    const moved = await transitionTrainingSession(session.id, action, {
      reason,
      actorId: auth.user?.id ?? null,
    })
    return response.success(await this.present(moved, bouncer, auth.user ?? null), {
      message: MESSAGES[action],
    })
  }

  /**
   * The session with its relations, and the meeting details when allowed
   */
  private async present(
    session: TrainingSession,
    bouncer: HttpContext['bouncer'],
    viewer: User | null
  ) {
    const loaded = await withSummaries(
      TrainingSession.query().where('id', session.id)
    ).firstOrFail()
    const participating = await participatingSessionIds(viewer, [loaded.id])
    const withMeeting = await bouncer
      .with(TrainingSessionPolicy)
      .allows('viewMeeting', loaded, participating.has(loaded.id))
    return TrainingSessionTransformer.transform(loaded).useVariant(sessionVariant(withMeeting))
  }
}
