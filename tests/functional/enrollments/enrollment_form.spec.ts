import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import EnrollmentNotification from '#mails/enrollment_notification'
import db from '@adonisjs/lucid/services/db'
import Enrollment from '#models/enrollment'
import { indonesianMobile } from '#validators/enrollment'
import { NoCaptcha, TurnstileCaptcha, useCaptcha } from '#services/captcha'
import { createProgram, rowCount } from '#tests/fixtures'
import { application } from './fixtures.js'

const REG = /^REG-\d{4}-\d{2}-\d{3}$/

test.group('Enrollments · the public form', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a visitor enrolls a child without an account: 201, pending, a registration number', async ({
    client,
    assert,
  }) => {
    const program = await createProgram()
    const body = application(program.id)
    const response = await client.post('/api/v1/enrollments').json(body)

    response.assertStatus(201)
    const data = response.body().data
    assert.equal(data.status, 'pending')
    assert.match(data.registration_number, REG)
    assert.equal(data.wa_number, '+6281234567890')
    assert.equal(data.program.id, program.id)

    const row = await Enrollment.findOrFail(data.id)
    assert.isNull(row.accountId)
    assert.deepEqual(row.preferredDays, ['saturday', 'sunday'])
    assert.isNotEmpty(row.consentText)
    assert.isNotNull(row.consentAt)
  })

  test('WhatsApp numbers in every usual spelling become +62…', async ({ assert }) => {
    for (const spelling of ['081234567890', '81234567890', '+62 812-3456-7890', '6281234567890']) {
      assert.equal(indonesianMobile(spelling), '+6281234567890', spelling)
    }
    // a landline, a foreign number, too short
    for (const refused of ['0212345678', '+6512345678', '08123', 'abc']) {
      assert.isNull(indonesianMobile(refused), refused)
    }
  })

  test('a number that is no Indonesian mobile is refused on its field', async ({ client }) => {
    const program = await createProgram()
    const response = await client
      .post('/api/v1/enrollments')
      .json(application(program.id, { wa_number: '021 234 5678' }))
    response.assertStatus(422)
    response.assertBodyContains({ code: 'VALIDATION_FAILED' })
    response.assertBodyContains({ errors: { wa_number: [] } })
  })

  test('each field is validated: email, consent, program, names, days, times', async ({
    client,
    assert,
  }) => {
    const program = await createProgram()
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'not-an-email' }, 'email'],
      [{ consent: false }, 'consent'],
      [{ consent: undefined }, 'consent'],
      [{ program_id: 'nope' }, 'program_id'],
      [{ child_name: '' }, 'child_name'],
      [{ guardian_name: undefined }, 'guardian_name'],
      [{ preferred_days: ['funday'] }, 'preferred_days.0'],
      [{ preferred_time_range: { start: '25:00', end: '11:00' } }, 'preferred_time_range.start'],
      [{ date_of_birth: '2999-01-01' }, 'date_of_birth'],
      [{ start_date_target: '2000-01-01' }, 'start_date_target'],
      [{ experience_level: 'guru' }, 'experience_level'],
    ]
    for (const [change, field] of cases) {
      const response = await client
        .post('/api/v1/enrollments')
        .json(application(program.id, change))
      assert.equal(response.status(), 422, field)
      assert.include(Object.keys(response.body().errors), field, JSON.stringify(response.body()))
    }
    assert.equal(await rowCount('enrollments'), 0)
  })

  test('HTML and emoji in names are kept as text', async ({ client, assert }) => {
    const program = await createProgram()
    const response = await client
      .post('/api/v1/enrollments')
      .json(application(program.id, { child_name: '<b>Sari</b> 🎯', notes: '<script>x</script>' }))
    response.assertStatus(201)
    assert.equal(response.body().data.child_name, '<b>Sari</b> 🎯')
  })

  test('an inactive program takes no enrollment: 422 ENROLLMENT_COURSE_INACTIVE, no number used', async ({
    client,
    assert,
  }) => {
    const inactive = await createProgram({ status: 'inactive' })
    const refused = await client.post('/api/v1/enrollments').json(application(inactive.id))
    refused.assertStatus(422)
    refused.assertBodyContains({ code: 'ENROLLMENT_COURSE_INACTIVE' })
    assert.property(refused.body().errors, 'program_id')

    const active = await createProgram()
    const accepted = await client.post('/api/v1/enrollments').json(application(active.id))
    assert.match(accepted.body().data.registration_number, /-001$/)
  })

  test('an unknown program is 404 PROGRAM_NOT_FOUND', async ({ client }) => {
    const response = await client
      .post('/api/v1/enrollments')
      .json(application('00000000-0000-4000-8000-000000000000'))
    response.assertStatus(404)
    response.assertBodyContains({ code: 'PROGRAM_NOT_FOUND' })
  })

  test('the same child twice in one program: 409 ENROLLMENT_ALREADY_EXISTS, no number used', async ({
    client,
    assert,
  }) => {
    const program = await createProgram()
    const body = application(program.id)
    const first = await client.post('/api/v1/enrollments').json(body)
    first.assertStatus(201)

    const again = await client.post('/api/v1/enrollments').json({
      ...body,
      child_name: ` ${String(body.child_name).toUpperCase()} `,
      email: String(body.email).toUpperCase(),
    })
    again.assertStatus(409)
    again.assertBodyContains({ code: 'ENROLLMENT_ALREADY_EXISTS' })

    // once it is cancelled, the child may apply again
    await Enrollment.query().where('id', first.body().data.id).update({ status: 'cancelled' })
    const third = await client.post('/api/v1/enrollments').json(body)
    third.assertStatus(201)
    assert.match(third.body().data.registration_number, /-002$/)

    // another program is another enrollment
    const other = await createProgram()
    const elsewhere = await client
      .post('/api/v1/enrollments')
      .json({ ...body, program_id: other.id })
    elsewhere.assertStatus(201)
  })

  test('a replayed Idempotency-Key creates one enrollment (header or body field)', async ({
    client,
    assert,
  }) => {
    const program = await createProgram()
    const body = application(program.id)
    const key = crypto.randomUUID()
    const first = await client.post('/api/v1/enrollments').header('Idempotency-Key', key).json(body)
    const replay = await client
      .post('/api/v1/enrollments')
      .header('Idempotency-Key', key)
      .json(body)
    first.assertStatus(201)
    replay.assertStatus(201)
    replay.assertHeader('idempotent-replayed', 'true')
    assert.equal(replay.body().data.id, first.body().data.id)

    const other = application(program.id)
    const bodyKey = crypto.randomUUID()
    await client.post('/api/v1/enrollments').json({ ...other, idempotency_key: bodyKey })
    await client.post('/api/v1/enrollments').json({ ...other, idempotency_key: bodyKey })
    assert.equal(await rowCount('enrollments'), 2)
  })

  test('registration numbers follow the month in the club time zone', async ({
    client,
    assert,
  }) => {
    const program = await createProgram()
    const response = await client.post('/api/v1/enrollments').json(application(program.id))
    const period = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Jakarta',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .replace('/', '-')
    assert.equal(response.body().data.registration_number, `REG-${period}-001`)
    const counter = await db.from('enrollment_counters').where('period', period).first()
    assert.equal(counter.last_number, 1)
  })
})

test.group('Enrollments · captcha', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => useCaptcha(null))

  test('none accepts; Turnstile asks Cloudflare and refuses a bad token with 422 CAPTCHA_INVALID', async ({
    client,
    assert,
  }) => {
    assert.isTrue(await new NoCaptcha().verify())
    const seen: string[] = []
    const fakeFetch = (async (_url: string, init: { body: URLSearchParams }) => {
      seen.push(init.body.get('response') ?? '')
      return new Response(JSON.stringify({ success: init.body.get('response') === 'good' }))
    }) as unknown as typeof fetch
    useCaptcha(new TurnstileCaptcha('site', 'secret', fakeFetch))
    const program = await createProgram()

    const missing = await client.post('/api/v1/enrollments').json(application(program.id))
    missing.assertStatus(422)
    missing.assertBodyContains({ code: 'CAPTCHA_INVALID' })
    const bad = await client
      .post('/api/v1/enrollments')
      .json(application(program.id, { captcha_token: 'bad' }))
    bad.assertBodyContains({ code: 'CAPTCHA_INVALID' })
    const good = await client
      .post('/api/v1/enrollments')
      .json(application(program.id, { captcha_token: 'good' }))
    good.assertStatus(201)
    assert.deepEqual(seen, ['bad', 'good'])
    assert.equal(await rowCount('enrollments'), 1)
  })
})

test.group('Enrollments · the received mail', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('the guardian gets a "received" mail in the form\u2019s language; a refusal sends none', async ({
    client,
  }) => {
    const { mails } = mail.fake()
    const inactive = await createProgram({ status: 'inactive' })
    await client.post('/api/v1/enrollments').json(application(inactive.id))
    mails.assertNoneQueued()

    const program = await createProgram({ name: 'Panahan Anak' })
    const body = application(program.id, { child_name: '<b>Sari</b>' })
    const response = await client
      .post('/api/v1/enrollments')
      .header('accept-language', 'en')
      .json(body)
    response.assertStatus(201)
    mails.assertQueued(EnrollmentNotification, (sent) => {
      sent.message.assertTo(String(body.email))
      sent.message.assertSubject(
        `<b>Sari</b>'s enrollment received (${response.body().data.registration_number})`
      )
      sent.message.assertHtmlIncludes('&lt;b&gt;Sari&lt;/b&gt;')
      sent.message.assertHtmlIncludes('/enroll/status')
      return sent.kind === 'created'
    })
  })
})
