import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import Member from '#models/member'
import MemberRejectedNotification from '#mails/member_rejected_notification'
import { makeMember, makeUser } from '../club/fixtures.js'
import { fieldError } from './helpers.js'

/**
 * The cards of the members page, by member id
 */
function cardIds(html: string) {
  return [...html.matchAll(/data-member="([^"]+)"/g)].map((match) => match[1])
}

test.group('Pages | admin · members', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('the approval card shows birth date, school, notes and the parent’s contact', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const parent = await makeUser('member', { name: 'Ibu Sari', phone: '+62 812 1111 2222' })
    const pending = await makeMember(parent, {
      name: 'Laras',
      status: 'pending',
      approvedAt: null,
      dateOfBirth: DateTime.fromISO('2016-08-17'),
      school: 'SD Negeri 5',
      notes: 'Alergi kacang',
    })
    const active = await makeMember(parent, { name: 'Sudah Aktif' })

    const page = await client.get('/admin/members').loginAs(admin)
    page.assertStatus(200)
    const html = page.text()
    assert.deepEqual(cardIds(html), [pending.id])
    assert.include(html, '17 Agustus 2016')
    assert.notInclude(html, '2016-08-17')
    assert.include(html, 'SD Negeri 5')
    assert.include(html, 'Alergi kacang')
    assert.include(html, 'Ibu Sari')
    assert.include(html, parent.email)
    assert.include(html, 'href="tel:+62 812 1111 2222"')
    assert.include(html, 'Setujui')
    assert.include(html, 'Tolak')

    const all = await client.get('/admin/members').qs({ status: 'all' }).loginAs(admin)
    assert.sameMembers(cardIds(all.text()), [pending.id, active.id])
  })

  test('filters by status, searches names and parents, and pages', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const parent = await makeUser('member', { email: 'keluarga.wijaya@example.test' })
    const active = await makeMember(parent, { name: 'Bima Wijaya' })
    const inactive = await makeMember(await makeUser(), { name: 'Citra', status: 'inactive' })
    const rejected = await makeMember(await makeUser(), {
      name: 'Dodi',
      status: 'rejected',
      approvedAt: null,
    })

    const byStatus = async (status: string) => {
      const page = await client.get('/admin/members').qs({ status }).loginAs(admin)
      return cardIds(page.text())
    }
    assert.deepEqual(await byStatus('active'), [active.id])
    assert.deepEqual(await byStatus('inactive'), [inactive.id])
    assert.deepEqual(await byStatus('rejected'), [rejected.id])

    const byName = await client
      .get('/admin/members')
      .qs({ status: 'all', search: 'bima' })
      .loginAs(admin)
    assert.deepEqual(cardIds(byName.text()), [active.id])
    const byParent = await client
      .get('/admin/members')
      .qs({ status: 'all', search: 'keluarga.wijaya' })
      .loginAs(admin)
    assert.deepEqual(cardIds(byParent.text()), [active.id])

    const first = await client.get('/admin/members').qs({ status: 'all', limit: 2 }).loginAs(admin)
    assert.lengthOf(cardIds(first.text()), 2)
    assert.include(first.text(), 'Halaman 1 dari 2')
    assert.match(first.text(), /rel="next" href="\/admin\/members\?[^"]*status=all/)
  })

  test('an admin rejects a sign-up (the parent is told) and restores it to the queue', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const admin = await makeUser('admin')
    const parent = await makeUser()
    const member = await makeMember(parent, { name: 'Eka', status: 'pending', approvedAt: null })

    const rejected = await client
      .post(`/admin/members/${member.id}/reject`)
      .header('referer', '/admin/members')
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    rejected.assertStatus(302)
    rejected.assertFlashMessage('success', 'Pendaftaran Eka ditolak.')
    await member.refresh()
    assert.equal(member.status, 'rejected')
    mails.assertQueued(MemberRejectedNotification, (message) => {
      message.message.assertTo(parent.email)
      message.message.assertSubject('Pendaftaran Eka belum disetujui')
      return true
    })
    const children = await client.get('/parent/children').loginAs(parent)
    children.assertTextIncludes('Ditolak')
    children.assertTextIncludes('Klub tidak menyetujui pendaftaran ini.')

    await client
      .post(`/admin/members/${member.id}/restore`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    await member.refresh()
    assert.equal(member.status, 'pending')
  })

  test('an admin deactivates and restores an active member', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser(), { name: 'Fajar' })

    const page = await client.get('/admin/members').qs({ status: 'active' }).loginAs(admin)
    assert.include(page.text(), `action="/admin/members/${member.id}/deactivate"`)
    assert.include(page.text(), 'Ya, nonaktifkan')

    const deactivated = await client
      .post(`/admin/members/${member.id}/deactivate`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    deactivated.assertFlashMessage('success', 'Fajar dinonaktifkan.')
    await member.refresh()
    assert.equal(member.status, 'inactive')

    await client
      .post(`/admin/members/${member.id}/restore`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    await member.refresh()
    assert.equal(member.status, 'active')
  })

  test('a move the member’s state does not allow comes back as a translated refusal', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser())

    const response = await client
      .post(`/admin/members/${member.id}/reject`)
      .header('referer', '/admin/members')
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.isString(response.flashMessages().error)
    assert.notInclude(response.flashMessages().error, 'INVALID_STATE_TRANSITION')
    await member.refresh()
    assert.equal(member.status, 'active')
  })

  test('an admin edits a member’s details; bad values come back on the form', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const member = await makeMember(await makeUser(), { name: 'Gita' })

    const form = await client.get(`/admin/members/${member.id}/edit`).loginAs(admin)
    form.assertStatus(200)
    assert.include(form.text(), 'name="updated_at"')

    const saved = await client
      .put(`/admin/members/${member.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({
        name: 'Gita Puspita',
        relationship: 'child',
        date_of_birth: '2015-01-31',
        school: 'SMP 2',
        notes: '',
        phone: '',
      })
      .redirects(0)
    saved.assertStatus(302)
    await member.refresh()
    assert.equal(member.name, 'Gita Puspita')
    assert.equal(member.school, 'SMP 2')
    assert.equal(member.dateOfBirth?.toISODate(), '2015-01-31')
    assert.isNull(member.notes)

    const bad = await client
      .put(`/admin/members/${member.id}`)
      .header('referer', `/admin/members/${member.id}/edit`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'G', relationship: 'child', date_of_birth: '2999-01-01', phone: 'abc' })
      .redirects(0)
    bad.assertStatus(302)
    const again = await client
      .get(`/admin/members/${member.id}/edit`)
      .loginAs(admin)
      .withFlashMessages(bad.flashMessages())
    assert.isNotNull(fieldError(again.text(), 'name'))
    assert.isNotNull(fieldError(again.text(), 'date_of_birth'))
    assert.isNotNull(fieldError(again.text(), 'phone'))
    await member.refresh()
    assert.equal(member.name, 'Gita Puspita')
  })

  test('parents and coaches cannot manage members', async ({ client, assert }) => {
    const parent = await makeUser()
    const coach = await makeUser('coach')
    const member = await makeMember(parent, { status: 'pending', approvedAt: null })
    for (const user of [parent, coach]) {
      const list = await client.get('/admin/members').loginAs(user)
      list.assertStatus(403)
      const edit = await client.get(`/admin/members/${member.id}/edit`).loginAs(user)
      edit.assertStatus(403)
      for (const action of ['approve', 'reject', 'deactivate', 'restore']) {
        const response = await client
          .post(`/admin/members/${member.id}/${action}`)
          .loginAs(user)
          .withCsrfToken()
          .redirects(0)
        // a refused form post goes back with the reason flashed
        response.assertStatus(302)
        assert.isString(response.flashMessages().error)
      }
      await client
        .put(`/admin/members/${member.id}`)
        .loginAs(user)
        .withCsrfToken()
        .form({ name: 'Diubah' })
        .redirects(0)
    }
    const unchanged = await Member.findOrFail(member.id)
    assert.equal(unchanged.status, 'pending')
    assert.notEqual(unchanged.name, 'Diubah')
  })
})
