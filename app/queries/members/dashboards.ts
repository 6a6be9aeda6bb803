import { withSummaries } from '#queries/schedule/list_training_sessions'
import TrainingSession from '#models/training_session'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import Booking from '#models/booking'
import Member from '#models/member'
import MemberPackage from '#models/member_package'
import { listAccountMembers } from '#queries/members/list_members'
import { creditsFor } from '#queries/members/member_package_credits'
import {
  attendanceCounts,
  attendanceHistory,
  attendanceSummary,
} from '#queries/members/member_attendance'
import { bookingExtras, withBookingRelations } from '#queries/bookings/booking_details'
import type { MemberOverview } from '#transformers/member_transformer'
import { achievementsOfMembers } from '#queries/content/achievements'
import { activeChatCount } from '#queries/chat/list_chat_sessions'

/**
 * GET /me/dashboard (models and typed rows; app/transformers/dashboard_view.ts
 * presents them): each member with their quota (the active package
 * that ends soonest, plus the totals over all active ones), the upcoming
 * bookings, recent attendance and its statistics (seed 001's member
 * dashboard, for every member of the account).
 */
export async function parentDashboard(accountId: string) {
  const members = await listAccountMembers(accountId)
  const memberIds = members.map((member) => member.id)

  const packages = memberIds.length
    ? await MemberPackage.query()
        .whereIn('member_id', memberIds)
        .where('status', 'active')
        .preload('package')
        .preload('member')
        .orderBy('end_date', 'asc')
    : []
  const credits = await creditsFor(packages)

  const upcoming = memberIds.length
    ? await withBookingRelations(
        Booking.query()
          .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
          .whereIn('bookings.member_id', memberIds)
          .whereIn('bookings.status', ['confirmed', 'waitlisted'])
          .where('training_sessions.starts_at', '>', DateTime.now().toJSDate())
          .select('bookings.*')
          .orderBy('training_sessions.starts_at', 'asc')
          .limit(10)
      )
    : []

  const [{ history }, counts] = await Promise.all([
    attendanceHistory(memberIds, { limit: 10 }),
    attendanceCounts(memberIds),
  ])

  const overviews = new Map<string, MemberOverview>()
  for (const member of members) {
    const own = packages.filter((row) => row.memberId === member.id)
    const current = own.find((row) => (credits.get(row.id)?.remaining ?? 0) > 0) ?? own[0]
    overviews.set(member.id, {
      quota: current ?? null,
      credits,
      remainingSessions: own.reduce((sum, row) => sum + (credits.get(row.id)?.remaining ?? 0), 0),
      activePackages: own.length,
    })
  }

  return {
    members,
    overviews,
    upcoming,
    upcomingExtras: await bookingExtras(upcoming),
    history,
    statistics: attendanceSummary(counts),
    achievements: await achievementsOfMembers(memberIds),
  }
}

/**
 * GET /admin/dashboard (the pending members as models, with `account`):
 * what needs an admin today (seed 001's admin
 * dashboard): members waiting for approval, today's sessions (club time)
 * and the totals
 */
export async function adminDashboard() {
  const startOfDay = DateTime.now().setZone(timezone).startOf('day')
  const endOfDay = startOfDay.plus({ days: 1 })

  const memberCounts = await db
    .from('members')
    .groupBy('status')
    .select('status')
    .count('* as total')
  const byStatus: Record<string, number> = { pending: 0, active: 0, inactive: 0 }
  for (const row of memberCounts) byStatus[row.status] = Number(row.total)

  const count = async (query: ReturnType<typeof db.from>) => {
    const [row] = await query.count('* as total')
    return Number(row.total)
  }

  const [
    totalCoaches,
    totalPackages,
    activeMemberPackages,
    upcomingBookings,
    waitlisted,
    totalNews,
    totalAchievements,
  ] = await Promise.all([
    count(db.from('users').where('role', 'coach').where('status', 'active')),
    count(db.from('packages').where('status', 'active')),
    count(db.from('member_packages').where('status', 'active')),
    count(
      db
        .from('bookings')
        .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
        .where('bookings.status', 'confirmed')
        .where('training_sessions.starts_at', '>', DateTime.now().toJSDate())
    ),
    count(
      db
        .from('bookings')
        .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
        .where('bookings.status', 'waitlisted')
        .where('training_sessions.starts_at', '>', DateTime.now().toJSDate())
    ),
    count(db.from('news')),
    count(db.from('achievements')),
  ])

  const pending = await Member.query()
    .where('status', 'pending')
    .preload('account')
    .orderBy('created_at', 'asc')
    .limit(10)

  const today = await withSummaries(
    TrainingSession.query()
      .where('starts_at', '>=', startOfDay.toJSDate())
      .where('starts_at', '<', endOfDay.toJSDate())
      .whereNot('status', 'cancelled')
      .orderBy('starts_at', 'asc')
  )

  return {
    statistics: {
      pending_members: byStatus.pending,
      active_members: byStatus.active,
      inactive_members: byStatus.inactive,
      total_members: byStatus.pending + byStatus.active + byStatus.inactive,
      total_coaches: totalCoaches,
      total_packages: totalPackages,
      active_member_packages: activeMemberPackages,
      today_sessions: today.length,
      upcoming_bookings: upcomingBookings,
      waitlisted_bookings: waitlisted,
      total_news: totalNews,
      total_achievements: totalAchievements,
      active_chats: await activeChatCount(),
    },
    recent: {
      pending_members: pending,
    },
    today_sessions: today,
  }
}
