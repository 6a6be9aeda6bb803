import type { HttpContext } from '@adonisjs/core/http'
import { timezone } from '#config/app'
import type TrainingSession from '#models/training_session'
import type User from '#models/user'
import { adminOverview } from '#queries/dashboard/admin_overview'
import { coachDay } from '#queries/dashboard/coach_day'
import { parentHome } from '#queries/dashboard/parent_home'
import { groupByDay } from '#services/schedule_pages'
import { serialize } from '#services/serialize'
import { parentDashboardView } from '#transformers/dashboard_view'
import BookingTransformer from '#transformers/booking_transformer'
import { withAchievementLabels } from '#services/site_pages'

/**
 * The sessions' page views (TrainingSessionTransformer, local times), in order
 */
async function sessionViews(sessions: TrainingSession[], locale: string) {
  const days = await groupByDay(sessions, locale)
  return days.flatMap((day) => day.sessions)
}

/**
 * Where everyone lands after signing in: one dashboard per role, with the
 * club's real numbers (app/queries/dashboard). Sessions leave through
 * TrainingSessionTransformer (groupByDay), members and bookings through
 * theirs; times are formatted in the page in the club's time zone.
 */
export default class DashboardController {
  async show({ auth, view, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const data =
      user.role === 'admin'
        ? await this.admin(i18n.locale)
        : user.role === 'coach'
          ? await this.coach(user, i18n.locale)
          : await this.parent(user, i18n.locale)
    return view.render(`pages/dashboard/${user.role}`, { user, timezone, ...data })
  }

  private async parent(user: User, locale: string) {
    const { dashboard, next, nextExtras, pending } = await parentHome(user.id)
    const view = await serialize(parentDashboardView(dashboard))
    const nextBookings: { member_id: string }[] = await serialize(
      BookingTransformer.transform(next, nextExtras)
    )
    return {
      members: view.members,
      history: view.attendance.history.slice(0, 5),
      statistics: view.attendance.statistics,
      nextByMember: Object.fromEntries(nextBookings.map((booking) => [booking.member_id, booking])),
      pendingNames: pending.map((member) => member.name),
      achievements: withAchievementLabels(view.achievements, locale),
    }
  }

  private async coach(coach: User, locale: string) {
    const { today, tomorrow, waitlist, marked } = await coachDay(coach)
    return {
      today: await sessionViews(today, locale),
      tomorrow: await sessionViews(tomorrow, locale),
      waitlist: Object.fromEntries(waitlist),
      marked: Object.fromEntries(marked),
    }
  }

  private async admin(locale: string) {
    const overview = await adminOverview()
    const best = Math.max(1, ...overview.bookingsPerProgram.map((row) => row.bookings))
    return {
      ...overview,
      todaySessions: await sessionViews(overview.todaySessions, locale),
      waitlist: Object.fromEntries(overview.waitlist),
      marked: Object.fromEntries(overview.marked),
      mostBookings: best,
    }
  }
}
