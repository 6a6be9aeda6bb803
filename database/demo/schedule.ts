/*
|--------------------------------------------------------------------------
| The demo club's schedule
|--------------------------------------------------------------------------
|
| Programs, rooms, named slots, the demo coach's profile and a few weeks of
| sessions (a recurring series, mentoring slots, an online coaching). Goes
| through the same actions as the API, so every rule holds. Idempotent:
| what exists is left alone, what is missing is added. Run after the demo
| accounts exist (coach@latih.test).
|
*/

import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import DomainError from '#exceptions/domain_error'
import CoachProfile from '#models/coach_profile'
import Program from '#models/program'
import Room from '#models/room'
import SessionSeries from '#models/session_series'
import SessionTime from '#models/session_time'
import TrainingSession from '#models/training_session'
import User from '#models/user'
import { createSessionSeries } from '#actions/schedule/create_session_series'
import { createTrainingSession } from '#actions/schedule/create_training_session'

export const DEMO_COACH_EMAIL = 'coach@latih.test'

const PROGRAMS = [
  {
    code: 'ARC-101',
    name: 'Panahan Dasar',
    description:
      'Sikap berdiri, pegangan, anchor dan pelepasan: memanah dengan aman di jarak 10 meter.',
    category: 'Panahan',
    level: 'beginner',
    sessionMinutes: 120,
    durationHours: 16,
    pricePerSession: 100_000,
    maxStudents: 12,
    status: 'active',
  },
  {
    code: 'ARC-201',
    name: 'Panahan Menengah',
    description:
      'Kelompok tembakan yang konsisten di jarak 18–30 meter, penyetelan alat, lomba pertama.',
    category: 'Panahan',
    level: 'intermediate',
    sessionMinutes: 120,
    durationHours: 24,
    pricePerSession: 125_000,
    maxStudents: 10,
    status: 'active',
  },
  {
    code: 'ARC-301',
    name: 'Panahan Prestasi',
    description: 'Skuad lomba: jarak 70 meter, latihan mental, simulasi pertandingan.',
    category: 'Panahan',
    level: 'advanced',
    sessionMinutes: 150,
    durationHours: 40,
    pricePerSession: 150_000,
    maxStudents: 8,
    status: 'active',
  },
  {
    code: 'MNT-101',
    name: 'Mentoring Atlet',
    description: 'Pendampingan empat mata dengan pelatih: target, rencana latihan, evaluasi lomba.',
    category: 'Mentoring',
    level: 'intermediate',
    sessionMinutes: 60,
    durationHours: null,
    pricePerSession: 200_000,
    maxStudents: 1,
    status: 'active',
  },
  {
    code: 'ARC-KID',
    name: 'Panahan Anak (lama)',
    description: 'Program anak yang lama, kini diganti Panahan Dasar.',
    category: 'Panahan',
    level: 'beginner',
    sessionMinutes: 60,
    durationHours: 8,
    pricePerSession: 75_000,
    maxStudents: 10,
    status: 'inactive',
  },
] as const

const ROOMS = [
  { name: 'Lapangan A', capacity: 20, description: 'Lapangan terbuka, 10–70 meter' },
  { name: 'Lapangan B', capacity: 12, description: 'Lapangan terbuka, 10–30 meter' },
  { name: 'Ruang Teori', capacity: 15, description: 'Ruang kelas dengan proyektor' },
]

const SESSION_TIMES = [
  { label: 'Pagi', startTime: '07:00', endTime: '09:00' },
  { label: 'Siang', startTime: '13:00', endTime: '15:00' },
  { label: 'Sore', startTime: '16:00', endTime: '18:00' },
]

const SERIES_TITLE = 'Panahan Dasar — kelas sore'

/**
 * Creates a session unless the coach already has one with this title at
 * this start; a clash with what is already there is not an error for the
 * demo
 */
async function ensureSession(coach: User, input: Parameters<typeof createTrainingSession>[0]) {
  const exists = await TrainingSession.query()
    .where('coach_id', coach.id)
    .where('title', input.title!)
    .where('starts_at', input.starts_at!.toJSDate())
    .first()
  if (exists) return
  try {
    await createTrainingSession(input)
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'SCHEDULE_CONFLICT')) throw error
  }
}

export async function seedDemoSchedule() {
  const programs = new Map<string, Program>()
  for (const program of PROGRAMS) {
    programs.set(program.code, await Program.firstOrCreate({ code: program.code }, { ...program }))
  }
  const rooms = new Map<string, Room>()
  for (const room of ROOMS) {
    rooms.set(room.name, await Room.firstOrCreate({ name: room.name }, room))
  }
  for (const slot of SESSION_TIMES) {
    await SessionTime.firstOrCreate({ label: slot.label }, slot)
  }

  const coach = await User.findBy('email', DEMO_COACH_EMAIL)
  if (!coach || coach.role !== 'coach') return

  const profile = await CoachProfile.firstOrCreate({ userId: coach.id }, { userId: coach.id })
  if (!profile.bio) {
    profile.merge({
      bio: 'Pelatih panahan bersertifikat nasional; sepuluh tahun melatih atlet pelajar.',
      specialization: 'Panahan recurve',
    })
    await profile.save()
  }

  const today = DateTime.now().setZone(timezone)
  const tomorrow = today.plus({ days: 1 })

  const series = await SessionSeries.query()
    .where('coach_id', coach.id)
    .where('title', SERIES_TITLE)
    .where('status', 'active')
    .first()
  if (!series) {
    await createSessionSeries({
      title: SERIES_TITLE,
      kind: 'training',
      program_id: programs.get('ARC-101')!.id,
      coach_id: coach.id,
      room_id: rooms.get('Lapangan A')!.id,
      weekdays: ['tue', 'thu', 'sat'],
      start_time: '16:00',
      end_time: '18:00',
      starts_on: tomorrow.toISODate()!,
      ends_on: tomorrow.plus({ weeks: 4 }).toISODate()!,
      capacity: 12,
      status: 'open',
      waitlist_enabled: true,
      on_conflict: 'skip',
    })
  }

  for (const days of [1, 2, 3]) {
    const date = today.plus({ days }).toISODate()!
    await ensureSession(coach, {
      kind: 'mentoring',
      title: 'Mentoring Atlet',
      program_id: programs.get('MNT-101')!.id,
      coach_id: coach.id,
      starts_at: DateTime.fromISO(`${date}T19:00`, { zone: timezone }),
      ends_at: DateTime.fromISO(`${date}T20:00`, { zone: timezone }),
      capacity: 3,
      status: 'open',
      waitlist_enabled: true,
      delivery: 'online',
      meeting_url: 'https://meet.example.test/latih-mentoring',
      meeting_platform: 'meet',
    })
  }

  const coachingDate = today.plus({ days: 5 }).toISODate()!
  await ensureSession(coach, {
    kind: 'coaching',
    title: 'Coaching Teknik Release',
    coach_id: coach.id,
    starts_at: DateTime.fromISO(`${coachingDate}T09:00`, { zone: timezone }),
    ends_at: DateTime.fromISO(`${coachingDate}T11:00`, { zone: timezone }),
    capacity: 30,
    status: 'scheduled',
    delivery: 'online',
    meeting_url: 'https://zoom.example.test/j/987654321',
    meeting_platform: 'zoom',
    meeting_password: 'Latih123',
    classification: 'technique',
    stage: 'regional',
  })
}
