import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import { listAccountMembers } from '#queries/members/list_members'
import { listMemberPackages } from '#queries/members/list_member_packages'
import MemberPackageTransformer from '#transformers/member_package_transformer'
import { serialize } from '#services/serialize'
import AttendanceHistoryTransformer from '#transformers/attendance_history_transformer'
import {
  attendanceCounts,
  attendanceHistory,
  attendanceSummary,
} from '#queries/members/member_attendance'

/**
 * A parent's packages and credits per child, and their attendance history
 */
export default class ParentPackagesController {
  async index({ auth, view, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const members = await listAccountMembers(user.id)
    const { rows, credits } = await listMemberPackages({ account_id: user.id, limit: 100 })
    const serialized = await serialize<
      { member_id: string; start_date: string; end_date: string }[]
    >(MemberPackageTransformer.transform(rows, credits))
    const day = (date: string) =>
      DateTime.fromISO(date, { zone: timezone })
        .setLocale(i18n.locale)
        .toLocaleString(DateTime.DATE_MED)
    const data = serialized.map((row) => ({
      ...row,
      from: day(row.start_date),
      to: day(row.end_date),
    }))
    const children = members.map((member) => ({
      id: member.id,
      name: member.name,
      status: member.status,
      packages: data.filter((row) => row.member_id === member.id),
    }))
    return view.render('pages/parent/packages', { children })
  }

  async attendance({ auth, request, view, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const members = await listAccountMembers(user.id)
    const ids = members.map((member) => member.id)
    const page = Math.max(1, Number.parseInt(String(request.input('page', 1)), 10) || 1)
    const { history, meta } = await attendanceHistory(ids, { page, limit: 25 })
    const counts = await attendanceCounts(ids)
    const entries = await serialize<Array<{ starts_at: string }>>(
      AttendanceHistoryTransformer.transform(history)
    )
    const rows = entries.map((row) => ({
      ...row,
      when: row.starts_at
        ? DateTime.fromISO(row.starts_at)
            .setZone(timezone)
            .setLocale(i18n.locale)
            .toFormat('ccc d LLL yyyy')
        : '',
    }))
    return view.render('pages/parent/attendance', {
      history: rows,
      meta,
      summary: attendanceSummary(counts),
    })
  }
}
