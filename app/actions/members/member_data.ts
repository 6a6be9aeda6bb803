import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Member from '#models/member'
import type User from '#models/user'
import DomainError from '#exceptions/domain_error'
import { transaction } from '#services/transaction'
import {
  announceCancellation,
  cancelUpcomingBookingsIn,
  type CancelOutcome,
} from '#actions/bookings/cancel_booking'

/**
 * The name an erased member is shown with
 */
export const ERASED_NAME = '—'

const instant = (value: unknown) =>
  value instanceof Date ? value.toISOString() : DateTime.isDateTime(value) ? value.toISO() : value

function plainRows(rows: Record<string, unknown>[]) {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, instant(value)]))
  )
}

/**
 * Everything the club holds about one member, as plain JSON (UU PDP and
 * GDPR access right): the member record, their bookings with the sessions,
 * attendance with the coach's notes and feedback, packages and credits,
 * invitations, and the notifications their parent received about them.
 */
export async function exportMemberData(memberId: string) {
  const member = await Member.findOrFail(memberId)
  const [bookings, attendances, packages, invitations, notifications] = await Promise.all([
    db
      .from('bookings')
      .join('training_sessions', 'training_sessions.id', 'bookings.training_session_id')
      .where('bookings.member_id', member.id)
      .orderBy('training_sessions.starts_at')
      .select(
        'bookings.id',
        'bookings.status',
        'bookings.notes',
        'bookings.booked_at',
        'bookings.cancelled_at',
        'bookings.cancellation_reason',
        'training_sessions.id as training_session_id',
        'training_sessions.title as session_title',
        'training_sessions.starts_at',
        'training_sessions.ends_at'
      ),
    db
      .from('attendances')
      .where('member_id', member.id)
      .orderBy('created_at')
      .select(
        'id',
        'training_session_id',
        'status',
        'notes',
        'feedback',
        'joined_at',
        'created_at'
      ),
    db
      .from('member_packages')
      .join('packages', 'packages.id', 'member_packages.package_id')
      .where('member_packages.member_id', member.id)
      .orderBy('member_packages.start_date')
      .select(
        'member_packages.id',
        'packages.name as package_name',
        'member_packages.status',
        'member_packages.start_date',
        'member_packages.end_date',
        'member_packages.total_sessions',
        'member_packages.used_sessions'
      ),
    db
      .from('session_invitations')
      .where('member_id', member.id)
      .select('training_session_id', 'created_at'),
    db
      .from('notifications')
      .whereRaw(`data->>'member_id' = ?`, [member.id])
      .orderBy('created_at')
      .select('id', 'type', 'params', 'read_at', 'created_at'),
  ])
  return {
    exported_at: DateTime.now().toUTC().toISO()!,
    member: {
      id: member.id,
      name: member.name,
      relationship: member.relationship,
      status: member.status,
      date_of_birth: member.dateOfBirth?.toISODate() ?? null,
      school: member.school,
      grade: member.grade,
      phone: member.phone,
      notes: member.notes,
      guardian_name: member.guardianName,
      guardian_phone: member.guardianPhone,
      approved_at: member.approvedAt?.toUTC().toISO() ?? null,
      erased_at: member.erasedAt?.toUTC().toISO() ?? null,
      created_at: member.createdAt.toUTC().toISO()!,
    },
    bookings: plainRows(bookings),
    attendances: plainRows(attendances),
    packages: plainRows(packages),
    invitations: plainRows(invitations),
    notifications: plainRows(notifications),
  }
}

/**
 * Erases a member's personal data on request (UU PDP, GDPR), in one
 * transaction: upcoming bookings are cancelled (seats and credits go back,
 * waitlists move up), invitations go, and the record is anonymised — name,
 * birth date, school, contact, notes, the coach's notes and feedback, the
 * parent's notifications about them — while the rows stay, so the club's
 * counts and history hold. When and by whom is kept as the record of the
 * erasure. The audit trail keeps its entries (it is append-only).
 */
export async function eraseMember(memberId: string, actor: User) {
  const cancelled: CancelOutcome[] = []
  const erased = await transaction(async (trx) => {
    cancelled.length = 0
    const member = await Member.query({ client: trx }).where('id', memberId).forUpdate().first()
    if (!member) {
      throw DomainError.notFound('member')
    }
    if (member.erasedAt) {
      throw new DomainError('INVALID_STATE_TRANSITION', {
        data: { from: 'erased', action: 'erase' },
      })
    }
    cancelled.push(...(await cancelUpcomingBookingsIn(trx, member.id, actor)))

    member.useTransaction(trx)
    member.merge({
      name: ERASED_NAME,
      dateOfBirth: null,
      school: null,
      grade: null,
      phone: null,
      notes: null,
      guardianName: null,
      guardianPhone: null,
      status: 'inactive',
      deactivatedAt: member.deactivatedAt ?? DateTime.now(),
      erasedAt: DateTime.now(),
      erasedBy: actor.id,
    })
    await member.save()

    await trx.from('bookings').where('member_id', member.id).update({ notes: null })
    await trx
      .from('attendances')
      .where('member_id', member.id)
      .update({ notes: null, feedback: null })
    await trx.from('session_invitations').where('member_id', member.id).delete()
    await trx
      .from('notifications')
      .whereRaw(`data->>'member_id' = ?`, [member.id])
      .update({ params: trx.raw(`params || jsonb_build_object('member', ?::text)`, [ERASED_NAME]) })
    return member
  })
  await announceCancellation(cancelled)
  return erased
}
