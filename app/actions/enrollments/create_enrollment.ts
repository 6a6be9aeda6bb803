import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { timezone } from '#config/app'
import { transaction } from '#services/transaction'
import DomainError from '#exceptions/domain_error'
import Enrollment, { type PREFERRED_DAYS } from '#models/enrollment'
import Program from '#models/program'
import type User from '#models/user'
import EnrollmentCreated from '#events/enrollment_created'
import type { createEnrollmentValidator } from '#validators/enrollment'
import type { Infer } from '@vinejs/vine/types'

export interface CreateEnrollmentInput {
  programId: string
  childName: string
  dateOfBirth?: string | null
  school?: string | null
  grade?: string | null
  guardianName: string
  /**
   * Lower-cased
   */
  email: string
  /**
   * E.164, already normalised by the validator
   */
  waNumber: string
  experienceLevel?: Enrollment['experienceLevel']
  preferredDays?: (typeof PREFERRED_DAYS)[number][]
  preferredTimeRange?: { start: string; end: string } | null
  startDateTarget?: string | null
  instrumentOwned?: boolean | null
  referralSource?: string | null
  notes?: string | null
  /**
   * The consent text the guardian agreed to, in their language
   */
  consentText: string
  locale: 'id' | 'en'
  /**
   * A signed-in parent applying
   */
  account?: User | null
}

/**
 * The next registration number of the current month in the club's time
 * zone, REG-YYYY-MM-NNN. One counter row per month, incremented in the
 * caller's transaction: the row stays locked until it commits, so
 * concurrent applications take 1, 2, 3… one after another, and a refused
 * one rolls its number back (no gaps, unlike max()+1 or a sequence).
 */
export async function nextRegistrationNumber(trx: TransactionClientContract, now = DateTime.now()) {
  const local = now.setZone(timezone)
  const period = local.toFormat('yyyy-MM')
  const { rows } = await trx.rawQuery(
    `INSERT INTO enrollment_counters (period, last_number) VALUES (?, 1)
       ON CONFLICT (period) DO UPDATE SET last_number = enrollment_counters.last_number + 1
       RETURNING last_number`,
    [period]
  )
  const number = Number(rows[0].last_number)
  return `REG-${period}-${String(number).padStart(3, '0')}`
}

function isLiveDuplicate(error: unknown) {
  const pgError = error as { code?: string; constraint?: string }
  return pgError?.code === '23505' && pgError.constraint === 'enrollments_one_live_per_person'
}

const alreadyExists = (registrationNumber?: string) =>
  new DomainError('ENROLLMENT_ALREADY_EXISTS', {
    field: 'child_name',
    data: registrationNumber ? { registration_number: registrationNumber } : undefined,
  })

/**
 * Records an application from the public form (DESIGN.md §4 rule 9), in
 * one transaction: the program must exist and be active; the same child
 * (guardian email + name) may hold one pending or approved application per
 * program (a partial unique index backs the check up under races); the
 * registration number is taken last-but-one, so a refusal consumes none.
 */
export async function createEnrollment(input: CreateEnrollmentInput) {
  const enrollment = await transaction(async (trx) => {
    const program = await Program.query({ client: trx })
      .where('id', input.programId)
      .forShare()
      .first()
    if (!program) {
      throw DomainError.notFound('program', { field: 'program_id' })
    }
    if (!program.isActive) {
      throw new DomainError('ENROLLMENT_COURSE_INACTIVE', { field: 'program_id' })
    }

    const registrationNumber = await nextRegistrationNumber(trx)

    // after the counter's lock: an application that committed meanwhile is seen
    const existing = await Enrollment.query({ client: trx })
      .where('program_id', program.id)
      .where('guardian_email', input.email)
      .whereRaw('lower(btrim(child_name)) = lower(btrim(?))', [input.childName])
      .whereIn('status', ['pending', 'approved'])
      .first()
    if (existing) {
      throw alreadyExists(existing.registrationNumber)
    }

    const now = DateTime.now()
    const row = new Enrollment()
    row.useTransaction(trx)
    row.merge({
      registrationNumber,
      programId: program.id,
      accountId: input.account?.id ?? null,
      status: 'pending',
      childName: input.childName,
      childDateOfBirth: input.dateOfBirth ? DateTime.fromISO(input.dateOfBirth) : null,
      school: input.school ?? null,
      grade: input.grade ?? null,
      guardianName: input.guardianName,
      guardianEmail: input.email,
      guardianPhone: input.waNumber,
      locale: input.locale,
      experienceLevel: input.experienceLevel ?? null,
      preferredDays: input.preferredDays ?? [],
      preferredTimeStart: input.preferredTimeRange?.start ?? null,
      preferredTimeEnd: input.preferredTimeRange?.end ?? null,
      startDateTarget: input.startDateTarget ? DateTime.fromISO(input.startDateTarget) : null,
      instrumentOwned: input.instrumentOwned ?? null,
      referralSource: input.referralSource ?? null,
      notes: input.notes ?? null,
      consentText: input.consentText,
      consentAt: now,
    })
    try {
      await row.save()
    } catch (error) {
      if (isLiveDuplicate(error)) throw alreadyExists()
      throw error
    }
    row.$setRelated('program', program)
    return row
  })

  await EnrollmentCreated.dispatch(enrollment)
  return enrollment
}

/**
 * The action's input from the form's fields (validated), shared by the
 * page and the API
 */
export function enrollmentInputOf(
  input: Infer<typeof createEnrollmentValidator>,
  context: Pick<CreateEnrollmentInput, 'consentText' | 'locale' | 'account'>
): CreateEnrollmentInput {
  return {
    programId: input.program_id,
    childName: input.child_name,
    dateOfBirth: input.date_of_birth,
    school: input.school,
    grade: input.grade,
    guardianName: input.guardian_name,
    email: input.email,
    waNumber: input.wa_number,
    experienceLevel: input.experience_level,
    preferredDays: input.preferred_days,
    preferredTimeRange: input.preferred_time_range,
    startDateTarget: input.start_date_target,
    instrumentOwned: input.instrument_owned,
    referralSource: input.referral_source,
    notes: input.notes,
    ...context,
  }
}
