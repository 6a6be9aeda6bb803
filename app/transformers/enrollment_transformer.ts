import { BaseTransformer } from '@adonisjs/core/transformers'
import type Enrollment from '#models/enrollment'
import { ENROLLMENT_STATUSES, EXPERIENCE_LEVELS, PREFERRED_DAYS } from '#models/enrollment'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

const program = s.object({
  id: s.uuid(),
  name: s.string({ example: 'Panahan Dasar' }),
  level: s.enum(['beginner', 'intermediate', 'advanced']),
  price_per_session: s.integer({ description: 'Rupiah' }),
})

const applicant = s.object({
  id: s.uuid(),
  registration_number: s.string({ example: 'REG-2026-12-001' }),
  status: s.enum(ENROLLMENT_STATUSES),
  program,
  child_name: s.string(),
  guardian_name: s.string(),
  email: s.email(),
  wa_number: s.string({ description: 'E.164', example: '+6281234567890' }),
  start_date_target: s.nullable(s.date()),
  reason: s.nullable(s.string({ description: 'Why it was rejected or cancelled' })),
  registration_date: s.dateTime(),
  decided_at: s.nullable(s.dateTime()),
})

const staff = s.extend(applicant, {
  member_id: s.nullable(s.uuid()),
  account_id: s.nullable(s.uuid()),
  date_of_birth: s.nullable(s.date()),
  school: s.nullable(s.string()),
  grade: s.nullable(s.string()),
  experience_level: s.nullable(s.enum(EXPERIENCE_LEVELS)),
  preferred_days: s.array(s.enum(PREFERRED_DAYS)),
  preferred_time_range: s.nullable(s.object({ start: s.string(), end: s.string() })),
  instrument_owned: s.nullable(s.boolean()),
  referral_source: s.nullable(s.string()),
  notes: s.nullable(s.string()),
  consent_text: s.string(),
  consent_at: s.dateTime(),
  decided_by: s.nullable(s.uuid()),
  locale: s.enum(['id', 'en']),
  created_at: s.dateTime(),
  updated_at: s.dateTime(),
})

/**
 * An enrollment: what the guardian sees (the answer of the public form and
 * the status check), and the whole application for staff
 */
export default class EnrollmentTransformer extends BaseTransformer<Enrollment> {
  static shapes: TransformerShapes<'toObject' | 'forStaff'> = {
    toObject: { name: 'Enrollment', schema: applicant },
    forStaff: { name: 'StaffEnrollment', schema: staff },
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      registration_number: row.registrationNumber,
      status: row.status,
      program: {
        id: row.program.id,
        name: row.program.name,
        level: row.program.level,
        price_per_session: row.program.pricePerSession,
      },
      child_name: row.childName,
      guardian_name: row.guardianName,
      email: row.guardianEmail,
      wa_number: row.guardianPhone,
      start_date_target: row.startDateTarget?.toISODate() ?? null,
      reason: row.reason ?? null,
      registration_date: iso(row.createdAt),
      decided_at: iso(row.decidedAt),
    }
  }

  forStaff() {
    const row = this.resource
    return {
      ...this.toObject(),
      member_id: row.memberId ?? null,
      account_id: row.accountId ?? null,
      date_of_birth: row.childDateOfBirth?.toISODate() ?? null,
      school: row.school ?? null,
      grade: row.grade ?? null,
      experience_level: row.experienceLevel ?? null,
      preferred_days: row.preferredDays ?? [],
      preferred_time_range:
        row.preferredTimeStart && row.preferredTimeEnd
          ? { start: row.preferredTimeStart, end: row.preferredTimeEnd }
          : null,
      instrument_owned: row.instrumentOwned ?? null,
      referral_source: row.referralSource ?? null,
      notes: row.notes ?? null,
      consent_text: row.consentText,
      consent_at: iso(row.consentAt),
      decided_by: row.decidedBy ?? null,
      locale: row.locale,
      created_at: iso(row.createdAt),
      updated_at: iso(row.updatedAt),
    }
  }
}
