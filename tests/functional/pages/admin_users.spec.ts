import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import { createUser, fieldError, freshEmail } from './helpers.js'

function userIds(html: string) {
  return [...html.matchAll(/data-user="([^"]+)"/g)].map((match) => match[1])
}

test.group('Pages | admin · accounts', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('filters by role and status, searches name or email, and pages', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin', { name: 'Admin Satu' })
    const coach = await createUser('coach', { name: 'Pelatih Rina' })
    const parent = await createUser('member', { email: 'ibu.sari@example.test' })
    const gone = await createUser('inactive', { name: 'Sudah Pergi' })

    const all = await client.get('/admin/users').loginAs(admin)
    all.assertStatus(200)
    assert.sameMembers(userIds(all.text()), [admin.id, coach.id, parent.id, gone.id])
    assert.include(all.text(), 'Admin Satu (Anda)')

    const coaches = await client.get('/admin/users').qs({ role: 'coach' }).loginAs(admin)
    assert.deepEqual(userIds(coaches.text()), [coach.id])
    const inactive = await client
      .get('/admin/users')
      .qs({ status: 'inactive', role: '' })
      .loginAs(admin)
    assert.deepEqual(userIds(inactive.text()), [gone.id])
    assert.include(inactive.text(), `action="/admin/users/${gone.id}/reactivate"`)
    const byEmail = await client.get('/admin/users').qs({ search: 'ibu.sari' }).loginAs(admin)
    assert.deepEqual(userIds(byEmail.text()), [parent.id])
    const byName = await client.get('/admin/users').qs({ search: 'rina' }).loginAs(admin)
    assert.deepEqual(userIds(byName.text()), [coach.id])

    const paged = await client.get('/admin/users').qs({ limit: 3 }).loginAs(admin)
    assert.lengthOf(userIds(paged.text()), 3)
    assert.include(paged.text(), 'Halaman 1 dari 2')
  })

  test('an admin creates an account with a temporary password', async ({ client, assert }) => {
    const admin = await createUser('admin')
    const email = freshEmail('pelatih')

    const form = await client.get('/admin/users/new').loginAs(admin)
    form.assertStatus(200)

    const response = await client
      .post('/admin/users')
      .loginAs(admin)
      .withCsrfToken()
      .form({
        name: 'Pelatih Baru',
        email: email.toUpperCase(),
        password: 'Sementara123',
        role: 'coach',
        phone: '',
        locale: 'id',
      })
      .redirects(0)
    response.assertStatus(302)
    const user = await User.findByOrFail('email', email)
    assert.equal(user.role, 'coach')
    assert.equal(user.status, 'active')
    assert.isTrue(await hash.verify(user.password, 'Sementara123'))
  })

  test('a duplicate email or a weak password comes back on the form', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    const taken = await createUser()
    const before = await User.query().count('* as total')

    const response = await client
      .post('/admin/users')
      .header('referer', '/admin/users/new')
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Dobel', email: taken.email, password: 'pendek', role: 'member' })
      .redirects(0)
    response.assertStatus(302)
    const page = await client
      .get('/admin/users/new')
      .loginAs(admin)
      .withFlashMessages(response.flashMessages())
    assert.isNotNull(fieldError(page.text(), 'email'))
    assert.isNotNull(fieldError(page.text(), 'password'))
    assert.notInclude(page.text(), 'value="pendek"')
    const after = await User.query().count('* as total')
    assert.equal(after[0].$extras.total, before[0].$extras.total)
  })

  test('an admin changes a role, deactivates and reactivates an account', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin')
    const user = await createUser('member', { name: 'Budi' })

    const edit = await client.get(`/admin/users/${user.id}/edit`).loginAs(admin)
    edit.assertStatus(200)
    const saved = await client
      .put(`/admin/users/${user.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Budi', email: user.email, role: 'coach', status: 'active' })
      .redirects(0)
    saved.assertStatus(302)
    await user.refresh()
    assert.equal(user.role, 'coach')

    const deactivated = await client
      .post(`/admin/users/${user.id}/deactivate`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    deactivated.assertFlashMessage('success', 'Akun Budi dinonaktifkan.')
    await user.refresh()
    assert.equal(user.status, 'inactive')

    await client
      .post(`/admin/users/${user.id}/reactivate`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    await user.refresh()
    assert.equal(user.status, 'active')
  })

  test('an admin’s own deactivation or demotion is refused in words on the form', async ({
    client,
    assert,
  }) => {
    const admin = await createUser('admin', { name: 'Admin Sendiri' })
    await createUser('admin')

    const list = await client.get('/admin/users').loginAs(admin)
    assert.notInclude(list.text(), `action="/admin/users/${admin.id}/deactivate"`)

    const demoted = await client
      .put(`/admin/users/${admin.id}`)
      .header('referer', `/admin/users/${admin.id}/edit`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Admin Sendiri', email: admin.email, role: 'member', status: 'active' })
      .redirects(0)
    demoted.assertStatus(302)
    const form = await client
      .get(`/admin/users/${admin.id}/edit`)
      .loginAs(admin)
      .withFlashMessages(demoted.flashMessages())
    assert.equal(
      fieldError(form.text(), 'role'),
      'Anda tidak dapat menonaktifkan akun sendiri atau mencabut peran admin Anda sendiri.'
    )

    const deactivated = await client
      .post(`/admin/users/${admin.id}/deactivate`)
      .header('referer', '/admin/users')
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    const page = await client
      .get('/admin/users')
      .loginAs(admin)
      .withFlashMessages(deactivated.flashMessages())
    assert.include(
      page.text(),
      'Anda tidak dapat menonaktifkan akun sendiri atau mencabut peran admin Anda sendiri.'
    )
    await admin.refresh()
    assert.equal(admin.role, 'admin')
    assert.equal(admin.status, 'active')
  })

  test('parents and coaches cannot manage accounts', async ({ client, assert }) => {
    const target = await createUser('member', { name: 'Tetap' })
    for (const user of [await createUser(), await createUser('coach')]) {
      for (const path of ['/admin/users', '/admin/users/new', `/admin/users/${target.id}/edit`]) {
        const response = await client.get(path).loginAs(user)
        response.assertStatus(403)
      }
      const response = await client
        .post(`/admin/users/${target.id}/deactivate`)
        .loginAs(user)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      assert.isString(response.flashMessages().error)
      await client
        .post('/admin/users')
        .loginAs(user)
        .withCsrfToken()
        .form({ name: 'Penyusup', email: freshEmail(), password: 'Rahasia123', role: 'admin' })
        .redirects(0)
    }
    await target.refresh()
    assert.equal(target.status, 'active')
    assert.isNull(await User.findBy('name', 'Penyusup'))
  })
})
