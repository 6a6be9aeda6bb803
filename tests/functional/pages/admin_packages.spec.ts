import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Package from '#models/package'
import { givePackage, makeMember, makePackage, makeUser } from '../club/fixtures.js'
import { fieldError } from './helpers.js'

function packageIds(html: string) {
  return [...html.matchAll(/data-package="([^"]+)"/g)].map((match) => match[1])
}

test.group('Pages | admin · packages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('prices read as rupiah; search, status filter and pages', async ({ client, assert }) => {
    const admin = await makeUser('admin')
    const eight = await makePackage({ name: 'Paket Delapan', price: 250000 })
    const four = await makePackage({ name: 'Paket Empat', price: 120000 })
    const old = await makePackage({ name: 'Paket Lama', status: 'inactive' })

    const page = await client.get('/admin/packages').loginAs(admin)
    page.assertStatus(200)
    assert.match(page.text(), /Rp\s250\.000/u)
    assert.sameMembers(packageIds(page.text()), [eight.id, four.id, old.id])

    const found = await client.get('/admin/packages').qs({ search: 'empat' }).loginAs(admin)
    assert.deepEqual(packageIds(found.text()), [four.id])

    const archived = await client
      .get('/admin/packages')
      .qs({ status: 'inactive', search: '' })
      .loginAs(admin)
    assert.deepEqual(packageIds(archived.text()), [old.id])
    assert.include(archived.text(), 'Aktifkan lagi')

    const paged = await client.get('/admin/packages').qs({ limit: 2 }).loginAs(admin)
    assert.lengthOf(packageIds(paged.text()), 2)
    assert.include(paged.text(), 'Halaman 1 dari 2')
  })

  test('an admin edits a package; bad numbers come back on the form', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const pkg = await makePackage({ name: 'Paket Awal', price: 100000 })

    const form = await client.get(`/admin/packages/${pkg.id}/edit`).loginAs(admin)
    form.assertStatus(200)
    assert.include(form.text(), 'value="Paket Awal"')

    const saved = await client
      .put(`/admin/packages/${pkg.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .form({
        name: 'Paket Baru',
        session_count: '6',
        duration_days: '45',
        price: '300000',
        description: '',
      })
      .redirects(0)
    saved.assertStatus(302)
    await pkg.refresh()
    assert.equal(pkg.name, 'Paket Baru')
    assert.equal(pkg.price, 300000)
    assert.equal(pkg.sessionCount, 6)

    const bad = await client
      .put(`/admin/packages/${pkg.id}`)
      .header('referer', `/admin/packages/${pkg.id}/edit`)
      .loginAs(admin)
      .withCsrfToken()
      .form({ name: 'Paket Baru', session_count: '0', duration_days: '45', price: '-5' })
      .redirects(0)
    const again = await client
      .get(`/admin/packages/${pkg.id}/edit`)
      .loginAs(admin)
      .withFlashMessages(bad.flashMessages())
    // the field's name in words, never the input's raw name
    assert.include(fieldError(again.text(), 'session_count'), 'Jumlah sesi')
    assert.include(fieldError(again.text(), 'price'), 'Harga')
    await pkg.refresh()
    assert.equal(pkg.sessionCount, 6)
  })

  test('archiving keeps members’ packages and stops new assignments; unarchive undoes it', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin')
    const child = await makeMember(await makeUser())
    const held = await givePackage(child, 4)
    const pkg = await Package.findOrFail(held.packageId)

    const list = await client.get('/admin/packages').loginAs(admin)
    assert.include(list.text(), `action="/admin/packages/${pkg.id}/archive"`)
    assert.include(list.text(), 'Ya, arsipkan')

    const archived = await client
      .post(`/admin/packages/${pkg.id}/archive`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    archived.assertStatus(302)
    await pkg.refresh()
    assert.equal(pkg.status, 'inactive')
    await held.refresh()
    assert.equal(held.status, 'active')

    const assign = await client.get(`/admin/members/${child.id}/packages`).loginAs(admin)
    assert.notInclude(assign.text(), `value="${pkg.id}"`)

    await client
      .post(`/admin/packages/${pkg.id}/unarchive`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    await pkg.refresh()
    assert.equal(pkg.status, 'active')
  })

  test('parents and coaches cannot manage packages', async ({ client, assert }) => {
    const pkg = await makePackage({ name: 'Paket Tetap' })
    for (const user of [await makeUser(), await makeUser('coach')]) {
      const list = await client.get('/admin/packages').loginAs(user)
      list.assertStatus(403)
      const edit = await client.get(`/admin/packages/${pkg.id}/edit`).loginAs(user)
      edit.assertStatus(403)
      for (const action of ['archive', 'unarchive']) {
        const response = await client
          .post(`/admin/packages/${pkg.id}/${action}`)
          .loginAs(user)
          .withCsrfToken()
          .redirects(0)
        response.assertStatus(302)
        assert.isString(response.flashMessages().error)
      }
      await client
        .put(`/admin/packages/${pkg.id}`)
        .loginAs(user)
        .withCsrfToken()
        .form({ name: 'Diubah' })
        .redirects(0)
    }
    await pkg.refresh()
    assert.equal(pkg.name, 'Paket Tetap')
    assert.equal(pkg.status, 'active')
  })
})
