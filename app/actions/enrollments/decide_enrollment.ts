import { randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { transaction } from '#services/transaction'
import DomainError from '#exceptions/domain_error'
import Enrollment, { type EnrollmentTransition } from '#models/enrollment'
import Member from '#models/member'
import Program from '#models/program'
import User from '#models/user'
import EnrollmentApproved from '#events/enrollment_approved'
import EnrollmentRejected from '#events/enrollment_rejected'
import EnrollmentCancelled from '#events/enrollment_cancelled'

/**
 * The enrollment row, locked, that `action` may move on; otherwise 409
 * INVALID_STATE_TRANSITION (two admins clicking at once: the second one)
 */
async function lockFor(trx: TransactionClientContract, id: string, action: EnrollmentTransition) {
  const enrollment = await Enrollment.query({ client: trx }).where('id', id).forUpdate().first()
  if (!enrollment) {
    throw DomainError.notFound('enrollment')
  }
  if (!enrollment.can(action)) {
    throw new DomainError('INVALID_STATE_TRANSITION', {
      data: { from: enrollment.status, action },
    })
  }
  return enrollment
}

/**
 * The guardian's account: the applying account, or the one with the
 * application's email, or a new member account (no usable password until
 * the guardian sets one through the invitation)
 */
async function guardianAccount(trx: TransactionClientContract, enrollment: Enrollment) {
  if (enrollment.accountId) {
    const own = await User.find(enrollment.accountId, { client: trx })
    if (own) return { account: own, created: false }
  }
  const existing = await User.query({ client: trx })
    .where('email', enrollment.guardianEmail)
    .first()
  if (existing) return { account: existing, created: false }

  const account = new User()
  account.useTransaction(trx)
  account.merge({
    name: enrollment.guardianName,
    email: enrollment.guardianEmail,
    password: randomBytes(32).toString('base64url'),
    phone: enrollment.guardianPhone,
    role: 'member',
    status: 'active',
    locale: enrollment.locale,
  })
  await account.save()
  return { account, created: true }
}

/**
 * The child's member record under the account: the one of that name when
 * the family already has it (made active), otherwise a new active child
 */
async function childMember(
  trx: TransactionClientContract,
  enrollment: Enrollment,
  account: User,
  admin: User
) {
  const now = DateTime.now()
  const existing = await Member.query({ client: trx })
    .where('account_id', account.id)
    .whereRaw('lower(btrim(name)) = lower(btrim(?))', [enrollment.childName])
    .forUpdate()
    .first()
  if (existing) {
    if (existing.status !== 'active') {
      existing.merge({ status: 'active', approvedBy: admin.id, approvedAt: now })
      await existing.save()
    }
    return existing
  }
  const member = new Member()
  member.useTransaction(trx)
  member.merge({
    accountId: account.id,
    name: enrollment.childName,
    dateOfBirth: enrollment.childDateOfBirth,
    relationship: 'child',
    status: 'active',
    guardianName: enrollment.guardianName,
    guardianPhone: enrollment.guardianPhone,
    school: enrollment.school,
    grade: enrollment.grade,
    notes: enrollment.notes,
    approvedBy: admin.id,
    approvedAt: now,
  })
  await member.save()
  return member
}

export interface ApprovalOutcome {
  enrollment: Enrollment
  account: User
  member: Member
  /**
   * The account was made by this approval: the guardian gets an invitation
   * to set a password
   */
  accountCreated: boolean
}

/**
 * Approves an application, all in one transaction (DESIGN.md §4 rules 9
 * and 11): the program row is locked FOR UPDATE, so approvals of one
 * program run one at a time and never exceed `max_students` (approved
 * enrollments counted; 409 ENROLLMENT_COURSE_FULL); the guardian's account
 * is found by email or created, the child's member is linked or created,
 * active; the decision (who, when) stays on the enrollment.
 */
export async function approveEnrollment(id: string, admin: User): Promise<ApprovalOutcome> {
  const outcome = await transaction(async (trx) => {
    const enrollment = await lockFor(trx, id, 'approve')
    const program = await Program.query({ client: trx })
      .where('id', enrollment.programId)
      .forUpdate()
      .firstOrFail()
    if (program.maxStudents !== null) {
      const [row] = await trx
        .from('enrollments')
        .where('program_id', program.id)
        .where('status', 'approved')
        .count('* as total')
      const approved = Number(row.total)
      if (approved >= program.maxStudents) {
        throw new DomainError('ENROLLMENT_COURSE_FULL', {
          data: { max_students: program.maxStudents, approved },
        })
      }
    }

    const { account, created } = await guardianAccount(trx, enrollment)
    const member = await childMember(trx, enrollment, account, admin)
    enrollment.merge({
      status: 'approved',
      accountId: account.id,
      memberId: member.id,
      decidedBy: admin.id,
      decidedAt: DateTime.now(),
    })
    await enrollment.save()
    enrollment.$setRelated('program', program)
    return { enrollment, account, member, accountCreated: created }
  })

  await EnrollmentApproved.dispatch(outcome.enrollment, admin, outcome.accountCreated)
  return outcome
}

/**
 * Turns a pending application down with a reason the guardian is told
 */
export async function rejectEnrollment(id: string, admin: User | null, reason: string) {
  const enrollment = await transaction(async (trx) => {
    const row = await lockFor(trx, id, 'reject')
    row.merge({
      status: 'rejected',
      reason,
      decidedBy: admin?.id ?? null,
      decidedAt: DateTime.now(),
    })
    await row.save()
    await row.load('program')
    return row
  })
  await EnrollmentRejected.dispatch(enrollment, admin)
  return enrollment
}

/**
 * Cancels a pending or approved application (its guardian or an admin).
 * The member record made by an approval stays: the family keeps it.
 */
export async function cancelEnrollment(id: string, actor: User | null, reason?: string | null) {
  const enrollment = await transaction(async (trx) => {
    const row = await lockFor(trx, id, 'cancel')
    row.merge({
      status: 'cancelled',
      reason: reason ?? row.reason,
      cancelledBy: actor?.id ?? null,
      cancelledAt: DateTime.now(),
    })
    await row.save()
    await row.load('program')
    return row
  })
  await EnrollmentCancelled.dispatch(enrollment, actor)
  return enrollment
}
