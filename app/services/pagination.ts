import type { ModelPaginatorContract, LucidRow } from '@adonisjs/lucid/types/model'
import type { HttpRequest } from '@adonisjs/core/http'
import vine, { type VineObject, type VineValidator } from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import DomainError from '#exceptions/domain_error'

export interface PageMeta {
  current_page: number
  per_page: number
  total_items: number
  total_pages: number
  next_page: number | null
  prev_page: number | null
}

/**
 * The highest page asked for: (page - 1) × limit stays a safe integer
 */
export const MAX_PAGE = Math.floor(Number.MAX_SAFE_INTEGER / 100)

/**
 * The shared list query: page 1–MAX_PAGE (default 1), limit 1–100 (default
 * 25) or its alias per_page (the seeds' name), optional search. Bad values
 * are a 422, never a silent default.
 */
export const listQuery = {
  page: vine.number().withoutDecimals().min(1).max(MAX_PAGE).optional(),
  limit: vine.number().withoutDecimals().min(1).max(100).optional(),
  per_page: vine.number().withoutDecimals().min(1).max(100).optional(),
  search: vine.string().trim().maxLength(100).optional(),
}

export const listQueryValidator = vine.create(vine.object(listQuery))

/**
 * Lists that are not paginated and take no filters: every key is unknown
 */
export const noQueryValidator = vine.create(vine.object({}))

/**
 * Validates a list endpoint's query string with the resource's validator
 * (one that spreads `listQuery`), in the request's language:
 *
 *   - a key the validator does not know is refused (422 VALIDATION_FAILED
 *     naming it), so a misspelt filter is never silently ignored;
 *   - per_page is limit under another name; sending both is refused;
 *   - the answer carries `limit` (never `per_page`).
 */
export async function validateListQuery<Schema extends VineObject<any, any, any, any>>(
  request: HttpRequest,
  validator: VineValidator<Schema, undefined>
): Promise<Infer<Schema>> {
  const query = request.qs()
  const known = new Set(Object.keys(validator.schema.getProperties()))
  for (const key of Object.keys(query)) {
    if (!known.has(key)) {
      throw DomainError.invalid(key, 'unknown_query_key', { field: key })
    }
  }
  if (query.per_page !== undefined && query.limit !== undefined) {
    throw DomainError.invalid('per_page', 'per_page_with_limit')
  }
  const { per_page: perPage, ...filters } = await request.validateUsing(validator, {
    data: query,
    meta: undefined,
  })
  return { ...filters, limit: filters.limit ?? perPage } as Infer<Schema>
}

export function pageMeta(total: number, page: number, perPage: number): PageMeta {
  const totalPages = Math.max(1, Math.ceil(total / perPage))
  return {
    current_page: page,
    per_page: perPage,
    total_items: total,
    total_pages: totalPages,
    next_page: page < totalPages ? page + 1 : null,
    prev_page: page > 1 ? Math.min(page - 1, totalPages) : null,
  }
}

export function paginatorMeta(paginator: ModelPaginatorContract<LucidRow>): PageMeta {
  return pageMeta(Number(paginator.total), paginator.currentPage, paginator.perPage)
}

export const DEFAULT_LIMIT = 25

/**
 * Page-numbered lists over tables that grow without bound count at most
 * this many rows: beyond it `total_items` is a lower bound and
 * `total_items_is_lower_bound` is true (docs/api.md)
 */
export const COUNT_CAP = 10_000

export interface CappedPageMeta extends PageMeta {
  total_items_is_lower_bound: boolean
  /** Continue from here with `cursor` (null on the last page) */
  next_cursor: string | null
}

export interface CursorMeta {
  per_page: number
  next_cursor: string | null
}

/**
 * The position after a row of a list ordered by (starts_at, id), as an
 * opaque string
 */
export function encodeCursor(startsAt: Date, id: string) {
  return Buffer.from(JSON.stringify([startsAt.toISOString(), id])).toString('base64url')
}

/**
 * The position a cursor names; a 422 for anything else
 */
export function decodeCursor(cursor: string): { startsAt: Date; id: string } {
  try {
    const [startsAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    const date = new Date(startsAt)
    if (
      typeof startsAt === 'string' &&
      !Number.isNaN(date.getTime()) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { startsAt: date, id }
    }
  } catch {}
  throw DomainError.invalid('cursor', 'cursor_invalid')
}

/**
 * The page meta of a capped count: `counted` is at most COUNT_CAP + 1
 * (more than the cap means "at least"), `hasMore` whether a row follows
 * this page
 */
export function cappedPageMeta(
  counted: number,
  page: number,
  perPage: number,
  onPage: number,
  hasMore: boolean,
  nextCursor: string | null
): CappedPageMeta {
  const capped = counted > COUNT_CAP
  const reached = (page - 1) * perPage + onPage
  const total = capped ? Math.max(COUNT_CAP, reached + (hasMore ? 1 : 0)) : counted
  const meta = pageMeta(total, page, perPage)
  return {
    ...meta,
    next_page: hasMore ? page + 1 : null,
    total_items_is_lower_bound: capped,
    next_cursor: hasMore ? nextCursor : null,
  }
}
