import type { SchemaObject } from '#openapi/types'

/**
 * What a transformer declares about each of its variants: the component
 * name in the OpenAPI document and the JSON Schema of what the variant
 * returns. The document takes its response schemas from here
 * (app/openapi/transformers.ts), and the contract test checks real answers
 * against them, so a field added to a variant and not to its shape fails.
 */
export interface VariantShape {
  name: string
  schema: SchemaObject
}

export type TransformerShapes<Variants extends string = string> = Record<Variants, VariantShape>
