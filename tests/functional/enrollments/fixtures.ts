import { short, uniqueEmail } from '#tests/fixtures'

/**
 * A complete, valid body of the public enrollment form
 */
export function application(programId: string, merge: Record<string, unknown> = {}) {
  return {
    program_id: programId,
    child_name: `Budi ${short()}`,
    date_of_birth: '2014-05-02',
    school: 'SD Negeri 1',
    grade: '5',
    guardian_name: 'Ibu Rina',
    email: uniqueEmail('wali'),
    wa_number: '0812 3456 7890',
    experience_level: 'beginner',
    preferred_days: ['saturday', 'sunday'],
    preferred_time_range: { start: '09:00', end: '11:00' },
    instrument_owned: true,
    referral_source: 'instagram',
    notes: 'Kalau bisa jangan bentrok pramuka.',
    consent: true,
    ...merge,
  }
}
