import { ERROR_STATUS, isErrorCode } from '#exceptions/error_codes'
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from './types.js'

/**
 * Small builders so that an area file (app/openapi/paths/*.ts) reads like
 * the API it describes. Everything returns plain OpenAPI 3.1 objects.
 */

const optionalSchemas = new WeakSet<SchemaObject>()

/**
 * JSON Schema builders. Object properties are required unless wrapped in
 * `s.optional(...)`.
 */
export const s = {
  ref: (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` }),

  string: (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', ...extra }),
  text: (maxLength: number, extra: SchemaObject = {}): SchemaObject => ({
    type: 'string',
    maxLength,
    ...extra,
  }),
  uuid: (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', format: 'uuid', ...extra }),
  email: (extra: SchemaObject = {}): SchemaObject => ({
    type: 'string',
    format: 'email',
    example: 'dewi@example.com',
    ...extra,
  }),
  url: (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', format: 'uri', ...extra }),
  /** ISO-8601 UTC timestamp, e.g. 2025-03-01T02:00:00.000Z */
  dateTime: (extra: SchemaObject = {}): SchemaObject => ({
    type: 'string',
    format: 'date-time',
    ...extra,
  }),
  /** Calendar date YYYY-MM-DD */
  date: (extra: SchemaObject = {}): SchemaObject => ({ type: 'string', format: 'date', ...extra }),
  /** Time of day HH:mm */
  time: (extra: SchemaObject = {}): SchemaObject => ({
    type: 'string',
    pattern: '^\\d{2}:\\d{2}$',
    example: '16:00',
    ...extra,
  }),
  integer: (extra: SchemaObject = {}): SchemaObject => ({ type: 'integer', ...extra }),
  number: (extra: SchemaObject = {}): SchemaObject => ({ type: 'number', ...extra }),
  boolean: (extra: SchemaObject = {}): SchemaObject => ({ type: 'boolean', ...extra }),
  enum: (values: readonly string[], extra: SchemaObject = {}): SchemaObject => ({
    type: 'string',
    enum: [...values],
    ...extra,
  }),
  array: (items: SchemaObject, extra: SchemaObject = {}): SchemaObject => ({
    type: 'array',
    items,
    ...extra,
  }),
  /** Any JSON value */
  any: (extra: SchemaObject = {}): SchemaObject => ({ ...extra }),
  null: (): SchemaObject => ({ type: 'null' }),

  object(properties: Record<string, SchemaObject>, extra: SchemaObject = {}): SchemaObject {
    const required = Object.keys(properties).filter((key) => !optionalSchemas.has(properties[key]))
    return {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      // closed: an answer with a field the document does not name breaks the contract
      additionalProperties: false,
      ...extra,
    }
  },

  /** Marks an object property (or a query parameter) as optional */
  optional(schema: SchemaObject): SchemaObject {
    const copy = { ...schema }
    optionalSchemas.add(copy)
    return copy
  },

  /** `T | null` (the key is present, the value may be null) */
  nullable(schema: SchemaObject): SchemaObject {
    if (typeof schema.type === 'string' && !schema.$ref) {
      const { enum: values, ...rest } = schema
      return {
        ...rest,
        type: [schema.type, 'null'],
        ...(values ? { enum: [...values, null] } : {}),
      }
    }
    return { oneOf: [schema, { type: 'null' }] }
  },

  /** The success envelope around `data`; `list` adds the page meta */
  envelope(
    data: SchemaObject,
    options: { list?: boolean; cursor?: boolean; message?: string } = {}
  ): SchemaObject {
    const meta = options.cursor
      ? { anyOf: [s.ref('PageMeta'), s.ref('CursorMeta')] }
      : s.ref('PageMeta')
    return s.object({
      success: s.boolean({ const: true }),
      message: s.string({ example: options.message ?? 'OK' }),
      data: options.list ? s.array(data) : data,
      ...(options.list ? { meta } : {}),
    })
  },

  /**
   * A closed object with the properties of `base` (an `s.object`) and more:
   * a detail variant that adds fields to its resource's shape
   */
  extend(base: SchemaObject, properties: Record<string, SchemaObject>): SchemaObject {
    const inherited = Object.fromEntries(
      Object.entries(base.properties ?? {}).map(([key, schema]) => [
        key,
        base.required?.includes(key) ? schema : s.optional(schema),
      ])
    )
    return s.object({ ...inherited, ...properties })
  },
}

export const refs = {
  schema: (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` }),
  parameter: (name: string): ReferenceObject => ({ $ref: `#/components/parameters/${name}` }),
  response: (name: string): ReferenceObject => ({ $ref: `#/components/responses/${name}` }),
}

/**
 * The reusable error responses of components.responses, by status, with
 * the codes they carry (DESIGN.md §3)
 */
export const STANDARD_ERRORS: Record<number, { name: string; codes: string[] }> = {
  400: { name: 'BadRequest', codes: ['BAD_REQUEST'] },
  401: { name: 'Unauthorized', codes: ['AUTH_UNAUTHORIZED', 'AUTH_INVALID_TOKEN'] },
  403: { name: 'Forbidden', codes: ['AUTH_FORBIDDEN', 'AUTH_ACCOUNT_INACTIVE'] },
  404: { name: 'NotFound', codes: [] },
  422: { name: 'ValidationFailed', codes: ['VALIDATION_FAILED'] },
  429: { name: 'TooManyRequests', codes: ['RATE_LIMIT_EXCEEDED'] },
  503: { name: 'ServiceUnavailable', codes: ['SERVICE_UNAVAILABLE'] },
}

/**
 * An error an operation can answer: a status (uses the shared response
 * when there is one) or a status with the specific codes it may carry.
 */
export type ErrorSpec = number | { status: number; codes: string[]; description?: string }

export interface OperationInput {
  summary: string
  description?: string
  tags: string[]
  /** true (default): bearer token required; false: public; 'optional': public, richer when signed in */
  auth?: boolean | 'optional'
  /** Who may call it, e.g. ['admin'] or ['coach (own)', 'admin']; implies a 403 */
  roles?: string[]
  /** Optional query parameters (filters) */
  query?: Record<string, SchemaObject>
  /** Required query parameters */
  requiredQuery?: Record<string, SchemaObject>
  /** Paginated list: adds page/limit/per_page/search and the list envelope with meta */
  list?: boolean
  /** The list also pages by `cursor` (keyset): meta is PageMeta or CursorMeta */
  cursor?: boolean
  /** Accepts the Idempotency-Key header */
  idempotent?: boolean
  /**
   * Optimistic locking (docs/api.md): 'read' sends the resource's ETag;
   * 'write' also accepts If-Match or `updated_at` in the body and answers
   * 409 RESOURCE_CHANGED on a stale version
   */
  versioned?: 'read' | 'write'
  /** JSON request body */
  body?: SchemaObject
  /** Body media type; multipart for uploads */
  bodyType?: 'application/json' | 'multipart/form-data'
  /** Schema of `data` in the success envelope (list item schema when `list`); omitted = null */
  response?: SchemaObject
  /** Success status (default 200) */
  status?: number
  /** Success message example */
  message?: string
  errors?: ErrorSpec[]
  /** Replaces the enveloped success response (redirects, files, raw documents) */
  responses?: Record<string, ResponseObject | ReferenceObject>
}

function errorResponse(codes: string[], description?: string): ResponseObject {
  return {
    description: description ?? `Error: ${codes.join(', ')}`,
    content: {
      'application/json': {
        example: { success: false, message: 'Explained in the request language', code: codes[0] },
        schema: {
          allOf: [s.ref('ErrorEnvelope'), { type: 'object', properties: { code: s.enum(codes) } }],
        },
      },
    },
  }
}

/**
 * The body of a versioned update: its fields plus the optional `updated_at`
 */
function withVersionField(body: SchemaObject): SchemaObject {
  const updatedAt = s.dateTime({
    description:
      'The updated_at the client last read; a stale one is a 409 RESOURCE_CHANGED (If-Match wins when both are sent)',
  })
  if (body.type === 'object' && body.properties) {
    return { ...body, properties: { ...body.properties, updated_at: updatedAt } }
  }
  return { allOf: [body, { type: 'object', properties: { updated_at: updatedAt } }] }
}

const ETAG_HEADER = {
  ETag: {
    description: 'The version of the resource: W/"<updated_at in epoch milliseconds>"',
    schema: s.string({ example: 'W/"1764580549123"' }),
  },
}

function queryParameters(fields: Record<string, SchemaObject>, required: boolean) {
  return Object.entries(fields).map(([name, schema]): ParameterObject => {
    const { description, ...rest } = schema
    return {
      name,
      in: 'query',
      required,
      ...(description ? { description: String(description) } : {}),
      schema: rest,
    }
  })
}

/**
 * One operation. Path parameters (`{id}`) are added by app/openapi/index.ts
 * from the path itself.
 *
 *   '/programs/{id}': {
 *     get: op({ summary: 'A program', tags: ['programs'], auth: false,
 *               response: s.ref('Program'), errors: [404] }),
 *   }
 */
export function op(input: OperationInput): OperationObject {
  const auth = input.auth ?? true
  const parameters: (ParameterObject | ReferenceObject)[] = []

  if (input.list) {
    parameters.push(
      refs.parameter('page'),
      refs.parameter('limit'),
      refs.parameter('per_page'),
      refs.parameter('search')
    )
  }
  if (input.requiredQuery) {
    parameters.push(...queryParameters(input.requiredQuery, true))
  }
  if (input.query) {
    parameters.push(...queryParameters(input.query, false))
  }
  if (input.idempotent) {
    parameters.push(refs.parameter('IdempotencyKey'))
  }
  if (input.versioned === 'write') {
    parameters.push(refs.parameter('IfMatch'))
  }

  const status = input.status ?? 200
  const responses: Record<string, ResponseObject | ReferenceObject> = input.responses ?? {
    [status]: {
      description: input.message ?? (status === 201 ? 'Created' : 'OK'),
      ...(input.idempotent || input.versioned
        ? {
            headers: {
              ...(input.idempotent && {
                'Idempotent-Replayed': {
                  description: '`true` when this is the stored answer to an earlier request',
                  schema: s.enum(['true']),
                },
              }),
              ...(input.versioned && ETAG_HEADER),
            },
          }
        : {}),
      content: {
        'application/json': {
          schema: s.envelope(input.response ?? s.null(), {
            list: input.list,
            cursor: input.cursor,
            message: input.message,
          }),
        },
      },
    },
  }

  /**
   * Errors: the implied ones first, then the declared ones; several specs
   * for one status are merged into one response listing every code.
   */
  const specs: ErrorSpec[] = []
  /**
   * Every signed-in operation can meet a token that is invalid (401) or an
   * account that was deactivated (403); a body can be unreadable (400);
   * every operation can exceed its rate budget (429) or find the database
   * down (503)
   */
  if (auth === true) specs.push(401, 403)
  if (input.body) specs.push(400)
  if (input.body || input.list || input.query || input.requiredQuery) specs.push(422)
  // the general API budget (start/limiter.ts) and an unreachable database
  specs.push(429, 503)
  if (input.idempotent) {
    specs.push(
      { status: 409, codes: ['IDEMPOTENCY_IN_PROGRESS'] },
      { status: 422, codes: ['VALIDATION_FAILED', 'IDEMPOTENCY_KEY_REUSED'] }
    )
  }
  specs.push(...(input.errors ?? []))
  if (input.versioned === 'write') {
    specs.push({ status: 409, codes: ['RESOURCE_CHANGED'] })
  }

  const merged = new Map<number, { codes: Set<string>; standard: boolean; description?: string }>()
  for (const spec of specs) {
    const errorStatus = typeof spec === 'number' ? spec : spec.status
    const entry = merged.get(errorStatus) ?? { codes: new Set<string>(), standard: false }
    if (typeof spec === 'number') {
      entry.standard = true
    } else {
      for (const code of spec.codes) {
        /**
         * The document states each code under the status the code has
         * (app/exceptions/error_codes.ts): a drift fails the document's test
         */
        if (isErrorCode(code) && ERROR_STATUS[code] !== spec.status) {
          throw new Error(
            `${input.summary}: ${code} is documented as ${spec.status}, answered as ${ERROR_STATUS[code]}`
          )
        }
      }
      spec.codes.forEach((code) => entry.codes.add(code))
      entry.description = spec.description ?? entry.description
    }
    merged.set(errorStatus, entry)
  }

  for (const [errorStatus, entry] of [...merged].sort(([a], [b]) => a - b)) {
    const shared = STANDARD_ERRORS[errorStatus]
    if (shared && entry.codes.size === 0) {
      responses[errorStatus] = refs.response(shared.name)
      continue
    }
    const codes = new Set(entry.standard && shared ? shared.codes : [])
    entry.codes.forEach((code) => codes.add(code))
    responses[errorStatus] = errorResponse(codes.size ? [...codes] : ['ERROR'], entry.description)
  }

  const operation: OperationObject = {
    summary: input.summary,
    tags: input.tags,
    responses,
  }
  if (input.description) operation.description = input.description
  if (auth === true) operation.security = [{ bearer: [] }]
  if (auth === 'optional') operation.security = [{}, { bearer: [] }]
  if (input.roles?.length) operation['x-roles'] = input.roles
  if (parameters.length) operation.parameters = parameters
  if (input.body) {
    const mediaType = input.bodyType ?? 'application/json'
    const body = input.versioned === 'write' ? withVersionField(input.body) : input.body
    operation.requestBody = { required: true, content: { [mediaType]: { schema: body } } }
  }
  return operation
}

/**
 * A response without the envelope (raw documents, files, redirects)
 */
export function rawResponse(
  description: string,
  mediaType?: string,
  schema: SchemaObject = {}
): ResponseObject {
  return mediaType ? { description, content: { [mediaType]: { schema } } } : { description }
}
