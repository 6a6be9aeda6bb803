import type { ModelPaginatorContract, LucidRow } from '@adonisjs/lucid/types/model'
import vine from '@vinejs/vine'

export interface PageMeta {
  current_page: number
  per_page: number
  total_items: number
  total_pages: number
  next_page: number | null
  prev_page: number | null
}

/**
 * The shared list query: page ≥ 1 (default 1), limit 1–100 (default 25),
 * optional search. Bad values are a 422, never a silent default.
 */
export const listQuery = {
  page: vine.number().withoutDecimals().min(1).optional(),
  limit: vine.number().withoutDecimals().min(1).max(100).optional(),
  search: vine.string().trim().maxLength(100).optional(),
}

export const listQueryValidator = vine.create(vine.object(listQuery))

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
