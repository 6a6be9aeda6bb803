import factory from '@adonisjs/lucid/factories'
import SessionTime from '#models/session_time'

/**
 * Named slots for tests: "Pagi" 07:00–09:00 unless merged otherwise
 */
export const SessionTimeFactory = factory
  .define(SessionTime, ({ faker }) => ({
    label: `Pagi ${faker.string.alphanumeric(6)}`,
    startTime: '07:00',
    endTime: '09:00',
  }))
  .build()
