import { Readable } from 'node:stream'
import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import hash from '@adonisjs/core/services/hash'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import UserCreate from '../../../commands/user_create.js'
import { UserFactory } from '#database/factories/user_factory'

const flagsFor = (email: string, role = 'admin') => [
  `--role=${role}`,
  `--email=${email}`,
  '--name=Ayu Lestari',
]

test.group('user:create', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('asks for the password twice (hidden) and creates the account', async ({ assert }) => {
    const command = await ace.create(UserCreate, flagsFor('ayu@club.test'))
    command.prompt.trap('Password').replyWith('rahasia-123')
    command.prompt.trap('Repeat the password').replyWith('rahasia-123')

    await command.exec()

    command.assertSucceeded()
    command.assertLogMatches(/Created admin Ayu Lestari <ayu@club\.test>/)
    const user = await User.findByOrFail('email', 'ayu@club.test')
    assert.equal(user.role, 'admin')
    assert.equal(user.status, 'active')
    assert.equal(user.name, 'Ayu Lestari')
    assert.isTrue(await hash.verify(user.password, 'rahasia-123'))
  })

  test('the password prompts are secure (masked) prompts', async ({ assert }) => {
    const command = await ace.create(UserCreate, flagsFor('masked@club.test'))
    const asked: string[] = []
    command.prompt.trap('Password').replyWith('rahasia-123')
    command.prompt.trap('Repeat the password').replyWith('rahasia-123')
    const secure = command.prompt.secure.bind(command.prompt)
    command.prompt.secure = (async (title: string, options?: any) => {
      asked.push(title)
      return secure(title, options)
    }) as typeof command.prompt.secure

    await command.exec()

    command.assertSucceeded()
    assert.deepEqual(asked, ['Password', 'Repeat the password'])
  })

  test('--password-stdin reads the password from standard input', async ({ assert }) => {
    const command = await ace.create(UserCreate, [
      ...flagsFor('coach@club.test', 'coach'),
      '--password-stdin',
    ])
    command.stdin = Readable.from(['kuat-sekali-9\n'])

    await command.exec()

    command.assertSucceeded()
    const user = await User.findByOrFail('email', 'coach@club.test')
    assert.equal(user.role, 'coach')
    assert.isTrue(await hash.verify(user.password, 'kuat-sekali-9'))
  })

  test('asks for missing name, email and role when interactive', async ({ assert }) => {
    const command = await ace.create(UserCreate, [])
    command.prompt.trap('Role').chooseOption(2)
    command.prompt.trap('Email').replyWith('  budi@club.test ')
    command.prompt.trap('Full name').replyWith('Budi Santoso')
    command.prompt.trap('Password').replyWith('rahasia-123')
    command.prompt.trap('Repeat the password').replyWith('rahasia-123')

    await command.exec()

    command.assertSucceeded()
    const user = await User.findByOrFail('email', 'budi@club.test')
    assert.equal(user.role, 'member')
    assert.equal(user.name, 'Budi Santoso')
  })

  test('refuses a duplicate email before asking for a password', async ({ assert }) => {
    await UserFactory.merge({ email: 'taken@club.test' }).create()
    const command = await ace.create(UserCreate, flagsFor('Taken@Club.test'))

    await command.exec()

    command.assertFailed()
    command.assertLogMatches(/A user with the email Taken@Club\.test already exists/, 'stderr')
    const count = await User.query().where('email', 'taken@club.test').count('* as total')
    assert.equal(Number(count[0].$extras.total), 1)
  })

  test('refuses mismatched passwords', async ({ assert }) => {
    const command = await ace.create(UserCreate, flagsFor('typo@club.test'))
    command.prompt.trap('Password').replyWith('rahasia-123')
    command.prompt.trap('Repeat the password').replyWith('rahasia-124')

    await command.exec()

    command.assertFailed()
    command.assertLogMatches(/The passwords do not match/, 'stderr')
    assert.isNull(await User.findBy('email', 'typo@club.test'))
  })

  test('refuses a password shorter than 8 characters', async ({ assert }) => {
    const command = await ace.create(UserCreate, [
      ...flagsFor('short@club.test'),
      '--password-stdin',
    ])
    command.stdin = Readable.from(['abc1234'])

    await command.exec()

    command.assertFailed()
    command.assertLogMatches(/The password must have at least 8 characters/, 'stderr')
    assert.isNull(await User.findBy('email', 'short@club.test'))
  })

  test('refuses an invalid email and an unknown role', async ({ assert }) => {
    const badEmail = await ace.create(UserCreate, [...flagsFor('not-an-email'), '--password-stdin'])
    badEmail.stdin = Readable.from(['rahasia-123'])
    await badEmail.exec()
    badEmail.assertFailed()
    badEmail.assertLogMatches(/The email must be a valid email address/, 'stderr')

    const badRole = await ace.create(UserCreate, [
      ...flagsFor('role@club.test', 'owner'),
      '--password-stdin',
    ])
    badRole.stdin = Readable.from(['rahasia-123'])
    await badRole.exec()
    badRole.assertFailed()
    badRole.assertLogMatches(/Unknown role "owner": use admin, coach or member/, 'stderr')

    assert.isNull(await User.findBy('email', 'role@club.test'))
  })

  test('with --password-stdin, missing flags are an error, not a prompt', async () => {
    const command = await ace.create(UserCreate, ['--role=admin', '--password-stdin'])
    command.stdin = Readable.from(['rahasia-123'])

    await command.exec()

    command.assertFailed()
    command.assertLogMatches(/--email is required with --password-stdin/, 'stderr')
  })
})
