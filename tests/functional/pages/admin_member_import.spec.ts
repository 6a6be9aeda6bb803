import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import Member from '#models/member'
import User from '#models/user'
import { createAdmin, createCoach, createParent, rowCount, short } from '#tests/fixtures'
import { withLocaleCookie } from '#tests/functional/pages/helpers'

const HEADER = 'parent_name,parent_email,parent_phone,member_name,date_of_birth,relationship'

function sheet(tag: string, extra: string[] = []) {
  return [
    HEADER,
    `Ibu Rina,rina.${tag}@example.test,0812 3456 7890,Budi ${tag},2014-05-02,child`,
    `Ibu Rina,rina.${tag}@example.test,,"Sari, ${tag}",2016-01-09,child`,
    `Pak Joko,joko.${tag}@example.test,,Ñoño ${tag},2015-03-03,child`,
    ...extra,
  ].join('\r\n')
}

async function counts() {
  return { members: await rowCount('members'), users: await rowCount('users') }
}

test.group('Pages | admin · members import', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the preview is a dry run: per-row outcomes with reasons, nothing written', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const staff = await createCoach({ email: `pelatih.${short()}@example.test` })
    const tag = short()
    const csv = sheet(tag, [
      `Pelatih,${staff.email},,Anak Pelatih,2015-01-01,child`,
      `Tanpa Email,,,Anak Tanpa,2015-01-01,child`,
    ])
    const before = await counts()

    const response = await withLocaleCookie(
      client.post(urlFor('admin.members.import.preview')).form({ csv, partial: '1' }),
      'en'
    )
      .loginAs(admin)
      .withCsrfToken()
    response.assertStatus(200)
    const html = response.text()
    assert.equal(html.match(/data-outcome="created"/g)?.length, 3)
    assert.equal(html.match(/data-outcome="refused"/g)?.length, 2)
    assert.include(html, 'This email belongs to a staff account.')
    // the missing email, explained in the reader's language
    assert.match(html, /<ul class="import-errors">\s*<li>[^<]*email[^<]*<\/li>/i)
    assert.include(html, 'Nothing has been written yet.')
    assert.deepEqual(await counts(), before, 'a dry run writes nothing')
    // the commit form carries the same rows
    assert.include(html, `name="csv" hidden>`)
  })

  test('commit writes the rows; a second run creates nothing', async ({ client, assert }) => {
    const admin = await createAdmin()
    const tag = short()
    const csv = sheet(tag)
    const before = await counts()

    const first = await withLocaleCookie(
      client.post(urlFor('admin.members.import.store')).form({ csv }),
      'en'
    )
      .loginAs(admin)
      .withCsrfToken()
    first.assertStatus(200)
    assert.include(first.text(), 'Imported: 3 created, 0 skipped, 0 refused.')
    const after = await counts()
    assert.equal(after.members, before.members + 3)
    assert.equal(after.users, before.users + 2)
    const rina = await User.findByOrFail('email', `rina.${tag}@example.test`)
    const children = await Member.query().where('account_id', rina.id)
    assert.sameMembers(
      children.map((member) => member.name),
      [`Budi ${tag}`, `Sari, ${tag}`]
    )

    const second = await withLocaleCookie(
      client.post(urlFor('admin.members.import.store')).form({ csv }),
      'en'
    )
      .loginAs(admin)
      .withCsrfToken()
    second.assertStatus(200)
    assert.include(second.text(), 'Imported: 0 created, 3 skipped, 0 refused.')
    assert.deepEqual(await counts(), after, 'the second run creates nothing')
  })

  test('one refused row writes nothing unless partial; the page says so', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const csv = sheet(short(), ['Tanpa Email,,,Anak Tanpa,2015-01-01,child'])
    const before = await counts()
    const response = await withLocaleCookie(
      client.post(urlFor('admin.members.import.store')).form({ csv }),
      'en'
    )
      .loginAs(admin)
      .withCsrfToken()
    response.assertStatus(200)
    assert.include(response.text(), 'Nothing was written: 1 rows are refused.')
    assert.deepEqual(await counts(), before)
  })

  test('pasted from a spreadsheet (tabs) reads the same', async ({ client, assert }) => {
    const admin = await createAdmin()
    const tag = short()
    const csv = [
      HEADER.replaceAll(',', '\t'),
      `Ibu Rina\trina.${tag}@example.test\t\tBudi, ${tag}\t2014-05-02\tchild`,
    ].join('\n')
    const response = await client
      .post(urlFor('admin.members.import.preview'))
      .form({ csv })
      .loginAs(admin)
      .withCsrfToken()
    response.assertStatus(200)
    assert.equal(response.text().match(/data-outcome="created"/g)?.length, 1)
    assert.include(response.text(), `Budi, ${tag}`)
  })

  test('only admins import', async ({ client, assert }) => {
    const parent = await createParent()
    const page = await client.get(urlFor('admin.members.import.create')).loginAs(parent)
    page.assertStatus(403)
    const before = await counts()
    const post = await client
      .post(urlFor('admin.members.import.store'))
      .form({ csv: sheet(short()) })
      .redirects(0)
      .loginAs(parent)
      .withCsrfToken()
    assert.include([302, 403], post.status())
    assert.deepEqual(await counts(), before)
  })
})

test.group('Pages | admin · members import template', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the template is a CSV whose header the import reads back', async ({ client, assert }) => {
    const admin = await createAdmin()
    const response = await client.get(urlFor('admin.members.import.template')).loginAs(admin)
    response.assertStatus(200)
    assert.isTrue(response.text().startsWith('\uFEFFparent_name,parent_email,'))
    const before = await rowCount('members')
    const preview = await client
      .post(urlFor('admin.members.import.preview'))
      .form({ csv: response.text() })
      .loginAs(admin)
      .withCsrfToken()
    assert.equal(preview.text().match(/data-outcome="created"/g)?.length, 1)
    assert.equal(await rowCount('members'), before)
  })
})
