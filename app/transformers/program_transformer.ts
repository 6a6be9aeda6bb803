import type Program from '#models/program'

/**
 * The JSON shapes of a program
 */
export function serializeProgram(program: Program) {
  return {
    id: program.id,
    name: program.name,
    code: program.code,
    description: program.description,
    category: program.category,
    level: program.level,
    session_minutes: program.sessionMinutes,
    duration_hours: program.durationHours,
    price_per_session: program.pricePerSession,
    max_students: program.maxStudents,
    image_url: program.imageUrl,
    status: program.status,
    created_at: program.createdAt.toUTC().toISO(),
    updated_at: program.updatedAt.toUTC().toISO(),
  }
}

/**
 * What a session or a list row says about its program
 */
export function serializeProgramSummary(program: Program) {
  return {
    id: program.id,
    name: program.name,
    code: program.code,
    level: program.level,
    category: program.category,
  }
}
