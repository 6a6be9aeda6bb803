import { test } from '@japa/runner'
import { errors } from '@vinejs/vine'
import { createPackageValidator } from '#validators/package'
import { createProgramValidator } from '#validators/program'

const base = { name: 'Paket Bulanan', duration_days: 30, session_count: 4 }

async function priceOf(price: unknown) {
  try {
    const { price: stored } = await createPackageValidator.validate({ ...base, price })
    return stored
  } catch (error) {
    if (error instanceof errors.E_VALIDATION_ERROR) {
      return (error.messages as { field: string; rule: string }[])
        .filter((message) => message.field === 'price')
        .map((message) => message.rule)
        .join(',')
    }
    throw error
  }
}

test.group('Money fields', () => {
  test('"{$self}" is read as Rp 120.000')
    .with([
      '120.000',
      'Rp 120.000',
      'Rp120.000',
      'rp. 120.000,-',
      '120000',
      '120.000,00',
      ' 120 000 ',
    ])
    .run(async ({ assert }, price) => {
      assert.strictEqual(await priceOf(price), 120_000)
    })

  test('a JSON number stays as it is', async ({ assert }) => {
    assert.strictEqual(await priceOf(120_000), 120_000)
    assert.strictEqual(await priceOf(0), 0)
  })

  test('ambiguous "{$self}" is refused, not guessed')
    .with(['120.5', '12.50', '1.2345', '120,000', '120,5', 'seratus ribu', '-5000'])
    .run(async ({ assert }, price) => {
      assert.isString(await priceOf(price))
    })

  test('a program’s price per session reads the same way', async ({ assert }) => {
    const input = await createProgramValidator.validate({
      code: 'RENANG',
      name: 'Renang',
      price_per_session: 'Rp 75.000',
    })
    assert.strictEqual(input.price_per_session, 75_000)
  })
})
