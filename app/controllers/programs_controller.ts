import type { HttpContext } from '@adonisjs/core/http'
import DomainError from '#exceptions/domain_error'
import { PROGRAM_LEVELS } from '#models/program'
import ProgramPolicy from '#policies/program_policy'
import { listProgramsValidator } from '#validators/program'
import { findProgram, listPrograms } from '#queries/schedule/list_programs'
import { groupByDay, rupiah, wantsLiveFragment } from '#services/schedule_pages'

/**
 * The public catalogue: programs with search and filters, and a program's
 * page with its upcoming sessions and seats left (kept live by
 * public/js/live_schedule.js)
 */
export default class ProgramsController {
  async index({ request, view, i18n }: HttpContext) {
    const [invalid, parsed] = await listProgramsValidator.tryValidate(request.qs(), {
      messagesProvider: i18n.createMessagesProvider(),
    })
    const filters = { ...(invalid ? {} : parsed), status: undefined }
    const { programs, meta } = await listPrograms(
      { ...filters, limit: filters.limit ?? 12 },
      { includeInactive: false }
    )

    return view.render('pages/programs/index', {
      invalidFilters: Boolean(invalid),
      filters,
      levels: PROGRAM_LEVELS,
      meta,
      programs: programs.map((program) => ({
        id: program.id,
        name: program.name,
        code: program.code,
        category: program.category,
        level: program.level,
        description: program.description,
        price: program.pricePerSession > 0 ? rupiah(program.pricePerSession) : null,
      })),
    })
  }

  async show(ctx: HttpContext) {
    const { params, view, bouncer, i18n } = ctx
    const includeInactive = await bouncer.with(ProgramPolicy).allows('viewInactive')
    const found = await findProgram(params.id, { includeInactive })
    if (!found) {
      throw DomainError.notFound('program')
    }

    const days = groupByDay(found.upcoming, i18n.locale)
    if (wantsLiveFragment(ctx)) {
      return view.render('pages/programs/sessions_fragment', { days })
    }

    const { program } = found
    return view.render('pages/programs/show', {
      days,
      program: {
        id: program.id,
        name: program.name,
        code: program.code,
        description: program.description,
        category: program.category,
        level: program.level,
        status: program.status,
        sessionMinutes: program.sessionMinutes,
        durationHours: program.durationHours,
        maxStudents: program.maxStudents,
        imageUrl: program.imageUrl,
        price: program.pricePerSession > 0 ? rupiah(program.pricePerSession) : null,
      },
    })
  }
}
