import type { HttpContext } from '@adonisjs/core/http'
import Member from '#models/member'
import TrainingSession from '#models/training_session'
import BookingPolicy from '#policies/booking_policy'
import MemberPolicy from '#policies/member_policy'
import DomainError from '#exceptions/domain_error'
import { recordAttendance } from '#actions/attendance/record_attendance'
import { assertJoinable, joinSession } from '#actions/attendance/join_session'
import Booking from '#models/booking'
import { sessionPresences } from '#queries/bookings/session_presences'
import { listQueryValidator, validateListQuery } from '#services/pagination'
import vine from '@vinejs/vine'
import type { RecordedAttendance } from '#actions/attendance/record_attendance'
import { creditsFor } from '#queries/members/member_package_credits'
import MemberPackage from '#models/member_package'
import {
  attendanceCounts,
  attendanceHistory,
  attendanceSummary,
} from '#queries/members/member_attendance'
import MemberTransformer from '#transformers/member_transformer'
import AttendanceHistoryTransformer from '#transformers/attendance_history_transformer'
import AttendanceTransformer from '#transformers/attendance_transformer'
import BookingTransformer from '#transformers/booking_transformer'
import {
  memberAttendanceValidator,
  recordAttendanceValidator,
  recordBulkAttendanceValidator,
} from '#validators/attendance'

const joinValidator = vine.create(vine.object({ member_id: vine.string().uuid().optional() }))

/**
 * Attendance as the coach takes it, as participants join online, and as a
 * member's history
 */
export default class AttendanceController {
  /**
   * PUT /training-sessions/:id/attendance/:member_id
   */
  async upsert({ auth, params, request, response, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('takeAttendance', session)
    const input = await request.validateUsing(recordAttendanceValidator)
    const { records } = await recordAttendance({
      sessionId: session.id,
      entries: [{ member_id: params.member_id, ...input }],
      validator: auth.getUserOrFail(),
    })
    const [data] = await this.present(records)
    return response.success(data, { message: 'api.attendance_recorded' })
  }

  /**
   * PUT /training-sessions/:id/attendance — { attendances: [...] }
   */
  async bulk({ auth, params, request, response, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('takeAttendance', session)
    const input = await request.validateUsing(recordBulkAttendanceValidator)
    const { records } = await recordAttendance({
      sessionId: session.id,
      entries: input.attendances,
      validator: auth.getUserOrFail(),
    })
    return response.success(await this.present(records), {
      message: 'api.attendance_recorded',
    })
  }

  /**
   * GET /members/:id/attendance — the member's account, coaches, admins
   */
  async forMember({ params, request, response, bouncer }: HttpContext) {
    const member = await Member.find(params.id)
    if (!member || (await bouncer.with(MemberPolicy).denies('view', member))) {
      throw DomainError.notFound('member')
    }
    const filters = await validateListQuery(request, memberAttendanceValidator)
    const [{ history, meta }, counts] = await Promise.all([
      attendanceHistory([member.id], filters),
      attendanceCounts([member.id]),
    ])
    return response.success(
      {
        member: MemberTransformer.transform(member).useVariant('forSummary'),
        summary: attendanceSummary(counts),
        history: AttendanceHistoryTransformer.transform(history),
      },
      { meta }
    )
  }

  /**
   * GET /training-sessions/:id/presences — the audience, absent until they
   * join; for the session's coach, admins and its participants
   */
  async presences({ auth, params, request, response, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    const user = auth.getUserOrFail()
    const own = await this.ownBookings(user.id, session.id)
    await bouncer.with(BookingPolicy).authorize('presences', session, own)
    const filters = await validateListQuery(request, listQueryValidator)
    // the session's coach and admins see the audience; a participant their own members
    const seesEveryone = await bouncer.with(BookingPolicy).allows('roster', session)
    const { rows, extras, meta } = await sessionPresences(
      session,
      filters,
      seesEveryone ? undefined : user.id
    )
    return response.success(BookingTransformer.transform(rows, extras).useVariant('forPresence'), {
      meta,
    })
  }

  /**
   * POST /training-sessions/:id/join — records the participant's presence
   * and answers 302 to the meeting, from 15 minutes before the start to
   * the end. `member_id` picks the member when the account has several
   * booked.
   */
  async join({ auth, params, request, response, bouncer }: HttpContext) {
    const session = await TrainingSession.findOrFail(params.id)
    const { member_id: memberId } = await joinValidator.validate({
      member_id: request.input('member_id'),
    })
    const bookings = await this.ownBookings(auth.getUserOrFail().id, session.id)
    const own = bookings.filter((booking) => !memberId || booking.memberId === memberId)
    await bouncer.with(BookingPolicy).authorize('join', session, own)
    if (own.length === 0) {
      // an admin without a seat: the link, no presence to record
      assertJoinable(session)
      return response.redirect(session.meetingUrl!)
    }
    const { url } = await joinSession({ session, booking: own[0] })
    return response.redirect(url)
  }

  /**
   * The confirmed bookings the account's members hold in a session
   */
  private async ownBookings(accountId: string, sessionId: string) {
    return Booking.query()
      .where('training_session_id', sessionId)
      .where('status', 'confirmed')
      .whereHas('member', (member) => member.where('account_id', accountId))
      .orderBy('booked_at')
  }

  /**
   * Each record with the member's name and the credits left afterwards
   */
  private async present(records: RecordedAttendance[]) {
    const packageIds = [
      ...new Set(records.map((record) => record.booking.memberPackageId).filter(Boolean)),
    ] as string[]
    const credits = await creditsFor(
      packageIds.length ? await MemberPackage.query().whereIn('id', packageIds) : []
    )
    return records.map(({ attendance, booking, creditConsumed }) => {
      attendance.$setRelated('member', booking.member)
      return {
        attendance: AttendanceTransformer.transform(attendance),
        credit_consumed: creditConsumed,
        remaining_sessions: booking.memberPackageId
          ? (credits.get(booking.memberPackageId)?.remaining ?? null)
          : null,
      }
    })
  }
}
