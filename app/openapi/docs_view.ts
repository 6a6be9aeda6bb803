import { HTTP_METHODS } from './types.js'
import type {
  OpenApiDocument,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from './types.js'

/**
 * Turns the OpenAPI document into what resources/views/pages/api_docs.edge
 * shows: operations grouped by tag, each with an example body built from
 * its schema and the schema itself as formatted JSON.
 */

export interface DocsParameter {
  name: string
  in: string
  required: boolean
  type: string
  description: string
}

export interface DocsPayload {
  mediaType: string
  example: string
  schema: string
}

export interface DocsResponse {
  status: string
  description: string
  payload?: DocsPayload
}

export interface DocsOperation {
  anchor: string
  method: string
  path: string
  summary: string
  /** HTML: escaped, with inline code */
  description: string
  access: 'public' | 'token' | 'optional'
  roles: string[]
  parameters: DocsParameter[]
  requestBody?: DocsPayload
  responses: DocsResponse[]
}

export interface DocsGroup {
  tag: string
  anchor: string
  /** HTML: escaped, with inline code */
  description: string
  operations: DocsOperation[]
}

const EXAMPLE_BY_FORMAT: Record<string, string> = {
  'date-time': '2025-03-01T02:00:00.000Z',
  'date': '2025-03-01',
  'uuid': '3f2b9c1e-8d4a-4f6b-9a7e-1c2d3e4f5a6b',
  'email': 'dewi@example.com',
  'uri': 'https://example.com',
}

function slug(value: string) {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

function resolve<T>(document: OpenApiDocument, value: T | ReferenceObject): T {
  if (value && typeof value === 'object' && '$ref' in value && typeof value.$ref === 'string') {
    const [, , section, name] = value.$ref.split('/')
    const components = document.components as unknown as Record<string, Record<string, T>>
    return components[section]?.[name] ?? ({} as T)
  }
  return value as T
}

/**
 * A plausible value for a schema: its example, const, first enum value,
 * or a placeholder by type and format
 */
export function exampleFor(
  document: OpenApiDocument,
  schema: SchemaObject,
  options: { optional?: boolean } = {},
  depth = 0
): unknown {
  const next = (child: SchemaObject) => exampleFor(document, child, options, depth + 1)
  if (depth > 8) return null
  if (schema.$ref) return next(resolve(document, schema))
  if (schema.example !== undefined) return schema.example
  if (schema.const !== undefined) return schema.const
  if (schema.allOf) {
    const parts = schema.allOf.map(next)
    if (parts.every((part) => part && typeof part === 'object' && !Array.isArray(part))) {
      return Object.assign({}, ...parts)
    }
    return parts[parts.length - 1]
  }
  const variants = schema.oneOf ?? schema.anyOf
  if (variants) {
    const first = variants.find((variant) => variant.type !== 'null') ?? variants[0]
    return next(first)
  }
  if (schema.enum?.length) return schema.enum[0]
  if (schema.default !== undefined) return schema.default

  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  const type = types.find((candidate) => candidate && candidate !== 'null') ?? types[0]
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {}
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (options.optional !== false || schema.required?.includes(key)) {
          result[key] = next(property)
        }
      }
      return result
    }
    case 'array':
      return schema.items ? [next(schema.items)] : []
    case 'string':
      return (schema.format && EXAMPLE_BY_FORMAT[schema.format]) ?? 'string'
    case 'integer':
      return schema.minimum ?? 1
    case 'number':
      return schema.minimum ?? 1.5
    case 'boolean':
      return true
    case 'null':
      return null
    default:
      return schema.properties
        ? exampleFor(document, { ...schema, type: 'object' }, options, depth)
        : {}
  }
}

/**
 * A short label such as "integer ≥ 1, default 1" or "active | inactive"
 */
function typeLabel(document: OpenApiDocument, raw: SchemaObject): string {
  const schema = resolve(document, raw)
  if (schema.enum?.length) return schema.enum.map(String).join(' | ')
  const types = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any')
  const facts: string[] = []
  if (schema.format) facts.push(schema.format)
  if (schema.minimum !== undefined) facts.push(`≥ ${schema.minimum}`)
  if (schema.maximum !== undefined) facts.push(`≤ ${schema.maximum}`)
  if (schema.maxLength !== undefined) facts.push(`max ${schema.maxLength} chars`)
  if (schema.default !== undefined) facts.push(`default ${JSON.stringify(schema.default)}`)
  return facts.length ? `${types} (${facts.join(', ')})` : types
}

/**
 * Escapes text for HTML and shows `backticked` spans as code
 */
export function inlineHtml(text: string) {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>')
}

/**
 * Request examples show every field; response examples only the ones
 * always present
 */
function payload(
  document: OpenApiDocument,
  content: ResponseObject['content'],
  optional: boolean
): DocsPayload | undefined {
  const [mediaType, media] = Object.entries(content ?? {})[0] ?? []
  if (!mediaType || !media) return undefined
  const example = media.example ?? exampleFor(document, media.schema, { optional })
  return {
    mediaType,
    example: JSON.stringify(example, null, 2),
    schema: JSON.stringify(media.schema, null, 2),
  }
}

export function docsView(document: OpenApiDocument) {
  const groups = new Map<string, DocsGroup>()
  for (const tag of document.tags) {
    groups.set(tag.name, {
      tag: tag.name,
      anchor: `tag-${slug(tag.name)}`,
      description: inlineHtml(tag.description ?? ''),
      operations: [],
    })
  }

  const server = document.servers[0]?.url ?? ''
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method]
      if (!operation) continue

      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .map((parameter) => resolve<ParameterObject>(document, parameter))
        .map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          required: Boolean(parameter.required),
          type: typeLabel(document, parameter.schema ?? {}),
          description: parameter.description ?? '',
        }))

      const security = operation.security ?? []
      const access =
        security.length === 0
          ? 'public'
          : security.some((requirement) => Object.keys(requirement).length === 0)
            ? 'optional'
            : 'token'

      const tag = operation.tags[0] ?? 'other'
      if (!groups.has(tag)) {
        groups.set(tag, { tag, anchor: `tag-${slug(tag)}`, description: '', operations: [] })
      }
      groups.get(tag)!.operations.push({
        anchor: operation.operationId ?? slug(`${method} ${path}`),
        method,
        path: `${server}${path}`,
        summary: operation.summary,
        description: inlineHtml(operation.description ?? ''),
        access,
        roles: operation['x-roles'] ?? [],
        parameters,
        requestBody: operation.requestBody
          ? payload(document, operation.requestBody.content, true)
          : undefined,
        responses: Object.entries(operation.responses).map(([status, value]) => {
          const response = resolve<ResponseObject>(document, value)
          return {
            status,
            description: inlineHtml(response.description),
            payload: payload(document, response.content, false),
          }
        }),
      })
    }
  }

  return {
    title: document.info.title,
    version: document.info.version,
    description: inlineHtml(document.info.description ?? ''),
    groups: [...groups.values()].filter((group) => group.operations.length > 0),
    schemas: Object.entries(document.components.schemas).map(([name, schema]) => ({
      name,
      anchor: `schema-${slug(name)}`,
      example: JSON.stringify(exampleFor(document, schema), null, 2),
      schema: JSON.stringify(schema, null, 2),
    })),
  }
}
