import vine from '@vinejs/vine'
import { DateTime } from 'luxon'

const name = () => vine.string().trim().minLength(2).maxLength(120)

/**
 * One row of members:import: a member and the parent account that holds
 * them (parent_email finds or makes the account). Empty cells count as
 * absent.
 */
export const memberImportRowValidator = vine.create(
  vine.object({
    parent_name: name(),
    parent_email: vine.string().trim().toLowerCase().email().maxLength(254),
    parent_phone: vine
      .string()
      .trim()
      .maxLength(32)
      .regex(/^\+?[0-9][0-9 ()-]{5,30}$/)
      .optional(),
    member_name: name(),
    date_of_birth: vine
      .date({ formats: ['YYYY-MM-DD'] })
      .beforeOrEqual('today')
      .afterOrEqual('1900-01-01')
      .transform((value) => DateTime.fromJSDate(value).toISODate()!)
      .optional(),
    relationship: vine.enum(['self', 'child'] as const).optional(),
    school: vine.string().trim().maxLength(160).optional(),
    grade: vine.string().trim().maxLength(40).optional(),
  })
)

/**
 * The admin's import page: the spreadsheet as text (pasted, or read from a
 * file by the page's script), and whether good rows are written when
 * others are refused
 */
export const memberImportFormValidator = vine.create(
  vine.object({
    csv: vine.string().trim().minLength(1).maxLength(1_000_000),
    partial: vine.boolean().optional(),
  })
)
