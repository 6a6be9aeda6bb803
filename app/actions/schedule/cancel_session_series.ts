import { DateTime } from 'luxon'
import { transaction } from '#services/transaction'
import SessionSeries from '#models/session_series'
import { futureOccurrences } from '#actions/schedule/create_session_series'
import { seriesNotEditable } from '#actions/schedule/update_session_series'
import {
  announceTransition,
  applyTransition,
  type AppliedTransition,
  type TransitionOptions,
} from '#actions/schedule/transition_training_session'

/**
 * POST /training-sessions/series/:id/cancel: the series stops, and so do
 * its future occurrences (cancelled, one transaction). What already
 * happened or is happening stays.
 */
export async function cancelSessionSeries(seriesId: string, options: TransitionOptions = {}) {
  const { series, cancelled } = await transaction(async (trx) => {
    const current = await SessionSeries.query({ client: trx })
      .where('id', seriesId)
      .forUpdate()
      .firstOrFail()
    if (current.status === 'cancelled') {
      throw seriesNotEditable(current)
    }
    current.merge({ status: 'cancelled', cancelledAt: DateTime.now() })
    await current.useTransaction(trx).save()

    const done: AppliedTransition[] = []
    for (const occurrence of await futureOccurrences(current, trx)) {
      done.push(await applyTransition(trx, occurrence, 'cancel', options))
    }
    return { series: current, cancelled: done }
  })

  for (const applied of cancelled) {
    await announceTransition(applied)
  }
  return { series, cancelled: cancelled.map(({ session }) => session) }
}
