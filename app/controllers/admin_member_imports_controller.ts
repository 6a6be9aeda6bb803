import type { HttpContext } from '@adonisjs/core/http'
import { importMembers } from '#actions/members/import_members'
import type { ImportOutcome } from '#actions/members/import_members'
import { parseMemberImport } from '#services/member_import_csv'
import { memberImportFormValidator } from '#validators/member_import'
import { stringify } from 'csv-stringify/sync'

/**
 * The columns members:import reads (commands/members_import.ts help)
 */
const IMPORT_COLUMNS = [
  'parent_name',
  'parent_email',
  'parent_phone',
  'member_name',
  'date_of_birth',
  'relationship',
  'school',
  'grade',
]

/**
 * members:import as an admin page: paste (or pick) the spreadsheet, see
 * per row what would be created, skipped or refused (a dry run that
 * writes nothing), then commit. The text travels in the preview's form,
 * so no instance keeps anything between the two steps.
 */
export default class AdminMemberImportsController {
  async create({ view, bouncer }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    return view.render('pages/admin/members/import', { step: 'form' })
  }

  /**
   * GET /admin/members/import/template.csv — the header row and one
   * example family, to fill in a spreadsheet
   */
  async template({ response, bouncer }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    const rows = [
      IMPORT_COLUMNS,
      [
        'Rina Wijaya',
        'rina@example.com',
        '0812 3456 7890',
        'Budi Wijaya',
        '2014-05-02',
        'child',
        'SD Negeri 1',
        '5',
      ],
    ]
    response.header('Content-Type', 'text/csv; charset=utf-8')
    response.header('Content-Disposition', 'attachment; filename="members-import.csv"')
    response.send(`\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`)
  }

  /**
   * POST /admin/members/import/preview — the dry run
   */
  async preview({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    const input = await request.validateUsing(memberImportFormValidator)
    const outcome = await this.run(input.csv, { dryRun: true, partial: input.partial }, i18n)
    return view.render('pages/admin/members/import', {
      step: 'preview',
      csv: input.csv,
      partial: Boolean(input.partial),
      ...outcome,
    })
  }

  /**
   * POST /admin/members/import — the same rows again, written (all or
   * nothing unless partial); rows created since the preview are skipped
   */
  async store({ request, view, bouncer, i18n }: HttpContext) {
    await bouncer.authorize('accessAdmin')
    const input = await request.validateUsing(memberImportFormValidator)
    const outcome = await this.run(input.csv, { partial: input.partial }, i18n)
    return view.render('pages/admin/members/import', {
      step: 'result',
      csv: input.csv,
      partial: Boolean(input.partial),
      ...outcome,
    })
  }

  private async run(
    csv: string,
    options: { dryRun?: boolean; partial?: boolean },
    i18n: HttpContext['i18n']
  ): Promise<{ outcome: ImportOutcome | null; unreadable: boolean }> {
    let rows
    try {
      rows = parseMemberImport(csv)
    } catch {
      return { outcome: null, unreadable: true }
    }
    const outcome = await importMembers(rows, {
      ...options,
      messagesProvider: i18n.createMessagesProvider(),
    })
    return { outcome, unreadable: false }
  }
}
