/*
|--------------------------------------------------------------------------
| The bench's own corner of the club
|--------------------------------------------------------------------------
|
| The booking and broadcast scenarios need families who may book and
| sessions nobody else touches. All of it is set-based SQL straight into
| the bench database, under its own domain (@bench.latih.test) so the
| large club (@bulk.latih.test) and the demo club stay as they are:
|
| - one coach, `coach@bench.latih.test`; every session of the bench
|   belongs to them and is removed (with its bookings) before a scenario;
| - FAMILIES parents `bench-NNNN@bench.latih.test` with one active child
|   each; accounts and members are kept between runs, their packages and
|   tokens are made new every run;
| - one package per child (10 credits, valid from yesterday for 60 days);
| - one API access token per parent, inserted the way
|   app/services/access_tokens.ts reads them: the row holds the SHA-256 of
|   the secret, the bearer is `lat_<base64url(id)>.<base64url(secret)>`;
|   "last used" just now, as for parents who have the schedule open (the
|   app writes it at most once a minute per token).
|
*/

import { randomBytes } from 'node:crypto'
import type pg from 'pg'

export const BENCH_DOMAIN = 'bench.latih.test'
const COACH_EMAIL = `coach@${BENCH_DOMAIN}`
const TOKEN_PREFIX = 'lat_'
const PACKAGE_NAME = 'Bench: paket 10 sesi'

export interface Family {
  accountId: string
  memberId: string
  token: string
}

const base64url = (value: string) => Buffer.from(value).toString('base64url')

/**
 * Removes every session of the bench coach, and their bookings
 */
export async function removeBenchSessions(client: pg.Client) {
  await client.query(
    `DELETE FROM bookings WHERE training_session_id IN (
       SELECT ts.id FROM training_sessions ts JOIN users u ON u.id = ts.coach_id
       WHERE u.email = $1)`,
    [COACH_EMAIL]
  )
  await client.query(
    `DELETE FROM training_sessions WHERE coach_id IN (SELECT id FROM users WHERE email = $1)`,
    [COACH_EMAIL]
  )
}

/**
 * The bench coach, `count` families with a package and a bearer token each
 */
export async function prepareFamilies(client: pg.Client, count: number): Promise<Family[]> {
  await client.query('BEGIN')
  try {
    // any stored hash will do: nobody signs in with these accounts
    const { rows: hashRows } = await client.query(
      `SELECT password FROM users ORDER BY created_at LIMIT 1`
    )
    const password = hashRows[0]?.password ?? 'not-a-login'
    await client.query(
      `INSERT INTO users (name, email, password, role, status, locale, created_at, updated_at)
       VALUES ('Pelatih Bench', $1, $2, 'coach', 'active', 'id', now(), now())
       ON CONFLICT (email) DO NOTHING`,
      [COACH_EMAIL, password]
    )
    await client.query(
      `INSERT INTO users (name, email, password, role, status, locale, created_at, updated_at)
       SELECT 'Orang Tua Bench ' || n, 'bench-' || lpad(n::text, 4, '0') || '@${BENCH_DOMAIN}',
         $1, 'member', 'active', 'id', now(), now()
       FROM generate_series(1, $2::int) AS n
       ON CONFLICT (email) DO NOTHING`,
      [password, count]
    )
    await client.query(`
      CREATE TEMP TABLE bench_accounts ON COMMIT DROP AS
        SELECT id, (substring(email FROM 'bench-(\\d+)@'))::int AS n
        FROM users WHERE email LIKE 'bench-%@${BENCH_DOMAIN}'
    `)
    await client.query(
      `INSERT INTO members (account_id, name, relationship, status, approved_at, created_at, updated_at)
       SELECT a.id, 'Anak Bench ' || a.n, 'child', 'active', now(), now(), now()
       FROM bench_accounts a
       WHERE a.n <= $1 AND NOT EXISTS (SELECT 1 FROM members m WHERE m.account_id = a.id)`,
      [count]
    )

    // last run's packages and tokens go; their bookings went with the sessions
    await client.query(
      `DELETE FROM member_packages WHERE member_id IN (
         SELECT m.id FROM members m JOIN bench_accounts a ON a.id = m.account_id)`
    )
    await client.query(
      `DELETE FROM auth_access_tokens WHERE tokenable_id IN (SELECT id FROM bench_accounts)`
    )
    await client.query(
      `INSERT INTO packages (name, description, price, duration_days, session_count, status,
          created_at, updated_at)
       SELECT $1::varchar, 'Paket untuk bench', 0, 60, 10, 'active', now(), now()
       WHERE NOT EXISTS (SELECT 1 FROM packages WHERE name = $1::varchar)`,
      [PACKAGE_NAME]
    )
    await client.query(
      `INSERT INTO member_packages (member_id, package_id, start_date, end_date, total_sessions,
          used_sessions, status, created_at, updated_at)
       SELECT m.id, p.id, current_date - 1, current_date + 60, 10, 0, 'active', now(), now()
       FROM members m JOIN bench_accounts a ON a.id = m.account_id AND a.n <= $2
       CROSS JOIN (SELECT id FROM packages WHERE name = $1 ORDER BY created_at LIMIT 1) p`,
      [PACKAGE_NAME, count]
    )

    const { rows: families } = await client.query(
      `SELECT a.id AS account_id, m.id AS member_id
       FROM bench_accounts a JOIN members m ON m.account_id = a.id
       WHERE a.n <= $1 ORDER BY a.n`,
      [count]
    )
    const secrets = families.map(() => randomBytes(30).toString('base64url'))
    const { rows: tokens } = await client.query(
      `INSERT INTO auth_access_tokens (tokenable_id, type, name, hash, abilities, created_at,
          updated_at, last_used_at, expires_at)
       SELECT t.account_id, 'auth_token', 'bench', encode(sha256(convert_to(t.secret, 'UTF8')), 'hex'),
         '["*"]', now(), now(), now(), now() + interval '2 hours'
       FROM unnest($1::uuid[], $2::text[]) AS t(account_id, secret)
       RETURNING id, tokenable_id`,
      [families.map((row) => row.account_id), secrets]
    )
    await client.query('COMMIT')

    const idOf = new Map(tokens.map((row) => [row.tokenable_id as string, String(row.id)]))
    return families.map((row, index) => ({
      accountId: row.account_id,
      memberId: row.member_id,
      token: `${TOKEN_PREFIX}${base64url(idOf.get(row.account_id)!)}.${base64url(secrets[index])}`,
    }))
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

/**
 * A fresh open, public training session of the bench coach, on the day
 * after their last one (so the coach's sessions never overlap)
 */
export async function createSession(
  client: pg.Client,
  options: { capacity: number; title: string; waitlist?: boolean }
) {
  const { rows } = await client.query(
    `WITH coach AS (SELECT id FROM users WHERE email = $4),
     day AS (
       SELECT date_trunc('hour', now()) + make_interval(days => 1 + count(ts.id)::int) AS starts_at
       FROM coach LEFT JOIN training_sessions ts ON ts.coach_id = coach.id
     )
     INSERT INTO training_sessions (kind, title, coach_id, starts_at, ends_at, capacity,
        booked_count, status, delivery, audience, waitlist_enabled, created_at, updated_at)
     SELECT 'training', $1, coach.id, day.starts_at, day.starts_at + interval '90 minutes',
       $2, 0, 'open', 'onsite', 'public', $3, now(), now()
     FROM coach, day
     RETURNING id`,
    [options.title, options.capacity, options.waitlist ?? false, COACH_EMAIL]
  )
  return rows[0].id as string
}
