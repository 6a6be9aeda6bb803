import app from '@adonisjs/core/services/app'
import { BaseSerializer } from '@adonisjs/core/transformers'
import type { ContainerResolver } from '@adonisjs/core/container'

/**
 * The one serializer: resolves transformer output (items, collections, or
 * plain objects and arrays holding them) into plain JSON values. The API
 * envelope (providers/api_provider.ts) and the pages use it, so a page and
 * the API cannot disagree about a field.
 */
class LatihSerializer extends BaseSerializer<{ Wrap: undefined }> {
  wrap = undefined
  definePaginationMetaData(metaData: unknown) {
    return metaData as Record<string, unknown>
  }
}

const serializer = new LatihSerializer()

function isResource(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { resolve?: unknown }).resolve === 'function' &&
    '$type' in value
  )
}

/**
 * Plain data out of transformer output. Arrays and plain objects are walked
 * so that `{ program: ProgramTransformer.transform(p), upcoming: […] }`
 * works too.
 */
export async function serialize<T = any>(
  value: unknown,
  resolver?: ContainerResolver<any>
): Promise<T> {
  if (isResource(value)) {
    return serializer.serializeWithoutWrapping(
      value as any,
      resolver ?? app.container.createResolver()
    ) as Promise<T>
  }
  if (Array.isArray(value)) {
    return Promise.all(value.map((item) => serialize(item, resolver))) as Promise<T>
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, inner]) => [key, await serialize(inner, resolver)])
    )
    return Object.fromEntries(entries)
  }
  return value as T
}
