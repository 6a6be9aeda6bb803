/**
 * The slice of OpenAPI 3.1 that Latih's document uses. Loose on purpose:
 * a schema is a JSON Schema (2020-12) object, checked by the openapi test
 * rather than by the compiler.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete']

export interface SchemaObject {
  $ref?: string
  type?: string | string[]
  format?: string
  description?: string
  enum?: readonly unknown[]
  const?: unknown
  example?: unknown
  default?: unknown
  properties?: Record<string, SchemaObject>
  required?: string[]
  additionalProperties?: boolean | SchemaObject
  items?: SchemaObject
  allOf?: SchemaObject[]
  oneOf?: SchemaObject[]
  anyOf?: SchemaObject[]
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  [keyword: string]: unknown
}

export interface ReferenceObject {
  $ref: string
  summary?: string
  description?: string
}

export interface ParameterObject {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  description?: string
  required?: boolean
  schema: SchemaObject
  example?: unknown
}

export interface MediaTypeObject {
  schema: SchemaObject
  example?: unknown
}

export interface RequestBodyObject {
  description?: string
  required?: boolean
  content: Record<string, MediaTypeObject>
}

export interface HeaderObject {
  description?: string
  schema: SchemaObject
}

export interface ResponseObject {
  description: string
  headers?: Record<string, HeaderObject | ReferenceObject>
  content?: Record<string, MediaTypeObject>
}

export type SecurityRequirement = Record<string, string[]>

export interface OperationObject {
  'operationId'?: string
  'summary': string
  'description'?: string
  'tags': string[]
  'security'?: SecurityRequirement[]
  'parameters'?: (ParameterObject | ReferenceObject)[]
  'requestBody'?: RequestBodyObject
  'responses': Record<string, ResponseObject | ReferenceObject>
  'deprecated'?: boolean
  /** Roles that may call the operation (shown on /api/docs) */
  'x-roles'?: string[]
}

export type PathItemObject = {
  summary?: string
  parameters?: (ParameterObject | ReferenceObject)[]
} & Partial<Record<HttpMethod, OperationObject>>

export type PathsObject = Record<string, PathItemObject>

export interface TagObject {
  name: string
  description?: string
}

/**
 * What a module under app/openapi/paths exports
 */
export interface ApiArea {
  /** Tags this area introduces (name + one-line description), in display order */
  tags?: TagObject[]
  /** Path items keyed by path relative to /api/v1, `{id}`-style params */
  paths: PathsObject
  /** Named schemas for components.schemas (names must be unique across areas) */
  schemas?: Record<string, SchemaObject>
}

export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string; description?: string }
  servers: { url: string; description?: string }[]
  tags: TagObject[]
  paths: PathsObject
  components: {
    securitySchemes: Record<string, Record<string, unknown>>
    schemas: Record<string, SchemaObject>
    parameters: Record<string, ParameterObject>
    responses: Record<string, ResponseObject>
  }
}
