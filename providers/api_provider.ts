import { HttpResponse } from '@adonisjs/core/http'
import type { ApplicationService } from '@adonisjs/core/types'
import type { PageMeta } from '#services/pagination'

/**
 * The success envelope of DESIGN.md §3 lives here, once:
 *
 *   response.success(data, { message, status, meta })
 *     -> { success: true, message, data, meta? }
 */
declare module '@adonisjs/core/http' {
  interface HttpResponse {
    success(data: unknown, options?: { message?: string; status?: number; meta?: PageMeta }): void
  }
}

export default class ApiProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    HttpResponse.macro('success', function (this: HttpResponse, data, options = {}) {
      const body: Record<string, unknown> = {
        success: true,
        message: options.message ?? 'OK',
        data: data ?? null,
      }
      if (options.meta) {
        body.meta = options.meta
      }
      this.status(options.status ?? 200).send(body)
    })
  }
}
