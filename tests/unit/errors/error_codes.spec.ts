import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import i18nManager from '@adonisjs/i18n/services/main'
import { ERROR_STATUS } from '#exceptions/error_codes'
import DomainError from '#exceptions/domain_error'

async function sources(dir: string): Promise<string[]> {
  const root = app.makePath(dir)
  const names = await readdir(root, { recursive: true })
  const files = names.filter((name) => name.endsWith('.ts'))
  return Promise.all(files.map((name) => readFile(join(root, name), 'utf8')))
}

async function json(path: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(app.makePath(path), 'utf8'))
}

const LOCALES = ['en', 'id']

test.group('Errors | one table of codes', () => {
  test('every code has a row in docs/errors.md with its status', async ({ assert }) => {
    const doc = await readFile(app.makePath('docs/errors.md'), 'utf8')
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      assert.match(
        doc,
        new RegExp(`\\|\\s*\`${code}\`\\s*\\|\\s*${status}\\s*\\|`),
        `${code} (${status}) is missing from docs/errors.md`
      )
    }
    const documented = [...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*\d{3}\s*\|/gm)].map((m) => m[1])
    assert.deepEqual(
      documented.filter((code) => !(code in ERROR_STATUS)),
      [],
      'docs/errors.md lists codes that do not exist'
    )
  })

  test('every code has a message in both languages, and no message lacks a code', async ({
    assert,
  }) => {
    for (const locale of LOCALES) {
      const messages = await json(`resources/lang/${locale}/errors.json`)
      assert.deepEqual(
        Object.keys(ERROR_STATUS).filter((code) => !messages[code]),
        [],
        `missing in ${locale}/errors.json`
      )
      assert.deepEqual(
        Object.keys(messages).filter((code) => !(code in ERROR_STATUS)),
        [],
        `${locale}/errors.json has messages for unknown codes`
      )
    }
  })

  test('every code thrown in the source is in the table', async ({ assert }) => {
    const thrown = new Set<string>()
    for (const source of [...(await sources('app')), ...(await sources('commands'))]) {
      for (const match of source.matchAll(/new DomainError\(\s*'([A-Z_]+)'/g)) thrown.add(match[1])
      for (const match of source.matchAll(/DomainError\.notFound\(\s*'(\w+)'/g)) {
        thrown.add(`${match[1].toUpperCase()}_NOT_FOUND`)
      }
    }
    assert.isAbove(thrown.size, 30)
    assert.deepEqual(
      [...thrown].filter((code) => !(code in ERROR_STATUS)),
      []
    )
  })

  test('every field reason used in the source has a text in both languages', async ({ assert }) => {
    const used = new Set<string>()
    for (const source of await sources('app')) {
      for (const match of source.matchAll(/\brule: '(\w+)'/g)) used.add(match[1])
      for (const match of source.matchAll(
        /(?:invalidField|DomainError\.invalid)\(\s*'[^']+',\s*'(\w+)'/g
      )) {
        used.add(match[1])
      }
    }
    used.add('conflict').add('conflict_unknown').add('conflict_series')
    assert.isAbove(used.size, 15)
    for (const locale of LOCALES) {
      const rules = await json(`resources/lang/${locale}/rules.json`)
      assert.deepEqual(
        [...used].filter((rule) => !rules[rule]),
        [],
        `missing in ${locale}/rules.json`
      )
    }
  })

  test('both languages have the same keys in every file', async ({ assert }) => {
    const flatten = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => flatten(inner, `${prefix}${key}.`))
        : [prefix.slice(0, -1)]
    const files = await readdir(app.makePath('resources/lang/en'))
    for (const file of files) {
      const en = flatten(await json(`resources/lang/en/${file}`)).sort()
      const id = flatten(await json(`resources/lang/id/${file}`)).sort()
      assert.deepEqual(id, en, `resources/lang/*/${file} differ`)
    }
  })

  test('a refusal is translated once, in the language asked for', ({ assert }) => {
    const error = new DomainError('SCHEDULE_ROOM_TOO_SMALL', {
      field: 'capacity',
      rule: 'room_too_small',
      params: { room: 'Lapangan A', capacity: 8 },
    })
    assert.equal(error.status, 422)
    assert.deepEqual(error.translate(i18nManager.locale('id')).errors, {
      capacity: ['Ruang Lapangan A hanya muat 8 orang.'],
    })
    assert.deepEqual(error.translate(i18nManager.locale('en')).errors, {
      capacity: ['The room Lapangan A seats at most 8.'],
    })
    assert.equal(new DomainError('JOIN_OUTSIDE_WINDOW').status, 422)
    assert.equal(DomainError.notFound('booking').status, 404)
    assert.equal(DomainError.notFound('booking').code, 'BOOKING_NOT_FOUND')
  })
})
