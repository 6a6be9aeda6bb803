import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import { isApiRequest } from '#services/api_request'
import type { NextFn } from '@adonisjs/core/types/http'
import { type HttpContext, RequestValidator } from '@adonisjs/core/http'

/**
 * The language of a request (see the middleware below); also read before
 * it runs, by the public page cache (a visitor's page is kept per language)
 */
export function requestLocale(ctx: HttpContext): string {
  const chosen = ctx.request.plainCookie('locale', { encoded: false })
  const saved = ctx.auth?.user?.locale
  /**
   * An API client that names its language gets it, whatever the account
   * saved; people on pages keep the switch's choice and their own.
   */
  const explicit = ctx.request.header('accept-language') ? ctx.request.languages() : []
  const ordered = isApiRequest(ctx)
    ? [...explicit, saved, chosen]
    : [chosen, saved, ...ctx.request.languages()]
  const candidates = ordered.filter(
    (value): value is string => typeof value === 'string' && value.length > 0
  )
  return i18nManager.getSupportedLocaleFor(candidates) || i18nManager.defaultLocale
}

/**
 * Picks the language for this request. Pages: the one chosen with the
 * language switch (cookie), then the signed-in user's preference, then the
 * Accept-Language header. The API: an explicit Accept-Language first, then
 * the account's preference. Indonesian otherwise.
 */
export default class DetectUserLocaleMiddleware {
  static {
    /**
     * The i18n provider rewrites rule options in place (sameAs's otherField
     * becomes the translated label), which would break that rule for every
     * later request: hand it a copy.
     */
    RequestValidator.messagesProvider = (ctx) => {
      const inner = ctx.i18n.createMessagesProvider()
      return {
        getMessage: (message, rule, field, meta) =>
          inner.getMessage(message, rule, field, meta ? { ...meta } : meta),
      }
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    ctx.i18n = i18nManager.locale(requestLocale(ctx))
    ctx.containerResolver.bindValue(I18n, ctx.i18n)
    ctx.response.header('Content-Language', ctx.i18n.locale)
    // pages only: touching ctx.view builds an Edge renderer (not for JSON)
    if ('view' in ctx && !ctx.request.url().startsWith('/api/v1/')) {
      ctx.view.share({ i18n: ctx.i18n })
    }
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: I18n
  }
}
