import { appendFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { ApiResponse } from '@japa/api-client'
import { openApiDocument } from '../app/openapi/index.js'
import type { OpenApiDocument } from '../app/openapi/types.js'

/**
 * The contract between the API and its OpenAPI document: every JSON answer
 * the functional suite receives from /api/v1 is checked against the
 * response schema the document gives for that operation and status
 * (objects are closed: a field the document does not name is an error).
 * tests/bootstrap.ts runs it after every request; a mismatch fails the
 * test that made the request.
 */

const PREFIX = '/api/v1'

interface Operation {
  method: string
  template: string
  pattern: RegExp
  params: number
  responses: Record<string, any>
}

export class Contract {
  #ajv: Ajv2020
  #operations: Operation[]
  #validators = new Map<string, ReturnType<Ajv2020['compile']>>()

  constructor(protected document: OpenApiDocument) {
    this.#ajv = new Ajv2020({ strict: false, allErrors: true })
    ;(addFormats as unknown as (ajv: Ajv2020) => void)(this.#ajv)
    this.#ajv.addSchema({ $id: 'latih', components: document.components } as any)
    this.#operations = Object.entries<any>(document.paths).flatMap(([template, item]) =>
      Object.entries<any>(item)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(
            `^${PREFIX}${template.replace(/\{[^}]+\}/g, '[^/]+').replace(/\/$/, '')}/?$`
          ),
          params: (template.match(/\{/g) ?? []).length,
          responses: operation.responses ?? {},
        }))
    )
    // literal paths win over templated ones (/training-sessions/series before /{id})
    this.#operations.sort((a, b) => a.params - b.params)
  }

  operationFor(method: string, path: string) {
    return this.#operations.find(
      (operation) => operation.method === method && operation.pattern.test(path)
    )
  }

  /**
   * The problems of one answer, empty when it keeps the contract
   */
  check(method: string, path: string, status: number, body: unknown): string[] {
    const operation = this.operationFor(method, path)
    // a URL no route matches (an id that is not a UUID) is answered by the router
    if (status === 404 && (body as { code?: string } | null)?.code === 'ROUTE_NOT_FOUND') return []
    if (!operation) return [`${method} ${path} is not in the document`]
    const response = operation.responses[String(status)]
    if (!response) {
      return [
        `${method} ${operation.template} answered ${status}, which the document does not list`,
      ]
    }
    const resolved = response.$ref
      ? this.document.components?.responses?.[response.$ref.split('/').pop()!]
      : response
    const schema = (resolved as any)?.content?.['application/json']?.schema
    if (!schema) return []

    const key = `${operation.method} ${operation.template} ${status}`
    let validate = this.#validators.get(key)
    if (!validate) {
      validate = this.#ajv.compile(rebase(schema))
      this.#validators.set(key, validate)
    }
    if (validate(body)) return []
    const at = (pointer: string) =>
      pointer
        .split('/')
        .slice(1)
        .reduce<any>((value, part) => value?.[part], body)
    return (validate.errors ?? []).map(
      (error) =>
        `${key}: ${error.instancePath || '(body)'} ${error.message}${
          error.params && 'additionalProperty' in error.params
            ? ` "${(error.params as any).additionalProperty}"`
            : ` (got ${JSON.stringify(at(error.instancePath))?.slice(0, 80)})`
        }`
    )
  }
}

/**
 * `#/components/...` references point into the registered document
 */
function rebase(schema: unknown): any {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"$ref":"#/components/', '"$ref":"latih#/components/')
  )
}

let shared: Contract | undefined

export function contract() {
  shared ??= new Contract(openApiDocument())
  return shared
}

/**
 * The check tests/bootstrap.ts runs after every request of the functional
 * suite: JSON answers from /api/v1 only (redirects, the iCal feed and the
 * document itself are not JSON envelopes)
 */
/**
 * Tests that send deliberately malformed requests (the bad-input sweep)
 * switch the check off while they run: they assert on 5xx, not on shapes
 */
export const contractCheck = { enabled: true }

export function assertKeepsContract(response: ApiResponse) {
  if (!contractCheck.enabled) return
  const { method, endpoint } = response.request.config
  const url = new URL(endpoint, 'http://localhost')
  if (!url.pathname.startsWith(`${PREFIX}/`) || url.pathname === `${PREFIX}/openapi.json`) return
  if (!String(response.header('content-type') ?? '').includes('application/json')) return
  const problems = contract().check(
    method.toUpperCase(),
    url.pathname,
    response.status(),
    response.body()
  )
  if (problems.length && process.env.CONTRACT_REPORT) {
    appendFileSync(process.env.CONTRACT_REPORT, problems.join('\n') + '\n')
    return
  }
  if (problems.length) {
    throw new Error(`The answer breaks the OpenAPI document:\n  ${problems.join('\n  ')}`)
  }
}
