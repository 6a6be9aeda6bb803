import { op, rawResponse, s } from '../helpers.js'
import type { ApiArea } from '../types.js'

const tag = ['system']

export const tags: ApiArea['tags'] = [
  { name: 'system', description: 'Liveness, health of the engines, and this description.' },
]

export const schemas: ApiArea['schemas'] = {
  HealthReport: s.object({
    status: s.enum(['ok', 'warning', 'error']),
    timestamp: s.dateTime(),
    uptime_seconds: s.number({ example: 3600.5 }),
    services: s.object(
      {},
      {
        description: 'One entry per check: app, database, and redis when REDIS_URL is set',
        additionalProperties: s.enum(['up', 'degraded', 'down']),
        example: { app: 'up', database: 'up' },
      }
    ),
    checks: s.array(
      s.object({
        name: s.string({ example: 'database' }),
        status: s.enum(['ok', 'warning', 'error']),
        message: s.string({ example: 'The database answered' }),
      })
    ),
  }),
  Liveness: s.object({
    status: s.enum(['ok']),
    uptime_seconds: s.number({ example: 3600.5 }),
  }),
  Readiness: s.object({
    status: s.enum(['ok', 'degraded', 'error']),
    timestamp: s.dateTime(),
    draining: s.boolean({ description: 'true once the process received SIGTERM' }),
    services: s.object(
      {},
      {
        description: 'database, and redis when REDIS_URL is set (down reads as degraded)',
        additionalProperties: s.enum(['up', 'degraded', 'down']),
        example: { database: 'up', redis: 'degraded' },
      }
    ),
  }),
}

export const paths: ApiArea['paths'] = {
  '/ping': {
    get: op({
      summary: 'Liveness probe',
      tags: tag,
      auth: false,
      response: s.object({ pong: s.boolean({ const: true }) }),
    }),
  },

  '/health': {
    get: op({
      summary: 'Health of the app and its engines',
      description:
        'Checks the app, the database and (when configured) Redis. 200 when every check passes, 503 otherwise.',
      tags: tag,
      auth: false,
      response: s.ref('HealthReport'),
      errors: [
        {
          status: 503,
          codes: ['SERVICE_UNAVAILABLE'],
          description: 'A check failed; `data` holds the same report',
        },
      ],
    }),
  },

  '/health/live': {
    get: op({
      summary: 'Liveness for process managers and load balancers',
      description:
        'Answers while the process runs; touches no database or Redis. Not rate limited.',
      tags: tag,
      auth: false,
      response: s.ref('Liveness'),
    }),
  },

  '/health/ready': {
    get: op({
      summary: 'Readiness for load balancers',
      description:
        '200 when the database answers (`degraded` when Redis is configured but down: the instance still serves); 503 when the database does not answer or the process is shutting down. Not rate limited.',
      tags: tag,
      auth: false,
      response: s.ref('Readiness'),
      errors: [
        {
          status: 503,
          codes: ['SERVICE_UNAVAILABLE'],
          description: 'Not ready; `data` holds the same report',
        },
      ],
    }),
  },

  '/openapi.json': {
    get: op({
      summary: 'This OpenAPI 3.1 document',
      description: 'The plain document, not wrapped in the envelope. Readable at /api/docs.',
      tags: tag,
      auth: false,
      responses: {
        200: rawResponse(
          'The OpenAPI document',
          'application/json',
          s.object(
            {
              openapi: s.string({ example: '3.1.0' }),
              info: s.object({ title: s.string({ example: 'Latih API' }), version: s.string() }),
              paths: s.object({}, { additionalProperties: true }),
              components: s.object({}, { additionalProperties: true }),
            },
            { additionalProperties: true }
          )
        ),
      },
    }),
  },
}
