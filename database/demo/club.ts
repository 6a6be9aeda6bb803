/*
|--------------------------------------------------------------------------
| The demo club: members, packages, credits and a booking
|--------------------------------------------------------------------------
|
| The demo parent (parent@latih.test) holds two children: Rara, active with
| an 8-session package and a seat in the next open training session, and
| Dimas, waiting for approval. Idempotent: a second run adds nothing.
| Runs after the accounts (and, for the booking, the schedule) exist.
|
*/

import { DateTime } from 'luxon'
import Member from '#models/member'
import Package from '#models/package'
import MemberPackage from '#models/member_package'
import Booking from '#models/booking'
import TrainingSession from '#models/training_session'
import User from '#models/user'
import { assignPackage } from '#actions/packages/assign_package'
import { createBooking } from '#actions/bookings/create_booking'
import DomainError from '#exceptions/domain_error'

export const DEMO_PACKAGES = [
  {
    name: 'Paket 4 Sesi',
    description: 'Empat sesi latihan dalam 30 hari',
    price: 250000,
    durationDays: 30,
    sessionCount: 4,
  },
  {
    name: 'Paket 8 Sesi',
    description: 'Delapan sesi latihan dalam 60 hari',
    price: 450000,
    durationDays: 60,
    sessionCount: 8,
  },
] as const

export async function seedDemoMembers() {
  for (const pkg of DEMO_PACKAGES) {
    await Package.firstOrCreate({ name: pkg.name }, { ...pkg, status: 'active' })
  }

  const parent = await User.findBy('email', 'parent@latih.test')
  if (!parent) {
    return
  }
  const admin = await User.query().where('role', 'admin').orderBy('created_at').first()

  const rara = await Member.firstOrCreate(
    { accountId: parent.id, name: 'Rara Santoso' },
    {
      accountId: parent.id,
      name: 'Rara Santoso',
      relationship: 'child',
      dateOfBirth: DateTime.fromISO('2014-05-12'),
      school: 'SD Negeri 3 Bandung',
      grade: '5',
      status: 'active',
      approvedBy: admin?.id ?? null,
      approvedAt: DateTime.now(),
    }
  )
  await Member.firstOrCreate(
    { accountId: parent.id, name: 'Dimas Santoso' },
    {
      accountId: parent.id,
      name: 'Dimas Santoso',
      relationship: 'child',
      dateOfBirth: DateTime.fromISO('2017-09-03'),
      status: 'pending',
    }
  )

  const eight = await Package.findByOrFail('name', 'Paket 8 Sesi')
  const held = await MemberPackage.query()
    .where('member_id', rara.id)
    .where('status', 'active')
    .first()
  if (!held) {
    await assignPackage({ memberId: rara.id, packageId: eight.id, assignedBy: admin })
  }

  const booked = await Booking.query().where('member_id', rara.id).first()
  if (booked) {
    return
  }
  const next = await TrainingSession.query()
    .where('kind', 'training')
    .where('status', 'open')
    .where('starts_at', '>', DateTime.now().plus({ hours: 2 }).toJSDate())
    .whereRaw('booked_count < capacity')
    .orderBy('starts_at')
    .first()
  if (next) {
    try {
      await createBooking({ actor: parent, trainingSessionId: next.id, memberId: rara.id })
    } catch (error) {
      // the demo stays usable without the booking (e.g. a session beyond
      // the package's validity)
      if (!(error instanceof DomainError)) throw error
    }
  }
}
