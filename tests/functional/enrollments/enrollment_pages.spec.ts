import { urlFor } from '@adonisjs/core/services/url_builder'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Enrollment from '#models/enrollment'
import type User from '#models/user'
import { createEnrollment } from '#actions/enrollments/create_enrollment'
import {
  createAdmin,
  createCoach,
  createMember,
  createParent,
  createProgram,
  rowCount,
  uniqueEmail,
} from '#tests/fixtures'

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
    // the children page links each child to the pre-filled form
    const children = await client.get(urlFor('parent.children.index')).loginAs(parent)
    const link = urlFor('enrollments.create', {}, { qs: { member_id: child.id } })
    assert.include(children.text(), `href="${link}"`)

    const form = await client.get(link).loginAs(parent)
    assert.include(form.text(), 'value="Bu Wati"')
    assert.include(form.text(), `value="${parent.email}"`)
    assert.include(form.text(), 'value="Dimas Anak"')

    // another family's child is not pre-filled
    const other = await createMember(await createParent(), { name: 'Anak Orang Lain' })
    const foreign = await client.get(`/enroll?member_id=${other.id}`).loginAs(parent)
    assert.notInclude(foreign.text(), 'Anak Orang Lain')
  })
})

test.group('Enrollments · admin and parent pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  async function pending(account: User | null = null) {
    const program = await createProgram({ name: 'Panahan Anak' })
    return createEnrollment({
      programId: program.id,
      childName: '<b>Sari</b>',
      guardianName: 'Ibu Rina',
      email: account?.email ?? uniqueEmail('wali'),
      waNumber: '+6281234567890',
      consentText: 'Saya setuju',
      locale: 'id',
      notes: '<script>alert(1)</script>',
      account,
    })
  }

  test('the admin queue lists pending applications, escaped, and approves in one tap', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const enrollment = await pending()
    const queue = await client.get('/admin/enrollments').loginAs(admin)
    queue.assertStatus(200)
    assert.include(queue.text(), enrollment.registrationNumber)
    assert.include(queue.text(), '&lt;b&gt;Sari&lt;/b&gt;')
    assert.notInclude(queue.text(), '<b>Sari</b>')

    const detail = await client.get(`/admin/enrollments/${enrollment.id}`).loginAs(admin)
    detail.assertStatus(200)
    assert.include(detail.text(), '&lt;script&gt;')
    assert.notInclude(detail.text(), '<script>alert(1)</script>')

    const approve = await client
      .post(`/admin/enrollments/${enrollment.id}/approve`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    approve.assertStatus(302)
    await enrollment.refresh()
    assert.equal(enrollment.status, 'approved')
  })

  test('the admin rejects with a reason; without one the form says why', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const enrollment = await pending()
    const empty = await client
      .post(`/admin/enrollments/${enrollment.id}/reject`)
      .header('referer', `/admin/enrollments/${enrollment.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ reason: '' })
      .redirects(0)
    empty.assertStatus(302)
    await enrollment.refresh()
    assert.equal(enrollment.status, 'pending')

    await client
      .post(`/admin/enrollments/${enrollment.id}/reject`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ reason: 'Kelas penuh' })
      .redirects(0)
    await enrollment.refresh()
    assert.equal(enrollment.status, 'rejected')
    assert.equal(enrollment.reason, 'Kelas penuh')
  })

  test('coaches and parents do not reach the admin pages', async ({ client }) => {
    const enrollment = await pending()
    const coach = await createCoach()
    const parent = await createParent()
    const asCoach = await client.get('/admin/enrollments').loginAs(coach)
    asCoach.assertStatus(403)
    const asParent = await client.get(`/admin/enrollments/${enrollment.id}`).loginAs(parent)
    asParent.assertStatus(403)
  })

  test('a parent sees their applications and cancels a pending one', async ({ client, assert }) => {
    const parent = await createParent()
    const own = await pending(parent)
    const foreign = await pending(await createParent())
    const page = await client.get('/parent/enrollments').loginAs(parent)
    page.assertStatus(200)
    assert.include(page.text(), own.registrationNumber)
    assert.notInclude(page.text(), foreign.registrationNumber)

    const other = await client
      .post(`/parent/enrollments/${foreign.id}/cancel`)
      .loginAs(parent)
      .withCsrfToken()
      .redirects(0)
    assert.notEqual(other.status(), 302)
    await foreign.refresh()
    assert.equal(foreign.status, 'pending')

    await client
      .post(`/parent/enrollments/${own.id}/cancel`)
      .loginAs(parent)
      .withCsrfToken()
      .redirects(0)
    await own.refresh()
    assert.equal(own.status, 'cancelled')
  })

  test('the admin dashboard counts the pending enrollments and links to the queue', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const count = (html: string) =>
      Number(
        html
          .match(/data-stat="pending-enrollments">\s*<span class="dash-stat__value">([\d.,]+)</)![1]
          .replace(/[.,]/g, '')
      )
    const first = await client.get('/dashboard').loginAs(admin)
    const before = count(first.text())
    await pending()
    const decided = await pending()
    await Enrollment.query().where('id', decided.id).update({ status: 'rejected' })
    const page = await client.get('/dashboard').loginAs(admin)
    assert.equal(count(page.text()), before + 1)
    assert.include(page.text(), 'href="/admin/enrollments"')
  })
})
