import type { HttpContext } from '@adonisjs/core/http'
import Program from '#models/program'
import ProgramPolicy from '#policies/program_policy'
import { createProgram, deleteProgram, updateProgram } from '#actions/programs/save_program'
import { findProgram, listPrograms, programStats } from '#queries/schedule/list_programs'
import ProgramTransformer from '#transformers/program_transformer'
import {
  createProgramValidator,
  listProgramsValidator,
  updateProgramValidator,
} from '#validators/program'
import DomainError from '#exceptions/domain_error'
import { validateListQuery } from '#services/pagination'
import { preconditionOf, sendVersion } from '#services/preconditions'

/**
 * /api/v1/programs — the public catalogue; admins manage it
 */
export default class ProgramsController {
  async index({ request, response, bouncer }: HttpContext) {
    const filters = await validateListQuery(request, listProgramsValidator)
    const includeInactive = await bouncer.with(ProgramPolicy).allows('viewInactive')
    const { programs, meta } = await listPrograms(filters, { includeInactive })
    return response.success(ProgramTransformer.transform(programs), { meta })
  }

  async show({ params, response, bouncer }: HttpContext) {
    const includeInactive = await bouncer.with(ProgramPolicy).allows('viewInactive')
    const found = await findProgram(params.id, { includeInactive })
    if (!found) {
      throw DomainError.notFound('program')
    }
    sendVersion(response, found.program)
    return response.success(
      ProgramTransformer.transform(found.program, found.upcoming).useVariant('forDetail')
    )
  }

  async stats({ response, bouncer }: HttpContext) {
    await bouncer.with(ProgramPolicy).authorize('viewStats')
    return response.success(await programStats())
  }

  async store({ request, response, bouncer }: HttpContext) {
    await bouncer.with(ProgramPolicy).authorize('manage')
    const input = await request.validateUsing(createProgramValidator)
    const program = await createProgram(input)
    return response.success(ProgramTransformer.transform(program), {
      status: 201,
      message: 'api.program_created',
    })
  }

  async update({ params, request, response, bouncer }: HttpContext) {
    await bouncer.with(ProgramPolicy).authorize('manage')
    const program = await Program.findOrFail(params.id)
    const input = await request.validateUsing(updateProgramValidator, {
      meta: { programId: program.id },
    })
    await updateProgram(program, input, preconditionOf(request))
    sendVersion(response, program)
    return response.success(ProgramTransformer.transform(program), {
      message: 'api.program_updated',
    })
  }

  async destroy({ params, response, bouncer }: HttpContext) {
    await bouncer.with(ProgramPolicy).authorize('manage')
    const program = await Program.findOrFail(params.id)
    await deleteProgram(program)
    return response.success(null, { message: 'api.program_deleted' })
  }
}
