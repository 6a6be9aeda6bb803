/*
|--------------------------------------------------------------------------
| EXPLAIN (ANALYZE, BUFFERS) of the lists, before and after
|--------------------------------------------------------------------------
|
| Prints, as Markdown, the plans of the session lists the way Latih ran
| them before issue 15 (an unbounded count, OFFSET paging, no time bound,
| without the 0700 indexes: dropped inside a transaction that is rolled
| back) and the way it runs them now. Run it against a seeded database
| (`db:seed --sessions=1000000`):
|
|   node --import=@poppinss/ts-exec bench/explain.ts > /tmp/plans.md
|
*/

import pg from 'pg'
import { ensureDotEnv, ensureLocalDatabase } from '../bin/local.js'

ensureDotEnv()
const database = await ensureLocalDatabase()
const client = new pg.Client({ connectionString: process.env.DATABASE_URL || database?.url })
await client.connect()

const VISIBLE = `status IN ('scheduled', 'open') AND audience = 'public'`
const SEARCH = `(title ILIKE '%renang%' OR program_id IN (SELECT id FROM programs WHERE name ILIKE '%renang%')
    OR coach_id IN (SELECT id FROM users WHERE name ILIKE '%renang%'))`
const NEW_INDEXES = [
  'training_sessions_visible_starts_index',
  'training_sessions_starts_at_id_index',
  'training_sessions_title_trgm_index',
  'users_name_trgm_index',
]

const parent = await client.query(
  `SELECT id FROM users WHERE email = 'parent-0001@bulk.latih.test'`
)
const parentId = parent.rows[0]?.id ?? '00000000-0000-0000-0000-000000000000'
const deep = await client.query(
  `SELECT starts_at, id FROM training_sessions WHERE ${VISIBLE} AND ends_at > now()
   ORDER BY starts_at, id OFFSET 50000 LIMIT 1`
)
const cursor = deep.rows[0] ?? { starts_at: new Date(), id: '00000000-0000-0000-0000-000000000000' }
const myBookings = `FROM bookings
    JOIN training_sessions ON training_sessions.id = bookings.training_session_id
    JOIN members ON members.id = bookings.member_id
    WHERE members.account_id = '${parentId}'`

const PLANS: { title: string; before: string; after: string }[] = [
  {
    title: 'Public list, count',
    before: `SELECT count(*) FROM training_sessions WHERE ${VISIBLE}`,
    after: `SELECT count(*) FROM (SELECT 1 FROM training_sessions WHERE ${VISIBLE} AND ends_at > now() LIMIT 10001) capped`,
  },
  {
    title: 'Public list, page 1',
    before: `SELECT * FROM training_sessions WHERE ${VISIBLE} ORDER BY starts_at, id LIMIT 25`,
    after: `SELECT * FROM training_sessions WHERE ${VISIBLE} AND ends_at > now() ORDER BY starts_at, id LIMIT 26`,
  },
  {
    title: 'Public list, row 50,000 (page 2,001 before; a cursor after)',
    before: `SELECT * FROM training_sessions WHERE ${VISIBLE} ORDER BY starts_at, id LIMIT 25 OFFSET 50000`,
    after: `SELECT * FROM training_sessions WHERE ${VISIBLE} AND ends_at > now()
      AND (starts_at, id) > ('${cursor.starts_at.toISOString()}', '${cursor.id}') ORDER BY starts_at, id LIMIT 26`,
  },
  {
    title: 'Public list, search "renang", count',
    before: `SELECT count(*) FROM training_sessions WHERE ${VISIBLE} AND ${SEARCH}`,
    after: `SELECT count(*) FROM (SELECT 1 FROM training_sessions WHERE ${VISIBLE} AND ends_at > now() AND ${SEARCH} LIMIT 10001) capped`,
  },
  {
    title: 'Public list, search "renang", page 1',
    before: `SELECT * FROM training_sessions WHERE ${VISIBLE} AND ${SEARCH} ORDER BY starts_at, id LIMIT 25`,
    after: `SELECT * FROM training_sessions WHERE ${VISIBLE} AND ends_at > now() AND ${SEARCH} ORDER BY starts_at, id LIMIT 26`,
  },
  {
    title: 'Staff list from today, count',
    before: `SELECT count(*) FROM training_sessions WHERE ends_at > now()`,
    after: `SELECT count(*) FROM (SELECT 1 FROM training_sessions WHERE ends_at > now() LIMIT 10001) capped`,
  },
  {
    title: 'Staff list from today, page 1',
    before: `SELECT * FROM training_sessions WHERE ends_at > now() ORDER BY starts_at, id LIMIT 25`,
    after: `SELECT * FROM training_sessions WHERE ends_at > now() ORDER BY starts_at, id LIMIT 26`,
  },
  {
    title: 'My bookings (a parent with about a thousand bookings), count: unchanged',
    before: `SELECT count(*) ${myBookings}`,
    after: `SELECT count(*) ${myBookings}`,
  },
  {
    title: 'My bookings, page 1: unchanged',
    before: `SELECT bookings.* ${myBookings}
      ORDER BY (training_sessions.starts_at < now()) ASC,
        CASE WHEN training_sessions.starts_at >= now() THEN training_sessions.starts_at END ASC,
        training_sessions.starts_at DESC, bookings.id LIMIT 25`,
    after: `SELECT bookings.* ${myBookings}
      ORDER BY (training_sessions.starts_at < now()) ASC,
        CASE WHEN training_sessions.starts_at >= now() THEN training_sessions.starts_at END ASC,
        training_sessions.starts_at DESC, bookings.id LIMIT 25`,
  },
]

async function explain(sql: string) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)
  return rows.map((row) => row['QUERY PLAN']).join('\n')
}

const sessions = await client.query('SELECT count(*)::int AS n FROM training_sessions')
console.log(`Plans at ${sessions.rows[0].n.toLocaleString('en')} training sessions.\n`)
for (const plan of PLANS) {
  await client.query('BEGIN')
  for (const index of NEW_INDEXES) await client.query(`DROP INDEX IF EXISTS ${index}`)
  await explain(plan.before) // warm the cache like the second request of a run
  const before = await explain(plan.before)
  await client.query('ROLLBACK')
  await explain(plan.after)
  const after = await explain(plan.after)
  console.log(
    `### ${plan.title}\n\nBefore:\n\n\`\`\`\n${before}\n\`\`\`\n\nAfter:\n\n\`\`\`\n${after}\n\`\`\`\n`
  )
}
await client.end()
await database?.stop()
