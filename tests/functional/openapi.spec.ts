import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import router from '@adonisjs/core/services/router'
import { buildOpenApiDocument } from '../../app/openapi/index.js'
import { op, s } from '../../app/openapi/helpers.js'
import { HTTP_METHODS } from '../../app/openapi/types.js'

const PREFIX = '/api/v1'

/**
 * Every METHOD path registered under /api/v1, in the document's notation:
 * prefix stripped, `:id` → `{id}`
 */
function registeredApiRoutes() {
  const routes = new Set<string>()
  for (const domainRoutes of Object.values(router.toJSON())) {
    for (const route of domainRoutes) {
      if (route.pattern !== PREFIX && !route.pattern.startsWith(`${PREFIX}/`)) continue
      const path = route.pattern
        .slice(PREFIX.length)
        .replace(/:([A-Za-z0-9_]+)\??/g, '{$1}')
        .replace(/\/\*$/, '/{wildcard}')
      for (const method of route.methods) {
        if (method === 'HEAD') continue
        routes.add(`${method} ${path || '/'}`)
      }
    }
  }
  return routes
}

function documentedOperations(document: any) {
  const operations = new Map<string, any>()
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const method of HTTP_METHODS) {
      if (item[method]) {
        operations.set(`${method.toUpperCase()} ${path}`, item[method])
      }
    }
  }
  return operations
}

async function servedDocument(client: ApiClient) {
  const response = await client.get('/api/v1/openapi.json')
  return response.body()
}

function resolvable(document: any, ref: string) {
  const [hash, section, kind, name] = ref.split('/')
  return hash === '#' && section === 'components' && Boolean(document.components?.[kind]?.[name])
}

function collectRefs(value: unknown, found: string[] = []) {
  if (Array.isArray(value)) {
    value.forEach((entry) => collectRefs(entry, found))
  } else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === '$ref' && typeof entry === 'string') found.push(entry)
      else collectRefs(entry, found)
    }
  }
  return found
}

test.group('OpenAPI document', () => {
  test('is served as a plain OpenAPI 3.1 document', async ({ client, assert }) => {
    const response = await client.get('/api/v1/openapi.json')

    response.assertStatus(200)
    assert.match(response.header('content-type') ?? '', /application\/json/)
    const document = response.body()
    assert.notProperty(document, 'success')
    assert.match(document.openapi, /^3\.1\.\d+$/)
    assert.equal(document.info.title, 'Latih API')
    assert.deepEqual(document.servers, [{ url: '/api/v1', description: 'This server' }])
    assert.equal(document.components.securitySchemes.bearer.scheme, 'bearer')
    for (const name of ['SuccessEnvelope', 'ErrorEnvelope', 'PageMeta']) {
      assert.property(document.components.schemas, name)
    }
    for (const name of ['page', 'limit', 'search']) {
      assert.property(document.components.parameters, name)
    }
    for (const name of [
      'Unauthorized',
      'Forbidden',
      'NotFound',
      'ValidationFailed',
      'TooManyRequests',
    ]) {
      assert.property(document.components.responses, name)
    }
  })

  test('every registered /api/v1 route is documented', async ({ client, assert }) => {
    const document = await servedDocument(client)
    const documented = documentedOperations(document)

    const routes = registeredApiRoutes()
    assert.isAbove(routes.size, 0)
    const missing = [...routes].filter((route) => !documented.has(route)).sort()

    assert.deepEqual(
      missing,
      [],
      `Describe these routes in app/openapi/paths/<area>.ts:\n  ${missing.join('\n  ')}`
    )
  })

  test('every documented operation is a registered route', async ({ client, assert }) => {
    const document = await servedDocument(client)
    const routes = registeredApiRoutes()

    const stale = [...documentedOperations(document).keys()].filter((key) => !routes.has(key))

    assert.deepEqual(stale, [], `Documented but not routed:\n  ${stale.join('\n  ')}`)
  })

  test('every operation is complete and every reference resolves', async ({ client, assert }) => {
    const document = await servedDocument(client)
    const operationIds = new Set<string>()
    const problems: string[] = []

    for (const [key, operation] of documentedOperations(document)) {
      const path = key.split(' ')[1]
      if (!operation.summary) problems.push(`${key}: no summary`)
      if (!operation.tags?.length) problems.push(`${key}: no tag`)
      if (!Object.keys(operation.responses ?? {}).length) problems.push(`${key}: no responses`)
      if (operationIds.has(operation.operationId)) problems.push(`${key}: duplicate operationId`)
      operationIds.add(operation.operationId)

      const pathParameters = [
        ...(document.paths[path].parameters ?? []),
        ...(operation.parameters ?? []),
      ]
        .filter((parameter: any) => parameter.in === 'path')
        .map((parameter: any) => parameter.name)
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        if (!pathParameters.includes(name)) problems.push(`${key}: path parameter ${name}`)
      }
    }

    for (const ref of collectRefs(document)) {
      if (!resolvable(document, ref)) problems.push(`unresolved ${ref}`)
    }

    assert.deepEqual(problems, [])
  })
})

test.group('OpenAPI helpers', () => {
  test('op() wraps the response and adds the implied errors', ({ assert }) => {
    const operation = op({
      summary: 'Create a thing',
      tags: ['things'],
      roles: ['admin'],
      body: s.object({ name: s.string(), note: s.optional(s.string()) }),
      response: s.ref('Thing'),
      status: 201,
      errors: [404, { status: 409, codes: ['THING_TAKEN'] }],
    })

    assert.deepEqual(operation.security, [{ bearer: [] }])
    assert.deepEqual(Object.keys(operation.responses), [
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '422',
      '429',
      '503',
    ])
    assert.deepEqual(operation.responses['404'], { $ref: '#/components/responses/NotFound' })
    assert.deepEqual(operation.requestBody!.content['application/json'].schema.required, ['name'])
    const created = operation.responses['201'] as any
    assert.deepEqual(created.content['application/json'].schema.properties.data, {
      $ref: '#/components/schemas/Thing',
    })
  })

  test('public list operations get the shared list parameters and no 401', ({ assert }) => {
    const operation = op({ summary: 'Things', tags: ['things'], auth: false, list: true })

    assert.notProperty(operation, 'security')
    assert.notProperty(operation.responses, '401')
    assert.deepEqual(operation.parameters, [
      { $ref: '#/components/parameters/page' },
      { $ref: '#/components/parameters/limit' },
      { $ref: '#/components/parameters/per_page' },
      { $ref: '#/components/parameters/search' },
    ])
  })

  test('two areas describing the same operation is an error', ({ assert }) => {
    const area = { paths: { '/things': { get: op({ summary: 'Things', tags: ['things'] }) } } }

    assert.throws(() => buildOpenApiDocument([area, area]), 'GET /things is described twice')
  })

  test('path parameters are added from the path', ({ assert }) => {
    const document = buildOpenApiDocument([
      {
        paths: {
          '/things/{id}/parts/{code}': { get: op({ summary: 'A part', tags: ['things'] }) },
        },
      },
    ])

    assert.deepEqual(document.paths['/things/{id}/parts/{code}'].parameters, [
      { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
      { name: 'code', in: 'path', required: true, schema: { type: 'string' } },
    ])
  })
})
