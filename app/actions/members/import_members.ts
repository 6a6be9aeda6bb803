import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { errors as vineErrors } from '@vinejs/vine'
import type { MessagesProviderContact } from '@vinejs/vine/types'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Member from '#models/member'
import User from '#models/user'
import { memberImportRowValidator } from '#validators/member_import'

export interface ImportRow {
  /**
   * The row's line in the file (its last one when a quoted cell spans lines)
   */
  line: number
  cells: Record<string, string>
}

export interface ImportRowReport {
  line: number
  member: string
  parentEmail: string
  outcome: 'created' | 'skipped' | 'refused'
  /**
   * created: whether the parent account is new; skipped and refused: why
   */
  parent?: 'created' | 'existing'
  reason?: string
  /**
   * skipped and refused: why, as a code a page translates
   */
  code?: 'invalid' | 'duplicate' | 'parent_not_member' | 'self_exists'
  /**
   * invalid: the cells refused, with the validator's messages
   */
  errors?: { field: string; message: string }[]
}

export interface ImportOptions {
  /**
   * Report what would happen, write nothing
   */
  dryRun?: boolean
  /**
   * Write the good rows even when some are refused (default: all or nothing)
   */
  partial?: boolean
  /**
   * Called after each row (a command's progress bar)
   */
  onProgress?: (done: number, total: number) => void
  /**
   * The language of the validator's messages (a page's request); English
   * without it
   */
  messagesProvider?: MessagesProviderContact
}

export interface ImportOutcome {
  rows: ImportRowReport[]
  created: number
  skipped: number
  refused: number
  /**
   * Whether anything was written
   */
  committed: boolean
}

/**
 * Empty cells are absent values
 */
function present(cells: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(cells)
      .map(([key, value]) => [key.trim().toLowerCase(), value.trim()])
      .filter(([, value]) => value !== '')
  )
}

async function importRow(
  trx: TransactionClientContract,
  row: ImportRow,
  options: ImportOptions
): Promise<ImportRowReport> {
  const base = {
    line: row.line,
    member: row.cells.member_name?.trim() ?? '',
    parentEmail: row.cells.parent_email?.trim() ?? '',
  }
  let input
  try {
    input = await memberImportRowValidator.validate(present(row.cells), {
      messagesProvider: options.messagesProvider,
    })
  } catch (error) {
    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      const messages = error.messages as { field: string; message: string }[]
      return {
        ...base,
        outcome: 'refused',
        reason: messages.map((message) => `${message.field}: ${message.message}`).join('; '),
        code: 'invalid',
        errors: messages.map(({ field, message }) => ({ field, message })),
      }
    }
    throw error
  }

  let parentOutcome: 'created' | 'existing' = 'existing'
  let parent = await User.query({ client: trx }).where('email', input.parent_email).first()
  if (parent && parent.role !== 'member') {
    return {
      ...base,
      outcome: 'refused',
      reason: `parent_email: a ${parent.role} account`,
      code: 'parent_not_member',
    }
  }
  if (!parent) {
    // No password anyone knows: the parent sets one through "forgot password"
    parent = await User.create(
      {
        name: input.parent_name,
        email: input.parent_email,
        password: randomBytes(24).toString('base64url'),
        role: 'member',
        status: 'active',
        phone: input.parent_phone ?? null,
        locale: 'id',
      },
      { client: trx }
    )
    parentOutcome = 'created'
  }

  // A duplicate: the same name and birth date anywhere (without a birth
  // date, the same name in this family)
  const duplicate = await Member.query({ client: trx })
    .whereRaw('lower(name) = lower(?)', [input.member_name])
    .if(
      input.date_of_birth,
      (query) => query.where('date_of_birth', input.date_of_birth!),
      (query) => query.where('account_id', parent.id)
    )
    .first()
  if (duplicate) {
    return {
      ...base,
      outcome: 'skipped',
      reason: 'duplicate: name and birth date',
      code: 'duplicate',
    }
  }

  const relationship = input.relationship ?? 'child'
  if (relationship === 'self') {
    const self = await Member.query({ client: trx })
      .where('account_id', parent.id)
      .where('relationship', 'self')
      .first()
    if (self) {
      return {
        ...base,
        outcome: 'refused',
        reason: 'relationship: the account has a self member',
        code: 'self_exists',
      }
    }
  }

  await Member.create(
    {
      accountId: parent.id,
      name: input.member_name,
      dateOfBirth: input.date_of_birth ? DateTime.fromISO(input.date_of_birth) : null,
      relationship,
      status: 'active',
      approvedAt: DateTime.now(),
      school: input.school ?? null,
      grade: input.grade ?? null,
    },
    { client: trx }
  )
  return { ...base, outcome: 'created', parent: parentOutcome }
}

/**
 * members:import: parents and their members from spreadsheet rows, in one
 * transaction. Each row is created, skipped as a duplicate (the parent is
 * found by email; a member by name and birth date) or refused with the
 * reason. One refused row writes nothing unless `partial`; a dry run
 * writes nothing at all. Run twice, the second run creates nothing.
 */
export async function importMembers(rows: ImportRow[], options: ImportOptions = {}) {
  const trx = await db.transaction()
  try {
    const reports: ImportRowReport[] = []
    for (const row of rows) {
      // Each row in a savepoint: a refused row leaves nothing of itself
      const savepoint = await trx.transaction()
      const report = await importRow(savepoint, row, options)
      if (report.outcome === 'created') {
        await savepoint.commit()
      } else {
        await savepoint.rollback()
      }
      reports.push(report)
      options.onProgress?.(reports.length, rows.length)
    }
    const count = (outcome: ImportRowReport['outcome']) =>
      reports.filter((report) => report.outcome === outcome).length
    const outcome = {
      rows: reports,
      created: count('created'),
      skipped: count('skipped'),
      refused: count('refused'),
      committed: false,
    }
    const keep = !options.dryRun && (outcome.refused === 0 || options.partial === true)
    if (keep) {
      await trx.commit()
      outcome.committed = true
    } else {
      await trx.rollback()
    }
    return outcome satisfies ImportOutcome
  } catch (error) {
    if (!trx.isCompleted) await trx.rollback()
    throw error
  }
}
