import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { UserFactory } from '#database/factories/user_factory'
import { openApiDocument } from '../../../app/openapi/index.js'
import { bearer } from '#tests/fixtures'
import { API_RATE_LIMITS } from '#start/limiter'
import { contractCheck } from '../../contract.js'

/**
 * Every operation of the OpenAPI document, as an admin (who may reach the
 * most code), fed bad input: NUL characters, huge and negative integers,
 * wrong types, 100 KB strings and malformed JSON. Nothing may answer 5xx.
 */
const HUGE = '9223372036854775808'
const LONG = 'x'.repeat(100 * 1024)

const BAD_VALUES: unknown[] = [
  '\u0000',
  HUGE,
  -1,
  1e308,
  LONG,
  { nested: true },
  [1, 2],
  true,
  null,
]

function pathFor(template: string) {
  return `/api/v1${template.replace(/\{[^}]+\}/g, () => randomUUID())}`
}

function bodyFields(operation: any): string[] {
  const schema = operation.requestBody?.content?.['application/json']?.schema
  const properties = schema?.properties ?? schema?.allOf?.[0]?.properties ?? {}
  return Object.keys(properties)
}

function queryFields(operation: any): string[] {
  return (operation.parameters ?? [])
    .map((parameter: any) =>
      parameter.$ref ? parameter.$ref.split('/').pop() : parameter.in === 'query' && parameter.name
    )
    .filter(Boolean)
}

test.group('Security | bad input never answers 5xx', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.timeout(360_000)
  group.each.setup(() => {
    // the sweep is about input: no contract check, and a budget it cannot exhaust
    const adminBudget = API_RATE_LIMITS.admin
    contractCheck.enabled = false
    API_RATE_LIMITS.admin = 1_000_000
    return () => {
      contractCheck.enabled = true
      API_RATE_LIMITS.admin = adminBudget
    }
  })

  test('every documented operation, every bad value', async ({ client, assert }) => {
    const admin = await UserFactory.apply('admin').create()
    let authorization = await bearer(admin)
    const document = openApiDocument()
    const failures: string[] = []
    let sent = 0
    let limited = 0

    for (const [template, item] of Object.entries<any>(document.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        const operation = item[method]
        if (!operation) continue
        const path = pathFor(template)
        // a fresh token per operation: the sweep calls logout too
        authorization = await bearer(admin)
        const fields = method === 'get' ? queryFields(operation) : bodyFields(operation)
        const attempts: Array<{ label: string; send: () => Promise<any> }> = []

        // long strings go in bodies: a URL stays under Node's header limit
        const values = method === 'get' ? BAD_VALUES.filter((value) => value !== LONG) : BAD_VALUES
        for (const value of values) {
          for (const field of fields.length ? fields : ['anything']) {
            attempts.push({
              label: `${field}=${JSON.stringify(value)?.slice(0, 20)}`,
              send: () => {
                const request = client[method](path).header('authorization', authorization)
                if (method === 'get') {
                  return request.qs({
                    [field]: typeof value === 'string' ? value : JSON.stringify(value),
                  })
                }
                return request.json({ [field]: value })
              },
            })
          }
        }
        if (method !== 'get') {
          attempts.push({
            label: 'malformed JSON',
            send: () =>
              client[method](path)
                .header('authorization', authorization)
                .json('{"name": "unterminated' as any),
          })
        }

        for (const attempt of attempts) {
          const response = await attempt.send().catch((error: Error) => {
            throw new Error(
              `${method.toUpperCase()} ${template} ${attempt.label}: ${error.message}`
            )
          })
          sent++
          // sign-in routes have their own small budgets (5 a minute): expected there
          if (response.status() === 429 && !template.startsWith('/auth/')) {
            limited++
          }
          if (
            attempt.label === 'malformed JSON' &&
            ![400, 401, 404, 429].includes(response.status())
          ) {
            failures.push(
              `${method.toUpperCase()} ${template} malformed JSON → ${response.status()}`
            )
          }
          if (response.status() >= 500) {
            failures.push(
              `${method.toUpperCase()} ${template} ${attempt.label} → ${response.status()}`
            )
          }
        }
      }
    }
    assert.isAbove(sent, 500)
    assert.equal(limited, 0, 'requests were refused by the rate limit before their input was read')
    assert.deepEqual(failures, [])
  })
})
