import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import testUtils from '@adonisjs/core/services/test_utils'
import Member from '#models/member'
import User from '#models/user'
import MembersImport from '../../../commands/members_import.js'
import { createCoach, createMember, createParent, rowCount, short } from '#tests/fixtures'

const HEADER = 'parent_name,parent_email,parent_phone,member_name,date_of_birth,relationship,school'

async function csvFile(lines: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'latih-import-'))
  const file = join(dir, 'members.csv')
  await writeFile(file, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`)
  return file
}

async function run(file: string, ...flags: string[]) {
  const command = await ace.create(MembersImport, [file, ...flags])
  await command.exec()
  return command
}

/**
 * Two families, three children, one of them with a quoted name
 */
function family(tag: string) {
  return [
    `Budi Santoso,budi.${tag}@example.test,0812 3456 7890,Rara Santoso,2015-04-01,child,SD 1`,
    `Budi Santoso,budi.${tag}@example.test,,"Bima ""Kecil"" Santoso",2017-09-12,child,`,
    `"Ayu, Lestari",ayu.${tag}@example.test,,Ñoman Ayu,2014-01-30,,`,
  ]
}

test.group('members:import', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('a dry run reports what it would create and writes nothing', async ({ assert }) => {
    const tag = short()
    const users = await rowCount('users')
    const members = await rowCount('members')
    const command = await run(await csvFile(family(tag)), '--dry-run')
    command.assertSucceeded()
    command.assertLogMatches(/Dry run: 3 created, 0 skipped, 0 refused; nothing written/)
    assert.equal(await rowCount('users'), users)
    assert.equal(await rowCount('members'), members)
  })

  test('creates each parent once and their members; a second run creates nothing', async ({
    assert,
  }) => {
    const tag = short()
    const file = await csvFile(family(tag))
    const first = await run(file)
    first.assertSucceeded()
    first.assertLogMatches(/Imported: 3 created, 0 skipped, 0 refused/)

    const budi = await User.findByOrFail('email', `budi.${tag}@example.test`)
    assert.equal(budi.role, 'member')
    const children = await Member.query().where('account_id', budi.id).orderBy('name')
    assert.deepEqual(
      children.map((child) => [child.name, child.dateOfBirth?.toISODate(), child.status]),
      [
        ['Bima "Kecil" Santoso', '2017-09-12', 'active'],
        ['Rara Santoso', '2015-04-01', 'active'],
      ]
    )
    const ayu = await User.findByOrFail('email', `ayu.${tag}@example.test`)
    assert.equal(ayu.name, 'Ayu, Lestari')

    const users = await rowCount('users')
    const members = await rowCount('members')
    const second = await run(file)
    second.assertSucceeded()
    second.assertLogMatches(/Imported: 0 created, 3 skipped, 0 refused/)
    assert.equal(await rowCount('users'), users)
    assert.equal(await rowCount('members'), members)
  })

  test('an existing parent is found by email and a known child skipped', async ({ assert }) => {
    const parent = await createParent()
    await createMember(parent, { name: 'Rara Santoso' })
    const users = await rowCount('users')
    const command = await run(
      await csvFile([
        `Budi,${parent.email.toUpperCase()},,rara santoso,,child,`,
        `Budi,${parent.email},,Dewi Santoso,2016-02-02,child,`,
      ])
    )
    command.assertSucceeded()
    command.assertLogMatches(/1 created, 1 skipped, 0 refused/)
    assert.equal(await rowCount('users'), users)
    assert.lengthOf(await Member.query().where('account_id', parent.id), 2)
  })

  test('one refused row writes nothing, unless --partial', async ({ assert }) => {
    const coach = await createCoach()
    const tag = short()
    const lines = [
      ...family(tag),
      `Tanpa Email,not-an-email,,Anak Satu,2015-01-01,child,`,
      `Pelatih,${coach.email},,Anak Dua,2015-01-01,child,`,
      `Budi Santoso,budi.${tag}@example.test,,Lahir Nanti,2999-01-01,child,`,
    ]
    const members = await rowCount('members')
    const strict = await run(await csvFile(lines))
    strict.assertFailed()
    strict.assertLogMatches(/Nothing written: 3 created, 0 skipped, 3 refused/)
    strict.assertLogMatches(/parent_email/)
    strict.assertLogMatches(/date_of_birth/)
    assert.equal(await rowCount('members'), members)

    const partial = await run(await csvFile(lines), '--partial')
    partial.assertSucceeded()
    partial.assertLogMatches(/Imported: 3 created, 0 skipped, 3 refused/)
    assert.equal(await rowCount('members'), members + 3)
  })

  test('a file it cannot read is refused', async () => {
    const command = await run('/nonexistent/members.csv')
    command.assertFailed()
    command.assertLogMatches(/Cannot read/)
  })
})
