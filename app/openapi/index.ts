/*
|--------------------------------------------------------------------------
| The OpenAPI 3.1 document of /api/v1
|--------------------------------------------------------------------------
|
| Served at GET /api/v1/openapi.json and rendered at GET /api/docs.
| tests/functional/openapi.spec.ts fails when a registered /api/v1 route
| is missing here (or a documented path has no route).
|
| How to add an area (one file per area, so nobody edits the same lines):
|
|   1. Create app/openapi/paths/<area>.ts:
|
|        import { op, s } from '../helpers.js'
|        import type { ApiArea } from '../types.js'
|
|        export const tags: ApiArea['tags'] = [{ name: 'programs', description: '…' }]
|
|        export const schemas: ApiArea['schemas'] = {
|          Program: s.object({ id: s.uuid(), name: s.string(), code: s.optional(s.string()) }),
|        }
|
|        export const paths: ApiArea['paths'] = {
|          '/programs': {
|            get: op({ summary: 'List programs', tags: ['programs'], auth: 'optional',
|                      list: true, query: { status: s.enum(['active', 'inactive']) },
|                      response: s.ref('Program') }),
|            post: op({ summary: 'Create a program', tags: ['programs'], roles: ['admin'],
|                       body: s.ref('ProgramInput'), response: s.ref('Program'), status: 201,
|                       errors: [{ status: 409, codes: ['PROGRAM_CODE_TAKEN'] }] }),
|          },
|          '/programs/{id}': { get: op({ …, errors: [404] }) },
|        }
|
|      Paths are relative to /api/v1 with `{param}` placeholders; their path
|      parameters are added here automatically (`id`/`*_id` as uuid).
|      `op()` adds 401 when auth is required, 403 when roles are given,
|      422 when there is a body or query, and wraps `response` in the
|      success envelope (helpers.ts documents every option).
|
|   2. Add one line to the `areas` list below:
|        await import('./paths/<area>.js'),
|
| Two areas may describe different methods of one path; the same method
| of one path, or one schema name, in two areas is an error.
|
*/

import { HTTP_METHODS } from './types.js'
import type {
  ApiArea,
  OpenApiDocument,
  ParameterObject,
  PathItemObject,
  ReferenceObject,
} from './types.js'
import { s } from './helpers.js'
import { MAX_PAGE } from '#services/pagination'

const areas: ApiArea[] = [
  await import('./transformers.js'),
  await import('./paths/system.js'),
  await import('./paths/auth.js'),
  await import('./paths/admin_users.js'),
  await import('./paths/club.js'),
  await import('./paths/schedule.js'),
  await import('./paths/notifications.js'),
  await import('./paths/enrollments.js'),
  await import('./paths/chat.js'),
  await import('./paths/analytics.js'),
  await import('./paths/site.js'),
]

const errorExample = (code: string, message: string) => ({ success: false, message, code })

function baseDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Latih API',
      version: '1.0.0',
      description: [
        'JSON API of Latih, a training club. Keys are snake_case, ids are UUIDs,',
        'timestamps ISO-8601 UTC, dates YYYY-MM-DD. Successful answers are',
        '`{ success: true, message, data, meta? }`; errors are',
        '`{ success: false, message, code, errors? }`. Messages follow',
        'Accept-Language (Indonesian by default, English).',
      ].join(' '),
    },
    servers: [{ url: '/api/v1', description: 'This server' }],
    tags: [],
    paths: {},
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Access token from POST /auth/login (or /auth/refresh), sent as `Authorization: Bearer <token>`.',
        },
      },
      schemas: {
        SuccessEnvelope: s.object({
          success: s.boolean({ const: true }),
          message: s.string({ example: 'OK' }),
          data: s.any({ description: 'The resource, list or result' }),
        }),
        ErrorEnvelope: s.object({
          success: s.boolean({ const: false }),
          message: s.string({ description: 'Translated for the request locale' }),
          code: s.string({ pattern: '^[A-Z0-9_]+$', example: 'VALIDATION_FAILED' }),
          errors: s.optional(
            s.object(
              {},
              {
                description: 'Per-field messages',
                additionalProperties: s.array(s.string()),
                example: { email: ['The email field must be a valid email address'] },
              }
            )
          ),
          data: s.optional(
            s.object({}, { description: 'Extra details', additionalProperties: true })
          ),
        }),
        PageMeta: s.object({
          current_page: s.integer({ minimum: 1, example: 1 }),
          per_page: s.integer({ minimum: 1, maximum: 100, example: 25 }),
          total_items: s.integer({ minimum: 0, example: 42 }),
          total_pages: s.integer({ minimum: 1, example: 2 }),
          next_page: s.nullable(s.integer({ example: 2 })),
          prev_page: s.nullable(s.integer({ example: null })),
          total_items_is_lower_bound: s.optional(
            s.boolean({
              description:
                'Lists that can grow without bound count at most 10,000 rows: when true, `total_items` (and `total_pages`) are lower bounds; follow `next_page` or `next_cursor` until it is null',
            })
          ),
          next_cursor: s.optional(
            s.nullable(
              s.string({
                description:
                  'Pass as `cursor` to continue after this page (keyset paging); null on the last page',
              })
            )
          ),
        }),
        CursorMeta: s.object({
          per_page: s.integer({ minimum: 1, maximum: 100, example: 25 }),
          next_cursor: s.nullable(
            s.string({ description: 'Pass as `cursor` for the next rows; null after the last' })
          ),
        }),
      },
      parameters: {
        page: {
          name: 'page',
          in: 'query',
          required: false,
          description: 'Page number',
          schema: s.integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
        },
        limit: {
          name: 'limit',
          in: 'query',
          required: false,
          description: 'Items per page',
          schema: s.integer({ minimum: 1, maximum: 100, default: 25 }),
        },
        per_page: {
          name: 'per_page',
          in: 'query',
          required: false,
          description: 'Another name for `limit`; sending both is a 422',
          schema: s.integer({ minimum: 1, maximum: 100, default: 25 }),
        },
        search: {
          name: 'search',
          in: 'query',
          required: false,
          description: 'Free-text search',
          schema: s.string({ maxLength: 100 }),
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: [
            'Any unique string (1–255 visible ASCII characters; a UUID is best), or the same value',
            'in an `idempotency_key` body field. Repeating a request that succeeded with the same key',
            'within 24 hours returns the first response (header `Idempotent-Replayed: true`) and',
            'creates nothing. While the first request runs the key answers 409',
            '`IDEMPOTENCY_IN_PROGRESS` (a request that died frees it after 60 seconds); the same key',
            'with a different body is 422 `IDEMPOTENCY_KEY_REUSED`. A refused or failed request',
            '(4xx, 5xx) stores nothing, so it may be retried with the same key.',
          ].join(' '),
          schema: s.string({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' }),
        },
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: false,
          description:
            'The ETag the client last read, W/"<updated_at in epoch milliseconds>". A stale version is a 409 RESOURCE_CHANGED, an unreadable one a 422; without If-Match or updated_at the update proceeds unchecked.',
          schema: s.string({ example: 'W/"1764580549123"' }),
        },
      },
      responses: {
        Unauthorized: {
          description: 'No valid access token (AUTH_UNAUTHORIZED, AUTH_INVALID_TOKEN)',
          content: {
            'application/json': {
              schema: s.ref('ErrorEnvelope'),
              example: errorExample('AUTH_UNAUTHORIZED', 'Please sign in first'),
            },
          },
        },
        Forbidden: {
          description: 'The account may not do this (AUTH_FORBIDDEN)',
          content: {
            'application/json': {
              schema: s.ref('ErrorEnvelope'),
              example: errorExample('AUTH_FORBIDDEN', 'You are not allowed to do this'),
            },
          },
        },
        NotFound: {
          description: 'No such resource (<RESOURCE>_NOT_FOUND)',
          content: {
            'application/json': {
              schema: s.ref('ErrorEnvelope'),
              example: errorExample('RESOURCE_NOT_FOUND', 'Not found'),
            },
          },
        },
        ValidationFailed: {
          description:
            'Invalid input (VALIDATION_FAILED with per-field errors; on lists also a query key the list does not know)',
          content: {
            'application/json': {
              schema: s.ref('ErrorEnvelope'),
              example: {
                ...errorExample('VALIDATION_FAILED', 'The given data was invalid'),
                errors: { email: ['The email field must be a valid email address'] },
              },
            },
          },
        },
        TooManyRequests: {
          description: 'Rate limit exceeded (RATE_LIMIT_EXCEEDED)',
          headers: {
            'Retry-After': { description: 'Seconds to wait', schema: s.integer() },
            'X-RateLimit-Limit': { description: 'Requests allowed', schema: s.integer() },
            'X-RateLimit-Remaining': { description: 'Requests left', schema: s.integer() },
          },
          content: {
            'application/json': {
              schema: s.ref('ErrorEnvelope'),
              example: errorExample(
                'RATE_LIMIT_EXCEEDED',
                'Too many requests, try again in 60 seconds'
              ),
            },
          },
        },
        BadRequest: {
          description: 'The body could not be read: malformed JSON (BAD_REQUEST)',
          content: {
            'application/json': {
              schema: s.ref('ErrorEnvelope'),
              example: errorExample('BAD_REQUEST', 'The request could not be read'),
            },
          },
        },
        ServiceUnavailable: {
          description: 'The database (or another engine) is unreachable (SERVICE_UNAVAILABLE)',
          headers: {
            'Retry-After': { description: 'Seconds to wait', schema: s.integer() },
          },
          content: {
            'application/json': {
              schema: s.ref('ErrorEnvelope'),
              example: errorExample(
                'SERVICE_UNAVAILABLE',
                'The service is temporarily unavailable, try again shortly'
              ),
            },
          },
        },
      },
    },
  }
}

function pathParameter(name: string): ParameterObject {
  const isId = name === 'id' || name.endsWith('_id')
  return {
    name,
    in: 'path',
    required: true,
    schema: isId ? s.uuid() : s.string(),
  }
}

function operationId(method: string, path: string) {
  const words = path
    .replace(/[{}]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
  return [method, ...words.map((word) => word[0].toUpperCase() + word.slice(1))].join('')
}

/**
 * Adds the path parameters the path names but the item does not declare
 */
function withPathParameters(path: string, item: PathItemObject): PathItemObject {
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1])
  const declared = new Set(
    (item.parameters ?? [])
      .filter((parameter): parameter is ParameterObject => !('$ref' in parameter))
      .map((parameter) => parameter.name)
  )
  const missing = names.filter((name) => !declared.has(name)).map(pathParameter)
  if (!missing.length) {
    return item
  }
  const parameters: (ParameterObject | ReferenceObject)[] = [...(item.parameters ?? []), ...missing]
  return { ...item, parameters }
}

export function buildOpenApiDocument(sources: ApiArea[] = areas): OpenApiDocument {
  const document = baseDocument()
  const tagNames = new Set<string>()

  for (const area of sources) {
    for (const tag of area.tags ?? []) {
      if (!tagNames.has(tag.name)) {
        tagNames.add(tag.name)
        document.tags.push(tag)
      }
    }

    for (const [name, schema] of Object.entries(area.schemas ?? {})) {
      if (document.components.schemas[name]) {
        throw new Error(`OpenAPI: schema "${name}" is defined twice`)
      }
      document.components.schemas[name] = schema
    }

    for (const [path, item] of Object.entries(area.paths)) {
      const target: PathItemObject = document.paths[path] ?? {}
      for (const method of HTTP_METHODS) {
        const operation = item[method]
        if (!operation) continue
        if (target[method]) {
          throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} is described twice`)
        }
        target[method] = { operationId: operationId(method, path), ...operation }
        for (const tag of operation.tags) {
          if (!tagNames.has(tag)) {
            tagNames.add(tag)
            document.tags.push({ name: tag })
          }
        }
      }
      if (item.parameters) {
        target.parameters = [...(target.parameters ?? []), ...item.parameters]
      }
      document.paths[path] = withPathParameters(path, target)
    }
  }

  return document
}

let cached: OpenApiDocument | undefined

/**
 * The document, built once per process
 */
export function openApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument()
  return cached
}
