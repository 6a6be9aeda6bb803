import app from '@adonisjs/core/services/app'
import i18nManager from '@adonisjs/i18n/services/main'
import { errors as vineErrors } from '@vinejs/vine'
import { errors as authErrors } from '@adonisjs/auth'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import { errors as lucidErrors } from '@adonisjs/lucid'
import { errors as limiterErrors } from '@adonisjs/limiter'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import DomainError from '#exceptions/domain_error'
import { isApiRequest } from '#services/api_request'

interface ErrorBody {
  status: number
  code: string
  message: string
  errors?: Record<string, string[]>
  data?: Record<string, unknown>
  headers?: Record<string, string | number>
}

/**
 * PostgreSQL error codes that mean "the database is not reachable"
 */
const UNAVAILABLE = /^(08\d{3}|57P0[1-3]|53300|57014)$/
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND'])

/**
 * Form fields never sent back to a form after a refusal
 */
const FORM_SECRETS = ['_csrf', '_method', 'password', 'password_confirmation', 'current_password']

function snakeCase(value: string) {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[\s-]+/g, '_')
    .toUpperCase()
}

export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = app.inDev

  protected renderStatusPages = true

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '404': (error, { view }) => view.render('pages/errors/not_found', { error }),
    '500..599': (error, { view }) => view.render('pages/errors/server_error', { error }),
  }

  /**
   * Expected refusals are not failures worth reporting
   */
  protected ignoreCodes = [
    'E_VALIDATION_ERROR',
    'E_ROW_NOT_FOUND',
    'E_ROUTE_NOT_FOUND',
    'E_UNAUTHORIZED_ACCESS',
    'E_AUTHORIZATION_FAILURE',
    'E_TOO_MANY_REQUESTS',
    'E_INVALID_CREDENTIALS',
  ]

  protected ignoreStatuses = [400, 401, 403, 404, 409, 422, 429]

  /**
   * The request's i18n; errors raised before the router middleware (an
   * unknown URL) have none yet, so the language comes from Accept-Language.
   */
  protected i18nFor(ctx: HttpContext) {
    if (!ctx.i18n) {
      const chosen = ctx.request.plainCookie('locale', { encoded: false })
      const candidates = [chosen, ...ctx.request.languages()].filter(
        (value): value is string => typeof value === 'string' && value.length > 0
      )
      const locale = i18nManager.getSupportedLocaleFor(candidates)
      ctx.i18n = i18nManager.locale(locale ?? i18nManager.defaultLocale)
      ctx.response.header('Content-Language', ctx.i18n.locale)
      if ('view' in ctx) {
        ctx.view.share({ i18n: ctx.i18n })
      }
    }
    return ctx.i18n
  }

  /**
   * Turns any error into the status, code and message DESIGN.md §3 promises
   */
  protected describe(error: any, ctx: HttpContext): ErrorBody {
    const t = (key: string, fallback: string, data?: Record<string, unknown>) => {
      const i18n = this.i18nFor(ctx)
      const translated = i18n.t(`errors.${key}`, data ?? {}, fallback)
      return translated.startsWith('translation missing') ? fallback : translated
    }

    if (error instanceof DomainError) {
      const { message, errors } = error.translate(this.i18nFor(ctx))
      return {
        status: error.status,
        code: error.code,
        message,
        errors,
        data: error.data,
        headers: error.headers,
      }
    }

    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      const fieldErrors: Record<string, string[]> = {}
      for (const message of error.messages as { field: string; message: string }[]) {
        ;(fieldErrors[message.field] ??= []).push(message.message)
      }
      return {
        status: 422,
        code: 'VALIDATION_FAILED',
        message: t('VALIDATION_FAILED', 'The given data was invalid'),
        errors: fieldErrors,
      }
    }

    if (error instanceof authErrors.E_INVALID_CREDENTIALS) {
      return {
        status: 401,
        code: 'AUTH_INVALID_CREDENTIALS',
        message: t('AUTH_INVALID_CREDENTIALS', 'Invalid email or password'),
      }
    }

    if (error instanceof authErrors.E_UNAUTHORIZED_ACCESS) {
      const hasToken = Boolean(ctx.request.header('authorization'))
      const code = hasToken ? 'AUTH_INVALID_TOKEN' : 'AUTH_UNAUTHORIZED'
      return {
        status: 401,
        code,
        message: t(code, hasToken ? 'The token is invalid or expired' : 'Please sign in first'),
      }
    }

    if (error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE) {
      return {
        status: 403,
        code: 'AUTH_FORBIDDEN',
        message: t('AUTH_FORBIDDEN', 'You are not allowed to do this'),
      }
    }

    if (error instanceof lucidErrors.E_ROW_NOT_FOUND) {
      const model = (error as any).model?.name as string | undefined
      const code = model ? `${snakeCase(model)}_NOT_FOUND` : 'RESOURCE_NOT_FOUND'
      return { status: 404, code, message: t(code, t('RESOURCE_NOT_FOUND', 'Not found')) }
    }

    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      const headers = error.headers ?? error.getDefaultHeaders()
      return {
        status: 429,
        code: 'RATE_LIMIT_EXCEEDED',
        message: t('RATE_LIMIT_EXCEEDED', 'Too many requests, try again later', {
          seconds: error.response.availableIn,
        }),
        data: { retry_after: Math.max(1, error.response.availableIn) },
        headers,
      }
    }

    if (error?.code === 'E_ROUTE_NOT_FOUND') {
      return { status: 404, code: 'ROUTE_NOT_FOUND', message: t('ROUTE_NOT_FOUND', 'Not found') }
    }

    if (
      (typeof error?.code === 'string' && UNAVAILABLE.test(error.code)) ||
      UNAVAILABLE_ERRNO.has(error?.code) ||
      UNAVAILABLE_ERRNO.has(error?.errors?.[0]?.code) ||
      /Knex: Timeout acquiring a connection|Connection terminated|Query read timeout/.test(
        String(error?.message)
      )
    ) {
      return {
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        message: t('SERVICE_UNAVAILABLE', 'The service is temporarily unavailable'),
        headers: { 'Retry-After': 5 },
      }
    }

    const status = Number(error?.status) || 500
    /**
     * 400: an unreadable body (malformed JSON). The body parser's strict
     * mode answers 422 without a code for JSON that is not an object or
     * array: the same problem for the client.
     */
    if (status === 400 || (status === 422 && !error?.code)) {
      return {
        status: 400,
        code: 'BAD_REQUEST',
        message: t('BAD_REQUEST', 'The request could not be read'),
      }
    }
    if (status === 413) {
      return { status, code: 'PAYLOAD_TOO_LARGE', message: t('PAYLOAD_TOO_LARGE', 'Too large') }
    }
    if (status === 404) {
      return { status, code: 'RESOURCE_NOT_FOUND', message: t('RESOURCE_NOT_FOUND', 'Not found') }
    }
    if (status < 500 && typeof error?.code === 'string' && /^[A-Z_]+$/.test(error.code)) {
      return { status, code: error.code.replace(/^E_/, ''), message: String(error.message) }
    }
    return {
      status: 500,
      code: 'INTERNAL_ERROR',
      message: t('INTERNAL_ERROR', 'Something went wrong on our side'),
    }
  }

  async handle(error: unknown, ctx: HttpContext) {
    const body = this.describe(error, ctx)

    if (isApiRequest(ctx)) {
      for (const [name, value] of Object.entries(body.headers ?? {})) {
        ctx.response.header(name, value)
      }
      const payload: Record<string, unknown> = {
        success: false,
        message: body.message,
        code: body.code,
      }
      if (body.errors) payload.errors = body.errors
      if (body.data && body.status !== 500) payload.data = body.data
      if (body.status >= 500 && this.debug && error instanceof Error) {
        payload.debug = { name: error.name, message: error.message, stack: error.stack }
      }
      return ctx.response.status(body.status).send(payload)
    }

    /**
     * People on pages: validation goes back to the form with old values and
     * per-field errors; sign-in problems to the login page; refusals are
     * flashed on the previous page.
     */
    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      return super.handle(error, ctx)
    }
    if (error instanceof DomainError && body.errors && ctx.request.method() !== 'GET') {
      ctx.session?.flashExcept(FORM_SECRETS)
      ctx.session?.flash('inputErrorsBag', body.errors)
      return ctx.response.redirect().withQs().back()
    }
    if (error instanceof authErrors.E_UNAUTHORIZED_ACCESS) {
      ctx.session?.flash('error', body.message)
      return ctx.response.redirect(`/login?next=${encodeURIComponent(ctx.request.url(true))}`)
    }
    if ([401, 403, 409, 413, 422, 429].includes(body.status) && ctx.request.method() !== 'GET') {
      ctx.session?.flash('error', body.message)
      ctx.session?.flashExcept(FORM_SECRETS)
      return ctx.response.redirect().withQs().back()
    }
    if ([400, 403, 422, 429].includes(body.status)) {
      ctx.response.status(body.status)
      return this.renderPage(ctx, 'pages/errors/forbidden', {
        message: body.message,
        status: body.status,
      })
    }
    if (body.status === 503) {
      ctx.response.status(503)
      return this.renderPage(ctx, 'pages/errors/server_error', { error, unavailable: true })
    }
    if (body.status >= 500 && this.debug) {
      return super.handle(error, ctx)
    }
    ctx.response.status(body.status)
    return body.status === 404
      ? this.renderPage(ctx, 'pages/errors/not_found', { error })
      : this.renderPage(ctx, 'pages/errors/server_error', { error })
  }

  protected async renderPage(ctx: HttpContext, template: string, state: Record<string, unknown>) {
    this.i18nFor(ctx)
    await this.shieldUnmatched(ctx)
    return ctx.response.send(await ctx.view.render(template, state))
  }

  /**
   * A URL no route matches never met Shield (router middleware): its page
   * gets Shield's CSRF field (the language switch and the logout button
   * are forms) and headers here. Only for reads, which Shield's CSRF check
   * lets through; session and auth are server middleware, so they ran.
   */
  protected async shieldUnmatched(ctx: HttpContext) {
    const method = ctx.request.method()
    if (ctx.route || !ctx.session || (method !== 'GET' && method !== 'HEAD')) return
    const shield = await app.container.make(ShieldMiddleware)
    await shield.handle(ctx, async () => {})
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}
