import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { parse } from 'csv-parse/sync'
import { DateTime } from 'luxon'
import Attendance from '#models/attendance'
import Booking from '#models/booking'
import type Member from '#models/member'
import type TrainingSession from '#models/training_session'
import ReportAttendance from '../../../commands/report_attendance.js'
import {
  createAdmin,
  createCoach,
  createMember,
  createParent,
  createProgram,
  createSession,
} from '#tests/fixtures'
import { withLocaleCookie } from '#tests/functional/pages/helpers'

const BOM = '\uFEFF'

function book(session: TrainingSession, member: Member) {
  return Booking.create({
    trainingSessionId: session.id,
    memberId: member.id,
    status: 'confirmed',
    bookedAt: DateTime.now(),
    confirmedAt: DateTime.now(),
  })
}

/**
 * Sessions on both sides of November's edges in Jakarta (UTC+7), where
 * the UTC date says another month, and members with awkward names
 */
async function november() {
  const coach = await createCoach({ name: 'Pelatih, Kepala' })
  const program = await createProgram({ code: `RPT-${Math.random().toString(36).slice(2, 6)}` })
  const other = await createProgram({ code: `OTH-${Math.random().toString(36).slice(2, 6)}` })
  const parent = await createParent()
  const names = ['Sari, Putri', 'Budi "Bud" Santoso', 'Dua\nBaris', 'Ñoño Ünal 日本語', '=1+2']
  const members = []
  for (const name of names) members.push(await createMember(parent, { name }))

  const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Jakarta' })
  // 1 November 00:15 Jakarta = 31 October 17:15 UTC: November
  const first = await createSession({
    coach,
    programId: program.id,
    startsAt: at('2026-11-01T00:15'),
    title: 'Awal Bulan',
  })
  // 30 November 23:00 Jakarta: November
  const last = await createSession({
    coach,
    programId: other.id,
    startsAt: at('2026-11-30T22:00'),
    title: 'Akhir Bulan',
  })
  // 1 December 00:30 Jakarta = 30 November 17:30 UTC: December
  const december = await createSession({
    coach,
    programId: program.id,
    startsAt: at('2026-12-01T00:30'),
    title: 'Desember',
  })
  // 31 October 23:00 Jakarta = 31 October 16:00 UTC: October
  const october = await createSession({
    coach,
    programId: program.id,
    startsAt: at('2026-10-31T22:00'),
    title: 'Oktober',
  })
  const cancelled = await createSession({
    coach,
    programId: program.id,
    startsAt: at('2026-11-15T10:00'),
    title: 'Dibatalkan',
    status: 'cancelled',
  })

  for (const member of members) await book(first, member)
  await book(last, members[0])
  await book(december, members[0])
  await book(october, members[0])
  await book(cancelled, members[0])
  await Attendance.create({
    trainingSessionId: first.id,
    memberId: members[0].id,
    status: 'present',
  })
  await Attendance.create({
    trainingSessionId: first.id,
    memberId: members[1].id,
    status: 'late',
  })
  return { coach, program, other, members, first, last }
}

const parseCsv = (text: string) =>
  parse(text, { bom: true, columns: true }) as Record<string, string>[]

test.group('Attendance report · CSV download', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the month’s seats in the club time zone, quoted so a spreadsheet reads them back', async ({
    client,
    assert,
  }) => {
    const data = await november()
    const admin = await createAdmin()
    const response = await withLocaleCookie(
      client.get(urlFor('admin.reports.attendance')).qs({ month: '2026-11' }),
      'en'
    ).loginAs(admin)

    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /^text\/csv; charset=utf-8/)
    assert.include(response.header('content-disposition') ?? '', 'attendance-2026-11.csv')
    const text = response.text()
    assert.isTrue(text.startsWith(BOM), 'UTF-8 byte order mark')
    assert.include(text, '"Sari, Putri"')
    assert.include(text, '"Budi ""Bud"" Santoso"')
    assert.include(text, '"Dua\nBaris"')
    assert.include(text, '"Pelatih, Kepala"')
    assert.include(text, '\r\n')

    const rows = parseCsv(text)
    assert.sameDeepMembers(
      rows.map((row) => [row.Date, row.Start, row.Session, row.Member, row.Attendance]),
      [
        ['2026-11-01', '00:15', 'Awal Bulan', 'Sari, Putri', 'Present'],
        ['2026-11-01', '00:15', 'Awal Bulan', 'Budi "Bud" Santoso', 'Late'],
        ['2026-11-01', '00:15', 'Awal Bulan', 'Dua\nBaris', 'Not recorded'],
        ['2026-11-01', '00:15', 'Awal Bulan', 'Ñoño Ünal 日本語', 'Not recorded'],
        // A name that would start a formula is escaped
        ['2026-11-01', '00:15', 'Awal Bulan', "'=1+2", 'Not recorded'],
        ['2026-11-30', '22:00', 'Akhir Bulan', 'Sari, Putri', 'Not recorded'],
      ]
    )
    assert.deepEqual(
      rows.map((row) => row.Session),
      [...Array(5).fill('Awal Bulan'), 'Akhir Bulan'],
      'in the order of the sessions'
    )
    assert.equal(rows[0]['Program code'], data.program.code)
    assert.equal(rows[0].Coach, 'Pelatih, Kepala')
  })

  test('one program, and an unknown one is 404', async ({ client, assert }) => {
    const data = await november()
    const admin = await createAdmin()
    const response = await client
      .get(urlFor('admin.reports.attendance'))
      .qs({ month: '2026-11', program: data.other.code })
      .loginAs(admin)
    response.assertStatus(200)
    const rows = parseCsv(response.text())
    assert.deepEqual(
      rows.map((row) => row.Sesi),
      ['Akhir Bulan']
    )

    const unknown = await client
      .get(urlFor('admin.reports.attendance'))
      .qs({ month: '2026-11', program: 'NOPE-1' })
      .loginAs(admin)
    unknown.assertStatus(404)
  })

  test('only admins download it', async ({ client }) => {
    const parent = await createParent()
    const coach = await createCoach()
    const asParent = await client.get(urlFor('admin.reports.attendance')).loginAs(parent)
    asParent.assertStatus(403)
    const asCoach = await client.get(urlFor('admin.reports.attendance')).loginAs(coach)
    asCoach.assertStatus(403)
    const anonymous = await client.get(urlFor('admin.reports.attendance')).redirects(0)
    anonymous.assertStatus(302)
  })
})

test.group('report:attendance', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('writes the month of one program to --output', async ({ assert }) => {
    const data = await november()
    const dir = await mkdtemp(join(tmpdir(), 'latih-report-'))
    const output = join(dir, 'nov.csv')
    const command = await ace.create(ReportAttendance, [
      '--month=2026-11',
      `--program=${data.program.code}`,
      `--output=${output}`,
      '--lang=en',
    ])
    await command.exec()
    command.assertSucceeded()

    const text = await readFile(output, 'utf8')
    assert.isTrue(text.startsWith(BOM))
    const rows = parseCsv(text)
    assert.lengthOf(rows, 5)
    assert.isTrue(rows.every((row) => row.Session === 'Awal Bulan'))
    assert.includeMembers(
      rows.map((row) => row.Member),
      ['Sari, Putri', 'Budi "Bud" Santoso', 'Dua\nBaris', 'Ñoño Ünal 日本語']
    )
  })

  test('refuses a month it cannot read and an unknown program', async () => {
    const bad = await ace.create(ReportAttendance, ['--month=2026-13'])
    await bad.exec()
    bad.assertFailed()
    bad.assertLogMatches(/--month/)

    const unknown = await ace.create(ReportAttendance, ['--month=2026-11', '--program=NOPE-1'])
    await unknown.exec()
    unknown.assertFailed()
    unknown.assertLogMatches(/PROGRAM_NOT_FOUND/)
  })
})
