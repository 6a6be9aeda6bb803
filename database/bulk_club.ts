/*
|--------------------------------------------------------------------------
| The large club: data to measure on
|--------------------------------------------------------------------------
|
| `node ace db:seed --size=large` adds, next to the demo club, a club big
| enough to show what grows with the data: 100 coaches, 50 rooms, 20
| programs, 1,000 parents with 2,000 children, 100,000 sessions (two
| thirds of them past, completed, with attendance) and 500,000 bookings.
| `--sessions=1000000` reaches a million sessions for the scaling check.
|
| Everything is set-based SQL (generate_series, INSERT … SELECT) in one
| transaction, and every constraint of the schema holds: sessions sit on
| a grid of non-overlapping time slots where the 50 rooms of one slot
| get 50 different coaches, so no coach and no room is ever double
| booked; booked_count is the number of confirmed bookings; a member books
| a session once; attendance exists only for confirmed bookings of
| completed sessions. Running it again replaces the large club's schedule
| (sessions, bookings, attendance) and keeps its accounts (@bulk.latih.test),
| members, programs (BLK-*) and rooms ("Ruang L-*"); the demo club is left
| alone. random() is seeded, so two runs make
| the same club.
|
| The analytics rollup (session_tallies, migration 0770) is filled at the
| end with one INSERT … SELECT: its row-by-statement triggers are off for
| the seed's transaction (ALTER TABLE … DISABLE TRIGGER is transactional
| and locks the three tables until the commit, so no other write can slip
| past them), which keeps the seed from aggregating 800,000 rows twice.
|
*/

import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { timezone } from '#config/app'
import { DEMO_PASSWORD } from '#database/demo_club'

export const BULK_DOMAIN = 'bulk.latih.test'
export const BULK_COACHES = 100
export const BULK_ROOMS = 50
export const BULK_PARENTS = 1_000
export const BULK_CHILDREN_PER_PARENT = 2
export const BULK_PROGRAMS = 20

/**
 * Six two-hour slots a club day, local time: the rooms of one slot run
 * in parallel, the slots never overlap
 */
const SLOT_HOURS = [7, 9, 13, 15, 17, 19]

const PROGRAMS = [
  ['Renang', 'Renang Dasar'],
  ['Renang', 'Renang Gaya Bebas'],
  ['Renang', 'Renang Prestasi'],
  ['Panahan', 'Panahan Rekreasi'],
  ['Panahan', 'Panahan Kompetisi'],
  ['Bulu Tangkis', 'Bulu Tangkis Anak'],
  ['Bulu Tangkis', 'Bulu Tangkis Remaja'],
  ['Sepak Bola', 'Futsal Junior'],
  ['Sepak Bola', 'Sepak Bola Usia Dini'],
  ['Bela Diri', 'Pencak Silat'],
  ['Bela Diri', 'Karate Dasar'],
  ['Bela Diri', 'Taekwondo'],
  ['Musik', 'Piano Dasar'],
  ['Musik', 'Gitar Klasik'],
  ['Musik', 'Biola Anak'],
  ['Tari', 'Tari Tradisional'],
  ['Tari', 'Balet Anak'],
  ['Atletik', 'Lari Jarak Pendek'],
  ['Senam', 'Senam Artistik'],
  ['Catur', 'Catur Pemula'],
]

const FIRST_NAMES = [
  'Adi',
  'Ayu',
  'Bagus',
  'Bima',
  'Citra',
  'Dewi',
  'Dimas',
  'Eka',
  'Fajar',
  'Gita',
  'Hadi',
  'Indah',
  'Joko',
  'Kartika',
  'Lestari',
  'Maya',
  'Nanda',
  'Oki',
  'Putri',
  'Rizki',
  'Sari',
  'Tono',
  'Umar',
  'Vina',
  'Wahyu',
  'Yusuf',
  'Zahra',
  'Agus',
  'Bayu',
  'Rina',
]
const LAST_NAMES = [
  'Santoso',
  'Wijaya',
  'Saputra',
  'Pratama',
  'Kusuma',
  'Hidayat',
  'Nugroho',
  'Setiawan',
  'Siregar',
  'Lubis',
  'Harahap',
  'Simanjuntak',
  'Wibowo',
  'Gunawan',
  'Purnomo',
  'Halim',
  'Susanto',
  'Tanjung',
  'Rahman',
  'Putra',
]

export interface BulkClubCounts {
  sessions: number
  bookings: number
  attendances: number
  seconds: number
}

function sqlArray(values: string[]) {
  return `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')}]`
}

/**
 * Removes the schedule of a previous large club (its sessions, bookings
 * and attendance, and only those). Its accounts, members, rooms and
 * programs stay and are reused: deleting accounts would make PostgreSQL
 * check every column that refers to users, row by row.
 */
async function removeBulkSchedule(trx: TransactionClientContract) {
  await trx.rawQuery(`
    CREATE TEMP TABLE bulk_old_sessions ON COMMIT DROP AS
      SELECT ts.id FROM training_sessions ts
      WHERE ts.coach_id IN (SELECT id FROM users WHERE email LIKE 'coach-%@${BULK_DOMAIN}')
  `)
  await trx.rawQuery(
    'DELETE FROM attendances WHERE training_session_id IN (SELECT id FROM bulk_old_sessions)'
  )
  await trx.rawQuery(
    'DELETE FROM bookings WHERE training_session_id IN (SELECT id FROM bulk_old_sessions)'
  )
  await trx.rawQuery('DELETE FROM training_sessions WHERE id IN (SELECT id FROM bulk_old_sessions)')
}

/**
 * The triggers that keep session_tallies (migration 0770), by table
 */
const TALLY_TRIGGERS = [
  ['training_sessions', 'session_tallies_add_sessions'],
  ['training_sessions', 'session_tallies_copy_session'],
  ...['bookings', 'attendances'].flatMap((table) =>
    ['insert', 'update', 'delete', 'truncate'].map((event) => [table, `${table}_tally_${event}`])
  ),
]

async function switchTallyTriggers(trx: TransactionClientContract, on: boolean) {
  for (const [table, trigger] of TALLY_TRIGGERS) {
    await trx.rawQuery(`ALTER TABLE ${table} ${on ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`)
  }
}

/**
 * The session_tallies rows of the new large club's sessions, counted from
 * their bookings and attendance in one statement
 */
async function tallyBulkSessions(trx: TransactionClientContract) {
  await trx.rawQuery(`
    INSERT INTO session_tallies
    SELECT ts.id, ts.starts_at, ts.ends_at, ts.status, ts.program_id, ts.coach_id,
      coalesce(b.confirmed, 0), coalesce(b.waitlisted, 0), coalesce(b.cancelled, 0),
      coalesce(a.present, 0), coalesce(a.late, 0), coalesce(a.absent, 0), coalesce(a.excused, 0)
    FROM bulk_sessions s
    JOIN training_sessions ts ON ts.id = s.id
    LEFT JOIN (
      SELECT training_session_id,
        count(*) FILTER (WHERE status = 'confirmed') AS confirmed,
        count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted,
        count(*) FILTER (WHERE status = 'cancelled') AS cancelled
      FROM bookings WHERE training_session_id IN (SELECT id FROM bulk_sessions)
      GROUP BY training_session_id
    ) b ON b.training_session_id = s.id
    LEFT JOIN (
      SELECT training_session_id,
        count(*) FILTER (WHERE status = 'present') AS present,
        count(*) FILTER (WHERE status = 'late') AS late,
        count(*) FILTER (WHERE status = 'absent') AS absent,
        count(*) FILTER (WHERE status = 'excused') AS excused
      FROM attendances WHERE training_session_id IN (SELECT id FROM bulk_sessions)
      GROUP BY training_session_id
    ) a ON a.training_session_id = s.id
  `)
}

export async function seedBulkClub(options: {
  sessions: number
  bookings?: number | null
}): Promise<BulkClubCounts> {
  const started = performance.now()
  const sessions = options.sessions
  const bookingsWanted = options.bookings ?? sessions * 5
  const perSession = sessions ? bookingsWanted / sessions : 0
  const slots = Math.ceil(sessions / BULK_ROOMS)
  const days = Math.ceil(slots / SLOT_HOURS.length)
  const pastDays = Math.floor((days * 2) / 3)
  const password = await hash.make(DEMO_PASSWORD)
  const members = BULK_PARENTS * BULK_CHILDREN_PER_PARENT
  const tz = timezone.replace(/'/g, "''")

  await db.transaction(async (trx) => {
    await trx.rawQuery('SELECT setseed(0.15)')
    // left from an earlier run inside the same transaction (the tests)
    await trx.rawQuery(
      'DROP TABLE IF EXISTS bulk_old_sessions, bulk_sessions, bulk_coaches, bulk_programs, bulk_rooms, bulk_members'
    )
    await switchTallyTriggers(trx, false)
    await removeBulkSchedule(trx)

    await trx.rawQuery(
      `INSERT INTO programs (name, code, description, category, level, session_minutes,
          duration_hours, price_per_session, max_students, status, created_at, updated_at)
       SELECT p.name, 'BLK-' || lpad(p.n::text, 3, '0'),
         'Program ' || p.name || ' untuk anak dan remaja.', p.category,
         (ARRAY['beginner', 'intermediate', 'advanced'])[1 + p.n % 3], 120, 24,
         50000 + 25000 * (p.n % 5), 20, 'active', now(), now()
       FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS p(category, name, n)
       ON CONFLICT (code) DO NOTHING`,
      [PROGRAMS.map((program) => program[0]), PROGRAMS.map((program) => program[1])]
    )
    await trx.rawQuery(
      `INSERT INTO rooms (name, capacity, description, created_at, updated_at)
       SELECT 'Ruang L-' || lpad(n::text, 2, '0'), 20, 'Ruang latihan ' || n, now(), now()
       FROM generate_series(1, ?::int) AS n
       ON CONFLICT (name) DO NOTHING`,
      [BULK_ROOMS]
    )
    await trx.rawQuery(
      `INSERT INTO users (name, email, password, role, status, locale, created_at, updated_at)
       SELECT 'Coach ' || (${sqlArray(FIRST_NAMES)})[1 + n % ${FIRST_NAMES.length}] || ' '
           || (${sqlArray(LAST_NAMES)})[1 + (n / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}],
         'coach-' || lpad(n::text, 3, '0') || '@${BULK_DOMAIN}', ?, 'coach', 'active', 'id',
         now(), now()
       FROM generate_series(1, ?::int) AS n
       ON CONFLICT (email) DO NOTHING`,
      [password, BULK_COACHES]
    )
    await trx.rawQuery(
      `INSERT INTO users (name, email, password, role, status, locale, created_at, updated_at)
       SELECT (${sqlArray(FIRST_NAMES)})[1 + (n * 7) % ${FIRST_NAMES.length}] || ' '
           || (${sqlArray(LAST_NAMES)})[1 + n % ${LAST_NAMES.length}],
         'parent-' || lpad(n::text, 4, '0') || '@${BULK_DOMAIN}', ?, 'member', 'active',
         CASE WHEN n % 5 = 0 THEN 'en' ELSE 'id' END,
         now() - interval '400 days', now() - interval '400 days'
       FROM generate_series(1, ?::int) AS n
       ON CONFLICT (email) DO NOTHING`,
      [password, BULK_PARENTS]
    )
    await trx.rawQuery(
      `INSERT INTO members (account_id, name, date_of_birth, relationship, status, school, grade,
          approved_at, created_at, updated_at)
       SELECT u.id,
         (${sqlArray(FIRST_NAMES)})[1 + (p.n * 3 + c) % ${FIRST_NAMES.length}] || ' '
           || split_part(u.name, ' ', 2),
         date '2010-01-01' + ((p.n * 37 + c * 211) % 3000),
         'child', 'active', 'SD Negeri ' || (1 + p.n % 40), (1 + (p.n + c) % 6)::text,
         u.created_at, u.created_at, u.created_at
       FROM users u
       JOIN LATERAL (SELECT substring(u.email FROM 'parent-(\\d+)@')::int AS n) p ON true
       CROSS JOIN generate_series(1, ?::int) AS c
       WHERE u.email LIKE 'parent-%@${BULK_DOMAIN}'
         AND NOT EXISTS (SELECT 1 FROM members held WHERE held.account_id = u.id)`,
      [BULK_CHILDREN_PER_PARENT]
    )

    /**
     * The plan of every session: slot t of the grid, room r; the coach of
     * (t, r) is (r + t) mod 100, distinct across the 50 rooms of a slot.
     * Past sessions are completed (3 % cancelled); upcoming ones open
     * (10 % still scheduled, 4 % cancelled). k confirmed and x cancelled
     * bookings each, never more than the seats.
     */
    await trx.rawQuery(
      `CREATE TEMP TABLE bulk_sessions ON COMMIT DROP AS
       WITH grid AS (
         SELECT n, n / ${BULK_ROOMS} AS t, n % ${BULK_ROOMS} AS r
         FROM generate_series(0, ?::int - 1) AS n
       ), timed AS (
         SELECT g.*,
           (((now() AT TIME ZONE '${tz}')::date - ?::int + g.t / ${SLOT_HOURS.length})
             + make_time((?::int[])[1 + g.t % ${SLOT_HOURS.length}], 0, 0))
             AT TIME ZONE '${tz}' AS starts_at,
           random() AS luck, random() AS fill
         FROM grid g
       ), planned AS (
         SELECT t.*, t.starts_at + interval '90 minutes' AS ends_at,
           10 + (t.n * 7) % 11 AS capacity,
           CASE
             WHEN t.starts_at + interval '90 minutes' <= now()
               THEN CASE WHEN t.luck < 0.03 THEN 'cancelled' ELSE 'completed' END
             WHEN t.luck < 0.04 THEN 'cancelled'
             WHEN t.luck < 0.14 THEN 'scheduled'
             ELSE 'open'
           END AS status
         FROM timed t
       )
       SELECT p.n, p.t, p.r, gen_random_uuid() AS id, p.starts_at, p.ends_at, p.capacity, p.status,
         CASE WHEN p.status IN ('cancelled', 'scheduled') THEN 0
           ELSE least(p.capacity, floor(p.fill * (2 * ?::float8 + 1))::int) END AS k,
         CASE WHEN p.status IN ('cancelled', 'scheduled') THEN 0
           ELSE floor(p.luck * 10)::int % 2 END AS x,
         (p.r + p.t) % ${BULK_COACHES} AS coach_no,
         (p.r * 3 + p.t / 7) % ${BULK_PROGRAMS} AS program_no,
         CASE WHEN p.n % 7 = 3 THEN 'members' ELSE 'public' END AS audience
       FROM planned p`,
      [sessions, pastDays, SLOT_HOURS, perSession]
    )
    await trx.rawQuery(`
      CREATE TEMP TABLE bulk_coaches ON COMMIT DROP AS
        SELECT id, name, (row_number() OVER (ORDER BY email))::int - 1 AS no
        FROM users WHERE email LIKE 'coach-%@${BULK_DOMAIN}'
    `)
    await trx.rawQuery(`
      CREATE TEMP TABLE bulk_programs ON COMMIT DROP AS
        SELECT id, name, (row_number() OVER (ORDER BY code))::int - 1 AS no
        FROM programs WHERE code LIKE 'BLK-%'
    `)
    await trx.rawQuery(`
      CREATE TEMP TABLE bulk_rooms ON COMMIT DROP AS
        SELECT id, (row_number() OVER (ORDER BY name))::int - 1 AS no
        FROM rooms WHERE name LIKE 'Ruang L-%'
    `)
    await trx.rawQuery(`
      CREATE TEMP TABLE bulk_members ON COMMIT DROP AS
        SELECT m.id, m.account_id, (row_number() OVER (ORDER BY m.id))::int - 1 AS no
        FROM members m JOIN users u ON u.id = m.account_id
        WHERE u.email LIKE 'parent-%@${BULK_DOMAIN}'
    `)

    await trx.rawQuery(`
      INSERT INTO training_sessions (id, kind, title, description, program_id, coach_id, room_id,
          starts_at, ends_at, capacity, booked_count, status, delivery, audience,
          actual_started_at, actual_ended_at, cancelled_at, cancellation_reason,
          created_at, updated_at)
      SELECT s.id, 'training', p.name || ' — ' || (ARRAY['pagi', 'pagi', 'siang', 'sore', 'sore', 'malam'])[1 + s.t % 6],
        NULL, p.id, c.id, r.id, s.starts_at, s.ends_at, s.capacity, s.k, s.status, 'onsite',
        s.audience,
        CASE WHEN s.status = 'completed' THEN s.starts_at END,
        CASE WHEN s.status = 'completed' THEN s.ends_at END,
        CASE WHEN s.status = 'cancelled' THEN least(now(), s.starts_at - interval '1 day') END,
        CASE WHEN s.status = 'cancelled' THEN 'Pelatih berhalangan' END,
        s.starts_at - interval '30 days', s.starts_at - interval '30 days'
      FROM bulk_sessions s
      JOIN bulk_programs p ON p.no = s.program_no
      JOIN bulk_coaches c ON c.no = s.coach_no
      JOIN bulk_rooms r ON r.no = s.r
      ORDER BY s.n
    `)

    /**
     * The j-th booking of session n goes to member (n × 7919 + j × 37)
     * mod 2000: 37 is prime to 2000, so one session never books a member
     * twice. The first k are confirmed, the next x cancelled.
     */
    await trx.rawQuery(`
      INSERT INTO bookings (training_session_id, member_id, status, booked_by, booked_at,
          confirmed_at, cancelled_at, cancelled_by, cancellation_reason, created_at, updated_at)
      SELECT s.id, m.id,
        CASE WHEN j < s.k THEN 'confirmed' ELSE 'cancelled' END,
        m.account_id, b.at,
        b.at,
        CASE WHEN j >= s.k THEN b.at + interval '1 hour' END,
        CASE WHEN j >= s.k THEN m.account_id END,
        CASE WHEN j >= s.k THEN 'Berhalangan' END,
        b.at, b.at
      FROM bulk_sessions s
      CROSS JOIN LATERAL generate_series(0, s.k + s.x - 1) AS j
      JOIN bulk_members m ON m.no = (s.n::bigint * 7919 + j * 37) % ${members}
      CROSS JOIN LATERAL (
        SELECT least(now(), s.starts_at - interval '1 day' * (1 + (s.n + j) % 14)) AS at
      ) b
    `)

    await trx.rawQuery(`
      INSERT INTO attendances (training_session_id, member_id, booking_id, status, validated_by,
          validated_at, created_at, updated_at)
      SELECT b.training_session_id, b.member_id, b.id,
        CASE WHEN v.roll < 0.80 THEN 'present' WHEN v.roll < 0.86 THEN 'late'
          WHEN v.roll < 0.95 THEN 'absent' ELSE 'excused' END,
        ts.coach_id, ts.ends_at, ts.ends_at, ts.ends_at
      FROM bookings b
      JOIN bulk_sessions s ON s.id = b.training_session_id AND s.status = 'completed'
      JOIN training_sessions ts ON ts.id = s.id
      CROSS JOIN LATERAL (SELECT random() AS roll) v
      WHERE b.status = 'confirmed'
    `)

    await tallyBulkSessions(trx)
    await switchTallyTriggers(trx, true)
  })

  await db.rawQuery('ANALYZE')
  const counted = await db.rawQuery(`
    SELECT
      (SELECT count(*) FROM training_sessions ts JOIN users u ON u.id = ts.coach_id
        WHERE u.email LIKE '%@${BULK_DOMAIN}')::int AS sessions,
      (SELECT count(*) FROM bookings b JOIN members m ON m.id = b.member_id
        JOIN users u ON u.id = m.account_id WHERE u.email LIKE '%@${BULK_DOMAIN}')::int AS bookings,
      (SELECT count(*) FROM attendances a JOIN members m ON m.id = a.member_id
        JOIN users u ON u.id = m.account_id WHERE u.email LIKE '%@${BULK_DOMAIN}')::int AS attendances
  `)
  const row = counted.rows[0]
  return {
    sessions: row.sessions,
    bookings: row.bookings,
    attendances: row.attendances,
    seconds: (performance.now() - started) / 1000,
  }
}
