import { transaction } from '#services/transaction'
import Program from '#models/program'
import type { ProgramLevel, ProgramStatus } from '#models/program'
import DomainError from '#exceptions/domain_error'
import { isStillReferenced } from '#actions/schedule/schedule_rules'
import { lockCurrent, type Precondition } from '#services/preconditions'

export interface ProgramInput {
  name: string
  code: string
  description?: string | null
  category?: string | null
  level?: ProgramLevel
  session_minutes?: number | null
  duration_hours?: number | null
  price_per_session?: number
  max_students?: number | null
  image_url?: string | null
  status?: ProgramStatus
}

function attributes(input: Partial<ProgramInput>) {
  return {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.code !== undefined && { code: input.code }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.category !== undefined && { category: input.category }),
    ...(input.level !== undefined && { level: input.level }),
    ...(input.session_minutes !== undefined && { sessionMinutes: input.session_minutes }),
    ...(input.duration_hours !== undefined && { durationHours: input.duration_hours }),
    ...(input.price_per_session !== undefined && { pricePerSession: input.price_per_session }),
    ...(input.max_students !== undefined && { maxStudents: input.max_students }),
    ...(input.image_url !== undefined && { imageUrl: input.image_url }),
    ...(input.status !== undefined && { status: input.status }),
  }
}

/**
 * 422 on a duplicate code that slipped past the validator (two admins at
 * once): the unique index decides
 */
function duplicateCode(error: unknown) {
  const pgError = error as { code?: string; constraint?: string }
  if (pgError.code === '23505' && pgError.constraint === 'programs_code_unique') {
    return DomainError.invalid('code', 'taken')
  }
  return error
}

/**
 * POST /programs (admin)
 */
export async function createProgram(input: ProgramInput) {
  try {
    const program = await Program.create({
      description: null,
      category: null,
      level: 'beginner',
      sessionMinutes: null,
      durationHours: null,
      pricePerSession: 0,
      maxStudents: null,
      imageUrl: null,
      status: 'active',
      ...attributes(input),
    })
    return program
  } catch (error) {
    throw duplicateCode(error)
  }
}

/**
 * PUT /programs/:id (admin); a stale `expected` version is a 409
 */
export async function updateProgram(
  program: Program,
  input: Partial<ProgramInput>,
  expected?: Precondition
) {
  try {
    await transaction(async (trx) => {
      await lockCurrent(program, expected, trx)
      await program.merge(attributes(input)).save()
    })
    return program
  } catch (error) {
    throw duplicateCode(error)
  }
}

/**
 * DELETE /programs/:id (admin): a program that sessions were held under
 * stays (history); make it inactive instead
 */
export async function deleteProgram(program: Program) {
  try {
    await transaction((trx) => program.useTransaction(trx).delete())
  } catch (error) {
    if (isStillReferenced(error)) {
      throw new DomainError('PROGRAM_IN_USE')
    }
    throw error
  }
}
