import type { parentDashboard } from '#queries/members/dashboards'
import MemberTransformer from '#transformers/member_transformer'
import BookingTransformer from '#transformers/booking_transformer'
import AttendanceHistoryTransformer from '#transformers/attendance_history_transformer'
import AchievementTransformer from '#transformers/achievement_transformer'

/**
 * A parent's dashboard as GET /api/v1/me/dashboard answers it and the
 * parent pages render it (through `serialize`): the members in their
 * `forOverview` variant, the upcoming bookings, the attendance
 */
export function parentDashboardView(data: Awaited<ReturnType<typeof parentDashboard>>) {
  return {
    members: MemberTransformer.transform(data.members, data.overviews).useVariant('forOverview'),
    upcoming_bookings: BookingTransformer.transform(data.upcoming, data.upcomingExtras),
    attendance: {
      history: AttendanceHistoryTransformer.transform(data.history),
      statistics: data.statistics,
    },
    achievements: AchievementTransformer.transform(data.achievements),
  }
}
