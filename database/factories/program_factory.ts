import factory from '@adonisjs/lucid/factories'
import Program from '#models/program'

/**
 * Programs for tests: active, beginner, with a unique code
 */
export const ProgramFactory = factory
  .define(Program, ({ faker }) => ({
    name: `${faker.music.genre()} ${faker.string.alpha(5)}`,
    code: `PRG-${faker.string.alphanumeric(8).toUpperCase()}`,
    description: faker.lorem.sentence(),
    category: 'Archery',
    level: 'beginner' as const,
    sessionMinutes: 90,
    durationHours: 12,
    pricePerSession: 75_000,
    maxStudents: 12,
    imageUrl: null,
    status: 'active' as const,
  }))
  .state('inactive', (program) => {
    program.status = 'inactive'
  })
  .build()
