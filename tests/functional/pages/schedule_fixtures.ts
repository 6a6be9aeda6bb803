import type User from '#models/user'
import type TrainingSession from '#models/training_session'
import {
  createCoach,
  createProgram,
  createRoom,
  createSession,
  createSlot,
  localDate,
  short,
} from '#tests/fixtures'

/**
 * The schedule page specs' names for the shared builders in
 * tests/fixtures.ts
 */

export { localDate, short }

export const makeCoach = createCoach
export const makeProgram = createProgram
export const makeRoom = createRoom
export const makeSlot = createSlot

/**
 * A session of `coach` on a local date (default tomorrow) and time
 * (default 10:00), one hour long by default
 */
export function makeSession(
  coach: User,
  merge: Partial<TrainingSession> & { date?: string; time?: string; minutes?: number } = {}
) {
  return createSession({ coach, ...merge })
}

/**
 * The flashed field errors of a redirect
 */
export function flashedErrors(flash: Record<string, any>): Record<string, string[]> {
  return flash.inputErrorsBag ?? {}
}
