import type { HttpContext } from '@adonisjs/core/http'
import DomainError from '#exceptions/domain_error'
import { PROGRAM_LEVELS } from '#models/program'
import ProgramPolicy from '#policies/program_policy'
import { listProgramsValidator } from '#validators/program'
import { findProgram, listPrograms } from '#queries/schedule/list_programs'
import { groupByDay, rupiah, wantsLiveFragment } from '#services/schedule_pages'
import ProgramTransformer from '#transformers/program_transformer'
import { serialize } from '#services/serialize'

type ProgramJson = { price_per_session: number }

/**
 * The transformer's program(s) plus the page's formatted price (null
 * when free)
 */
function withPrice<T extends ProgramJson | ProgramJson[]>(json: T): any {
  if (Array.isArray(json)) return json.map((row) => withPrice(row))
  return { ...json, price: json.price_per_session > 0 ? rupiah(json.price_per_session) : null }
}

/**
 * The public catalogue: programs with search and filters, and a program's
 * page with its upcoming sessions and seats left (kept live by
 * resources/js/live_schedule.js)
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
      programs: withPrice(await serialize(ProgramTransformer.transform(programs))),
    })
  }

  async show(ctx: HttpContext) {
    const { params, view, bouncer, i18n } = ctx
    const includeInactive = await bouncer.with(ProgramPolicy).allows('viewInactive')
    const found = await findProgram(params.id, { includeInactive })
    if (!found) {
      throw DomainError.notFound('program')
    }

    const days = await groupByDay(found.upcoming, i18n.locale)
    if (wantsLiveFragment(ctx)) {
      return view.render('pages/programs/sessions_fragment', { days })
    }

    const { program } = found
    return view.render('pages/programs/show', {
      days,
      program: withPrice(await serialize(ProgramTransformer.transform(program))),
    })
  }
}
