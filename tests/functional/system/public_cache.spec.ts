import { test } from '@japa/runner'
import pg from 'pg'
import env from '#start/env'
import Program from '#models/program'
import { bearer, createAdmin, createProgram, short } from '#tests/fixtures'
import User from '#models/user'
import {
  enablePublicCache,
  forgetPublic,
  keepPublic,
  publicCacheActive,
  readOrClaim,
  readPublic,
  startPublicCache,
  stopPublicCache,
  ticket,
} from '#services/public_cache'

const BASE = `http://${process.env.HOST}:${process.env.PORT}`
const LIST = '/api/v1/programs?limit=100'
const LIST_KEY = `api:id:${LIST}`

async function eventually(check: () => Promise<boolean>, what: string) {
  for (let attempt = 0; attempt < 250; attempt++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`not within 5 s: ${what}`)
}

const namesIn = (body: any) => (body.data as { name: string }[]).map((program) => program.name)

/**
 * The public cache (app/services/public_cache.ts) against committed writes:
 * no global transaction here, PostgreSQL notifies only at commit. The rows
 * made are deleted after each test.
 */
test.group('Public cache | never stale after a write', (group) => {
  /**
   * A previous test's committed cleanup notifies a moment later: let it
   * arrive before a test reads what it kept
   */
  group.each.setup(async () => {
    await new Promise((resolve) => setTimeout(resolve, 250))
    await forgetPublic()
  })

  group.setup(async () => {
    enablePublicCache(true)
    await startPublicCache()
    return async () => {
      await stopPublicCache()
      enablePublicCache(false)
    }
  })

  test('an anonymous list is kept until another process commits a write', async ({
    client,
    assert,
    cleanup,
  }) => {
    const program = await createProgram({ name: `Panahan ${short()}`, status: 'active' })
    cleanup(async () => {
      await Program.query().where('id', program.id).delete()
    })
    await forgetPublic()
    assert.isTrue(publicCacheActive())

    const first = await client.get(LIST)
    first.assertStatus(200)
    assert.include(namesIn(first.body()), program.name)
    assert.isObject(await readPublic(LIST_KEY))
    const again = await client.get(LIST)
    assert.deepEqual(again.body(), first.body())
    assert.include(again.header('content-type'), 'application/json')
    assert.equal(again.header('content-security-policy'), first.header('content-security-policy'))

    // another instance (or an ace command) renames it: its own connection
    const other = new pg.Client({ connectionString: env.get('DATABASE_URL') })
    await other.connect()
    const renamed = `Panahan baru ${short()}`
    try {
      await other.query('UPDATE programs SET name = $1 WHERE id = $2', [renamed, program.id])
    } finally {
      await other.end()
    }
    await eventually(async () => (await readPublic(LIST_KEY)) === undefined, 'cache emptied')
    const after = await client.get(LIST)
    assert.include(namesIn(after.body()), renamed)
    assert.notInclude(namesIn(after.body()), program.name)
  })

  test('a write request empties the cache before its answer leaves', async ({ client, assert }) => {
    await client.get(LIST)
    assert.isObject(await readPublic(LIST_KEY))
    const write = await client.post('/api/v1/auth/login').json({ email: 'x@y.z', password: 'no' })
    assert.isAtLeast(write.status(), 400)
    assert.isUndefined(await readPublic(LIST_KEY))
  })

  test('a signed-in request is never answered from the cache', async ({
    client,
    assert,
    cleanup,
  }) => {
    const hidden = await createProgram({ name: `Tertutup ${short()}`, status: 'inactive' })
    const admin = await createAdmin()
    cleanup(async () => {
      await Program.query().where('id', hidden.id).delete()
      await User.query().where('id', admin.id).delete()
    })
    const anonymous = await client.get(LIST)
    assert.notInclude(namesIn(anonymous.body()), hidden.name)
    assert.isObject(await readPublic(LIST_KEY))

    const staff = await client.get(LIST).header('authorization', await bearer(admin))
    staff.assertStatus(200)
    assert.include(namesIn(staff.body()), hidden.name)
  })

  test("a visitor's content page is kept per language, a signed-in page never", async ({
    assert,
  }) => {
    await forgetPublic()
    const visitor = await fetch(`${BASE}/programs`)
    assert.equal(visitor.status, 200)
    assert.isObject(await readPublic('page:id:/programs'))
    const kept = await fetch(`${BASE}/programs`)
    assert.equal(await kept.text(), await visitor.text())
    for (const name of [
      'content-type',
      'content-security-policy',
      'strict-transport-security',
      'x-frame-options',
      'x-content-type-options',
      'cache-control',
      'content-language',
    ]) {
      assert.equal(kept.headers.get(name), visitor.headers.get(name), name)
      assert.isNotNull(kept.headers.get(name), name)
    }
    const english = await fetch(`${BASE}/programs`, { headers: { cookie: 'locale=en' } })
    assert.match(await english.text(), /<html[^>]*lang="en"/)
    assert.isObject(await readPublic('page:en:/programs'))

    await forgetPublic()
    const withSession = await fetch(`${BASE}/programs`, {
      headers: { cookie: 'latih-session=someone' },
    })
    assert.equal(withSession.status, 200)
    assert.isUndefined(await readPublic('page:id:/programs'))
  })

  test('every table visitors read from notifies at commit; a sign-in does not', async ({
    assert,
  }) => {
    const other = new pg.Client({ connectionString: env.get('DATABASE_URL') })
    await other.connect()
    try {
      const tables = [
        'training_sessions',
        'programs',
        'rooms',
        'session_times',
        'session_series',
        'coach_profiles',
        'packages',
        'news',
        'achievements',
        'club_settings',
      ]
      for (const table of tables) {
        await keepPublic(ticket(), 'api:id:/probe', 'kept')
        assert.equal(await readPublic('api:id:/probe'), 'kept')
        // a statement-level trigger fires even when no row matches
        await other.query(`UPDATE ${table} SET updated_at = updated_at WHERE false`)
        await eventually(async () => (await readPublic('api:id:/probe')) === undefined, table)
      }

      await keepPublic(ticket(), 'api:id:/probe', 'kept')
      await other.query('UPDATE users SET last_login_at = now() WHERE false')
      await other.query('BEGIN')
      await other.query('UPDATE programs SET updated_at = updated_at WHERE false')
      await new Promise((resolve) => setTimeout(resolve, 200))
      assert.equal(await readPublic('api:id:/probe'), 'kept', 'nothing before the commit')
      await other.query('COMMIT')
      await eventually(async () => (await readPublic('api:id:/probe')) === undefined, 'commit')
    } finally {
      await other.end()
    }
  })

  test('an answer made while a write committed is not kept', async ({ assert }) => {
    const from = ticket()
    await forgetPublic()
    await keepPublic(from, 'api:id:/made-before', 'old')
    assert.isUndefined(await readPublic('api:id:/made-before'))

    const fresh = ticket()
    await keepPublic(fresh, 'api:id:/made-after', 'new')
    assert.equal(await readPublic('api:id:/made-after'), 'new')
  })

  test('visitors asking at once for a missing answer wait for the first one', async ({
    assert,
  }) => {
    await forgetPublic()
    const first = await readOrClaim<string>('api:id:/at-once')
    assert.isUndefined(first.hit)
    const second = readOrClaim<string>('api:id:/at-once')
    let answered = false
    void second.then(() => (answered = true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    assert.isFalse(answered, 'the second waits while the first makes it')
    await keepPublic(ticket(), 'api:id:/at-once', 'made once')
    first.release()
    const waited = await second
    assert.equal(waited.hit, 'made once')
  })

  test('nothing is cached while not listening', async ({ assert }) => {
    await stopPublicCache()
    assert.isFalse(publicCacheActive())
    await keepPublic(ticket(), 'api:id:/while-deaf', 'x')
    assert.isUndefined(await readPublic('api:id:/while-deaf'))
    await startPublicCache()
    assert.isTrue(publicCacheActive())
  })
})
