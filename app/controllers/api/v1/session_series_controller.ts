import type { HttpContext } from '@adonisjs/core/http'
import SessionSeries from '#models/session_series'
import TrainingSession from '#models/training_session'
import TrainingSessionPolicy from '#policies/training_session_policy'
import { createSessionSeries } from '#actions/schedule/create_session_series'
import { updateSessionSeries } from '#actions/schedule/update_session_series'
import { cancelSessionSeries } from '#actions/schedule/cancel_session_series'
import SessionSeriesTransformer from '#transformers/session_series_transformer'
import TrainingSessionTransformer from '#transformers/training_session_transformer'
import { loadSummaries } from '#queries/schedule/list_training_sessions'
import {
  cancelSessionSeriesValidator,
  createSessionSeriesValidator,
  updateSessionSeriesValidator,
} from '#validators/session_series'
import { resolveCoachId } from '#actions/schedule/schedule_rules'
import { preconditionOf, sendVersion } from '#services/preconditions'

/**
 * /api/v1/training-sessions/series — recurring batches. Edits and
 * cancellations reach future occurrences only.
 */
export default class SessionSeriesController {
  async show({ params, response, bouncer }: HttpContext) {
    const series = await SessionSeries.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series)
    const counts = await TrainingSession.query()
      .where('series_id', series.id)
      .select('status')
      .count('* as total')
      .groupBy('status')
    sendVersion(response, series)
    const occurrences = Object.fromEntries(
      counts.map((row) => [row.status, Number(row.$extras.total)])
    )
    return response.success(
      SessionSeriesTransformer.transform(series, occurrences).useVariant('forDetail')
    )
  }

  async store({ request, response, auth, bouncer }: HttpContext) {
    const user = auth.getUserOrFail()
    await bouncer.with(TrainingSessionPolicy).authorize('create')
    const input = await request.validateUsing(createSessionSeriesValidator)
    const coachId = resolveCoachId(user, input.coach_id)
    await bouncer.with(TrainingSessionPolicy).authorize('create', coachId)

    const { series, created, skipped } = await createSessionSeries({
      ...input,
      coach_id: coachId,
      created_by: user.id,
    })
    return response.success(
      {
        series: SessionSeriesTransformer.transform(series).useVariant('forInsider'),
        created: TrainingSessionTransformer.transform(await loadSummaries(created)).useVariant(
          'forInsider'
        ),
        skipped,
      },
      {
        status: 201,
        message: 'api.series_created',
        params: { created: created.length, skipped: skipped.length },
      }
    )
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    const series = await SessionSeries.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series)
    const input = await request.validateUsing(updateSessionSeriesValidator)
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series, input.coach_id)

    const outcome = await updateSessionSeries(series.id, input, preconditionOf(request))
    sendVersion(response, outcome.series)
    return response.success(
      {
        series: SessionSeriesTransformer.transform(outcome.series).useVariant('forInsider'),
        updated: TrainingSessionTransformer.transform(
          await loadSummaries(outcome.updated)
        ).useVariant('forInsider'),
      },
      { message: 'api.series_updated', params: { count: outcome.updated.length } }
    )
  }

  async cancel({ params, request, response, auth, bouncer }: HttpContext) {
    const series = await SessionSeries.findOrFail(params.id)
    await bouncer.with(TrainingSessionPolicy).authorize('manageSeries', series)
    const { reason } = await request.validateUsing(cancelSessionSeriesValidator)

    const outcome = await cancelSessionSeries(series.id, { reason, actorId: auth.user?.id ?? null })
    return response.success(
      {
        series: SessionSeriesTransformer.transform(outcome.series).useVariant('forInsider'),
        cancelled: TrainingSessionTransformer.transform(
          await loadSummaries(outcome.cancelled)
        ).useVariant('forInsider'),
      },
      { message: 'api.series_cancelled', params: { count: outcome.cancelled.length } }
    )
  }
}
