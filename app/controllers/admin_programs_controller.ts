import type { HttpContext } from '@adonisjs/core/http'
import Program, { PROGRAM_LEVELS, PROGRAM_STATUSES } from '#models/program'
import ProgramPolicy from '#policies/program_policy'
import { createProgram, deleteProgram, updateProgram } from '#actions/programs/save_program'
import { listPrograms } from '#queries/schedule/list_programs'
import {
  createProgramValidator,
  listProgramsValidator,
  updateProgramValidator,
} from '#validators/program'
import { rupiah } from '#services/schedule_pages'
import ProgramTransformer from '#transformers/program_transformer'
import { serialize } from '#services/serialize'
import { formVersion, preconditionOf } from '#services/preconditions'

/**
 * Admin screens for the catalogue: every program, active or not
 */
export default class AdminProgramsController {
  async index({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.with(ProgramPolicy).authorize('manage')
    const [invalid, parsed] = await listProgramsValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = invalid ? {} : parsed
    const { programs, meta } = await listPrograms(filters, { includeInactive: true })
    const rows = await serialize<{ price_per_session: number }[]>(
      ProgramTransformer.transform(programs)
    )
    return view.render('pages/admin/programs/index', {
      filters,
      meta,
      levels: PROGRAM_LEVELS,
      statuses: PROGRAM_STATUSES,
      programs: rows.map((program) => ({
        ...program,
        price: rupiah(program.price_per_session),
      })),
    })
  }

  async create({ view, bouncer }: HttpContext) {
    await bouncer.with(ProgramPolicy).authorize('manage')
    return view.render('pages/admin/programs/form', {
      program: null,
      levels: PROGRAM_LEVELS,
      statuses: PROGRAM_STATUSES,
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, bouncer, session, i18n } = ctx
    await bouncer.with(ProgramPolicy).authorize('manage')
    const input = await request.validateUsing(createProgramValidator)
    const program = await createProgram(input)
    session.flash('success', i18n.t('schedule.flash.program_saved', { name: program.name }))
    return response.redirect().toRoute('admin.programs.index')
  }

  async edit({ params, view, bouncer }: HttpContext) {
    await bouncer.with(ProgramPolicy).authorize('manage')
    const program = await Program.findOrFail(params.id)
    return view.render('pages/admin/programs/form', {
      program: await serialize(ProgramTransformer.transform(program)),

      version: formVersion(program),
      levels: PROGRAM_LEVELS,
      statuses: PROGRAM_STATUSES,
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    await bouncer.with(ProgramPolicy).authorize('manage')
    const program = await Program.findOrFail(params.id)
    const input = await request.validateUsing(updateProgramValidator, {
      meta: { programId: program.id },
    })
    await updateProgram(program, input, preconditionOf(request))
    session.flash('success', i18n.t('schedule.flash.program_saved', { name: program.name }))
    return response.redirect().toRoute('admin.programs.index')
  }

  async destroy({ params, response, bouncer, session, i18n }: HttpContext) {
    await bouncer.with(ProgramPolicy).authorize('manage')
    const program = await Program.findOrFail(params.id)
    await deleteProgram(program)
    session.flash('success', i18n.t('schedule.flash.program_deleted', { name: program.name }))
    return response.redirect().toRoute('admin.programs.index')
  }
}
