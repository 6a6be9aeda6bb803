import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { I18n } from '@adonisjs/i18n'
import { timezone } from '#config/app'
import { csvStream } from '#services/csv'

export interface MembersReportInput {
  status?: 'pending' | 'active' | 'inactive' | 'rejected'
}

export interface MemberRow {
  id: string
  name: string
  status: 'pending' | 'active' | 'inactive' | 'rejected'
  relationship: 'self' | 'child'
  date_of_birth: string | null
  school: string | null
  grade: string | null
  phone: string | null
  account_name: string | null
  account_email: string | null
  account_phone: string | null
  created_at: Date
}

/**
 * Every member (erased ones left out), by name, read in keyset batches so
 * a large club streams without holding it in memory
 */
export async function* memberRows(
  input: MembersReportInput,
  batchSize = 500
): AsyncGenerator<MemberRow> {
  let after: { name: string; id: string } | null = null
  for (;;) {
    const query = db
      .from('members as m')
      .leftJoin('users as u', 'u.id', 'm.account_id')
      .whereNull('m.erased_at')
      .if(input.status, (q) => q.where('m.status', input.status!))
      .if(after, (q) =>
        q.whereRaw('(m.name, m.id) > (?, CAST(? AS uuid))', [after!.name, after!.id])
      )
      .select(
        'm.id',
        'm.name',
        'm.status',
        'm.relationship',
        db.raw(`to_char(m.date_of_birth, 'YYYY-MM-DD') as date_of_birth`),
        'm.school',
        'm.grade',
        'm.phone',
        'u.name as account_name',
        'u.email as account_email',
        'u.phone as account_phone',
        'm.created_at'
      )
      .orderBy('m.name')
      .orderBy('m.id')
      .limit(batchSize)
    const rows = (await query) as MemberRow[]
    yield* rows
    if (rows.length < batchSize) return
    after = { name: rows[rows.length - 1].name, id: rows[rows.length - 1].id }
  }
}

/**
 * The members as a CSV stream, headers and values in the reader's language
 */
export function membersReport(input: MembersReportInput, i18n: I18n) {
  const header = (key: string) => i18n.t(`reports.members.columns.${key}`)
  return csvStream(memberRows(input), [
    { header: header('name'), value: (row) => row.name },
    { header: header('status'), value: (row) => i18n.t(`reports.members.status.${row.status}`) },
    {
      header: header('relationship'),
      value: (row) => i18n.t(`reports.members.relationship.${row.relationship}`),
    },
    { header: header('date_of_birth'), value: (row) => row.date_of_birth },
    { header: header('school'), value: (row) => row.school },
    { header: header('grade'), value: (row) => row.grade },
    { header: header('phone'), value: (row) => row.phone },
    { header: header('account_name'), value: (row) => row.account_name },
    { header: header('account_email'), value: (row) => row.account_email },
    { header: header('account_phone'), value: (row) => row.account_phone },
    {
      header: header('joined'),
      value: (row) => DateTime.fromJSDate(row.created_at).setZone(timezone).toISODate(),
    },
  ])
}

export function membersFileName(input: MembersReportInput, today = DateTime.now()) {
  const status = input.status ? `-${input.status}` : ''
  return `members${status}-${today.setZone(timezone).toISODate()}.csv`
}
