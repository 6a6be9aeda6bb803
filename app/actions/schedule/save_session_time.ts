import { transaction } from '#services/transaction'
import SessionTime from '#models/session_time'
import DomainError from '#exceptions/domain_error'
import { lockCurrent, type Precondition } from '#services/preconditions'

export interface SessionTimeInput {
  label: string
  start_time: string
  end_time: string
}

function duplicateLabel(error: unknown) {
  const pgError = error as { code?: string; constraint?: string }
  if (pgError.code === '23505' && pgError.constraint === 'session_times_label_unique') {
    return DomainError.invalid('label', 'taken')
  }
  return error
}

function assertOrder(startTime: string, endTime: string) {
  if (endTime.slice(0, 5) <= startTime.slice(0, 5)) {
    throw DomainError.invalid('end_time', 'end_after_start')
  }
}

/**
 * A named daily slot; sessions already made from it keep their times
 */
export async function createSessionTime(input: SessionTimeInput) {
  assertOrder(input.start_time, input.end_time)
  try {
    return await SessionTime.create({
      label: input.label,
      startTime: input.start_time,
      endTime: input.end_time,
    })
  } catch (error) {
    throw duplicateLabel(error)
  }
}

export async function updateSessionTime(
  slot: SessionTime,
  input: Partial<SessionTimeInput>,
  expected?: Precondition
) {
  const startTime = input.start_time ?? slot.startTime
  const endTime = input.end_time ?? slot.endTime
  assertOrder(startTime, endTime)
  try {
    await transaction(async (trx) => {
      await lockCurrent(slot, expected, trx)
      await slot
        .merge({
          ...(input.label !== undefined && { label: input.label }),
          startTime,
          endTime,
        })
        .save()
    })
    return slot
  } catch (error) {
    throw duplicateLabel(error)
  }
}

/**
 * Sessions made from the slot keep their times; they only forget the slot
 */
export async function deleteSessionTime(slot: SessionTime) {
  await slot.delete()
}
