import { HttpContext, HttpResponse } from '@adonisjs/core/http'
import type { ApplicationService } from '@adonisjs/core/types'
import type { CursorMeta, PageMeta } from '#services/pagination'
import { serialize } from '#services/serialize'

export interface SuccessOptions {
  /**
   * An i18n key (resources/lang/<locale>/api.json: `api.member_updated`),
   * translated here in the request's language. Default `api.ok`.
   */
  message?: string
  /**
   * ICU parameters of the message
   */
  params?: Record<string, unknown>
  status?: number
  /**
   * Pagination meta, from app/services/pagination.ts
   */
  meta?: PageMeta | CursorMeta
}

/**
 * The success envelope of DESIGN.md §3 lives here, once. `data` is
 * transformer output (`RoomTransformer.transform(room)`, a collection, or a
 * plain object of them), resolved by the one serializer:
 *
 *   return response.success(RoomTransformer.transform(room), { message: 'api.room_updated' })
 *     -> { success: true, message: 'Ruangan diperbarui', data: { … }, meta? }
 *
 * It is asynchronous: always `return` (or `await`) it.
 */
declare module '@adonisjs/core/http' {
  interface HttpResponse {
    success(data: unknown, options?: SuccessOptions): Promise<void>
  }
}

export default class ApiProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    HttpResponse.macro('success', async function (this: HttpResponse, data, options = {}) {
      const ctx = HttpContext.get()
      const key = options.message ?? 'api.ok'
      const body: Record<string, unknown> = {
        success: true,
        message: ctx?.i18n ? ctx.i18n.t(key, options.params ?? {}, key) : key,
        data: (await serialize(data, ctx?.containerResolver)) ?? null,
      }
      if (options.meta) {
        body.meta = options.meta
      }
      this.status(options.status ?? 200).send(body)
    })
  }
}
