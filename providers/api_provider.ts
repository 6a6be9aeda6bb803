import { HttpContext, HttpResponse } from '@adonisjs/core/http'
import type { ApplicationService } from '@adonisjs/core/types'
import type { PageMeta } from '#services/pagination'

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
  meta?: PageMeta
}

/**
 * The success envelope of DESIGN.md §3 lives here, once:
 *
 *   response.success(data, { message: 'api.member_updated', status, meta })
 *     -> { success: true, message: 'Anggota diperbarui', data, meta? }
 */
declare module '@adonisjs/core/http' {
  interface HttpResponse {
    success(data: unknown, options?: SuccessOptions): void
  }
}

export default class ApiProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    HttpResponse.macro('success', function (this: HttpResponse, data, options = {}) {
      const key = options.message ?? 'api.ok'
      const i18n = HttpContext.get()?.i18n
      const body: Record<string, unknown> = {
        success: true,
        message: i18n ? i18n.t(key, options.params ?? {}, key) : key,
        data: data ?? null,
      }
      if (options.meta) {
        body.meta = options.meta
      }
      this.status(options.status ?? 200).send(body)
    })
  }
}
