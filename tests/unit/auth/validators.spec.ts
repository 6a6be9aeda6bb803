import { test } from '@japa/runner'
import { errors } from '@vinejs/vine'
import {
  changePasswordValidator,
  loginValidator,
  registerValidator,
  updateProfileValidator,
} from '#validators/auth'

async function fieldsRefused(run: () => Promise<unknown>) {
  try {
    await run()
    return []
  } catch (error) {
    if (error instanceof errors.E_VALIDATION_ERROR) {
      return [...new Set((error.messages as { field: string }[]).map((m) => m.field))].sort()
    }
    throw error
  }
}

test.group('Auth validators', () => {
  test('a password needs 8–72 characters with a letter and a digit', async ({ assert }) => {
    const base = { current_password: 'x' }
    for (const password of ['abc123', 'abcdefgh', '12345678', `a${'1'.repeat(72)}`]) {
      assert.deepEqual(
        await fieldsRefused(() => changePasswordValidator.validate({ ...base, password })),
        ['password'],
        password
      )
    }
    for (const password of ['abcdefg1', 'Kata Sandi 2024', `a${'1'.repeat(71)}`, 'sändi123']) {
      assert.deepEqual(
        await fieldsRefused(() => changePasswordValidator.validate({ ...base, password })),
        [],
        password
      )
    }
  })

  test('register normalises the email and checks the optional confirmation', async ({ assert }) => {
    const output = await registerValidator.validate({
      name: '  Budi  ',
      email: '  Budi@Example.COM ',
      password: 'rahasia123',
    })
    assert.equal(output.email, 'budi@example.com')
    assert.equal(output.name, 'Budi')

    assert.deepEqual(
      await fieldsRefused(() =>
        registerValidator.validate({
          name: 'Budi',
          email: 'budi2@example.com',
          password: 'rahasia123',
          password_confirmation: 'rahasia12',
        })
      ),
      ['password_confirmation']
    )
    assert.deepEqual(
      await fieldsRefused(() =>
        registerValidator.validate({ name: 'B', email: `${'a'.repeat(250)}@x.com`, password: 'p' })
      ),
      ['email', 'name', 'password']
    )
  })

  test('login only checks the shape', async ({ assert }) => {
    const output = await loginValidator.validate({ email: ' A@B.C ', password: 'x' })
    assert.deepEqual(output, { email: 'a@b.c', password: 'x' })
    assert.deepEqual(await fieldsRefused(() => loginValidator.validate({})), ['email', 'password'])
  })

  test('profile fields are all optional, phone numbers must look like one', async ({ assert }) => {
    assert.deepEqual(await updateProfileValidator.validate({}), {})
    assert.deepEqual(
      await fieldsRefused(() =>
        updateProfileValidator.validate({ phone: 'abc', wa_number: '12', locale: 'de' })
      ),
      ['locale', 'phone', 'wa_number']
    )
  })
})
