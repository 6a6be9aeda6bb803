import { readFile } from 'node:fs/promises'
import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Imports parents and their members from a spreadsheet (CSV, UTF-8 with or
 * without a byte order mark), one member per row
 */
export default class MembersImport extends BaseCommand {
  static commandName = 'members:import'
  static description = 'Import parents and their members from a CSV file (per-row report)'
  static help = [
    'Columns (a header row, in any order): parent_name, parent_email, parent_phone,',
    'member_name, date_of_birth (YYYY-MM-DD), relationship (child or self), school, grade.',
    'One row per member; rows with the same parent_email share one parent account.',
    '',
    '  {{ binaryName }} members:import members.csv --dry-run',
    '  {{ binaryName }} members:import members.csv',
    '',
    'A parent who exists (same email) is reused; a member with the same name and birth date',
    'is skipped, so a second run creates nothing. One refused row writes nothing unless',
    '--partial. New parents get no usable password: they use "forgot password".',
  ]

  static options: CommandOptions = {
    startApp: true,
  }

  @args.string({ description: 'The CSV file' })
  declare file: string

  @flags.boolean({ flagName: 'dry-run', description: 'Report what would happen, write nothing' })
  declare dryRun?: boolean

  @flags.boolean({ description: 'Write the good rows even when some are refused' })
  declare partial?: boolean

  async run() {
    const { importMembers } = await import('#actions/members/import_members')

    const { parseMemberImport } = await import('#services/member_import_csv')

    let records: Awaited<ReturnType<typeof parseMemberImport>>
    try {
      records = parseMemberImport(await readFile(this.file))
    } catch (error) {
      this.logger.error(`Cannot read ${this.file}: ${(error as Error).message}`)
      this.exitCode = 1
      return
    }

    const outcome = await importMembers(records, {
      dryRun: this.dryRun,
      partial: this.partial,
      onProgress: (done, total) => {
        const width = 30
        const filled = Math.round((done / total) * width)
        this.logger.logUpdate(
          `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rows`
        )
      },
    })
    if (records.length) this.logger.logUpdatePersist()

    const table = this.ui.table().head(['Line', 'Member', 'Parent', 'Result'])
    for (const row of outcome.rows) {
      const result =
        row.outcome === 'created'
          ? `created${row.parent === 'created' ? ' (new parent)' : ''}`
          : `${row.outcome}: ${row.reason}`
      table.row([String(row.line), row.member, row.parentEmail, result])
    }
    if (outcome.rows.length) table.render()

    const summary = `${outcome.created} created, ${outcome.skipped} skipped, ${outcome.refused} refused`
    if (this.dryRun) {
      this.logger.info(`Dry run: ${summary}; nothing written`)
    } else if (outcome.committed) {
      this.logger.success(`Imported: ${summary}`)
    } else {
      this.logger.error(`Nothing written: ${summary}. Fix the refused rows or use --partial`)
      this.exitCode = 1
    }
  }
}
