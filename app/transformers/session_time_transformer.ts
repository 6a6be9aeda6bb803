import type SessionTime from '#models/session_time'

/**
 * A named daily slot; times are "HH:mm" in the club's time zone
 */
export function serializeSessionTime(slot: SessionTime) {
  return {
    id: slot.id,
    label: slot.label,
    start_time: slot.startsAtLocal,
    end_time: slot.endsAtLocal,
    created_at: slot.createdAt.toUTC().toISO(),
    updated_at: slot.updatedAt.toUTC().toISO(),
  }
}

export function serializeSessionTimeSummary(slot: SessionTime) {
  return {
    id: slot.id,
    label: slot.label,
    start_time: slot.startsAtLocal,
    end_time: slot.endsAtLocal,
  }
}
