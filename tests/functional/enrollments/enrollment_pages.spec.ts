import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Enrollment from '#models/enrollment'
import { createMember, createParent, createProgram, rowCount, uniqueEmail } from '#tests/fixtures'

test.group('Enrollments · the public pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a program page links to the form, which has the program chosen', async ({
    client,
    assert,
  }) => {
    const program = await createProgram({ name: 'Panahan Anak' })
    const page = await client.get(`/programs/${program.id}`)
    assert.include(page.text(), `/enroll?program_id=${program.id}`)
    const form = await client.get(`/enroll?program_id=${program.id}`)
    form.assertStatus(200)
    assert.match(form.text(), new RegExp(`value="${program.id}"\\s+selected`))
  })

  test('the form works without JavaScript: a plain POST enrolls and shows the status', async ({
    client,
    assert,
  }) => {
    const program = await createProgram({ name: 'Panahan Anak' })
    const email = uniqueEmail('wali')
    const sent = await client
      .post('/enroll')
      .withCsrfToken()
      .form({
        'program_id': program.id,
        'guardian_name': 'Ibu <b>Rina</b>',
        'wa_number': '0812-3456-7890',
        email,
        'child_name': 'Sari 🎯',
        'date_of_birth': '',
        'preferred_days[]': ['saturday'],
        'preferred_time_range[start]': '',
        'preferred_time_range[end]': '',
        'instrument_owned': 'true',
        'consent': '1',
      })
      .redirects(0)
    sent.assertStatus(302)
    const enrollment = await Enrollment.query().where('guardian_email', email).firstOrFail()
    assert.equal(enrollment.guardianPhone, '+6281234567890')
    assert.deepEqual(enrollment.preferredDays, ['saturday'])
    assert.isTrue(enrollment.instrumentOwned)
    assert.include(sent.header('location'), `registration_number=${enrollment.registrationNumber}`)

    const status = await client.get(sent.header('location')!)
    status.assertStatus(200)
    assert.include(status.text(), enrollment.registrationNumber)
    assert.include(status.text(), 'Sari 🎯')
  })

  test('an empty form comes back with errors and creates nothing', async ({ client, assert }) => {
    const response = await client
      .post('/enroll')
      .header('referer', '/enroll')
      .withCsrfToken()
      .form({})
      .redirects(0)
    response.assertStatus(302)
    assert.equal(await rowCount('enrollments'), 0)
  })

  test('the status page: a wrong email or number gives one "not found"', async ({
    client,
    assert,
  }) => {
    const first = await client.get(
      '/enroll/status?email=a%40example.com&registration_number=REG-2026-01-001'
    )
    first.assertStatus(200)
    assert.include(first.text(), 'alert--error')
  })

  test("a signed-in parent's form is pre-filled with their details and their child", async ({
    client,
    assert,
  }) => {
    const parent = await createParent({ name: 'Bu Wati' })
    const child = await createMember(parent, { name: 'Dimas Anak' })
    const form = await client.get(`/enroll?member_id=${child.id}`).loginAs(parent)
    assert.include(form.text(), 'value="Bu Wati"')
    assert.include(form.text(), `value="${parent.email}"`)
    assert.include(form.text(), 'value="Dimas Anak"')

    // another family's child is not pre-filled
    const other = await createMember(await createParent(), { name: 'Anak Orang Lain' })
    const foreign = await client.get(`/enroll?member_id=${other.id}`).loginAs(parent)
    assert.notInclude(foreign.text(), 'Anak Orang Lain')
  })
})
