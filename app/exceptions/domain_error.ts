import { Exception } from '@adonisjs/core/exceptions'
import type { I18n } from '@adonisjs/i18n'
import { DateTime } from 'luxon'
import { ERROR_STATUS, type ErrorCode } from '#exceptions/error_codes'

/**
 * A moment (or a local day, or a span on one day) as a refusal's parameter:
 * translate() writes it in the reader's language, "Sel, 8 Des 2026 13.00–15.00"
 * or "Tue, Dec 8, 2026, 1:00 PM–3:00 PM". The API's `data` keeps ISO.
 */
export class LocalWhen {
  constructor(
    readonly start: DateTime,
    readonly end: DateTime | null = null,
    readonly dateOnly = false
  ) {}

  /**
   * A local calendar day "2026-12-08" in the club's time zone
   */
  static day(date: string, zone: string) {
    return new LocalWhen(DateTime.fromISO(date, { zone }), null, true)
  }

  format(locale: string) {
    const start = this.start.setLocale(locale)
    if (this.dateOnly) {
      return start.toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY)
    }
    const day = start.toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY)
    const from = start.toLocaleString(DateTime.TIME_SIMPLE)
    if (!this.end) return `${day} ${from}`
    const end = this.end.setZone(this.start.zone).setLocale(locale)
    return end.hasSame(start, 'day')
      ? `${day} ${from}–${end.toLocaleString(DateTime.TIME_SIMPLE)}`
      : `${day} ${from} – ${end.toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY)}`
  }
}

/**
 * Parameters as the message formatter takes them: moments written out in
 * the reader's language
 */
function localized(params: Record<string, unknown>, locale: string) {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      value instanceof LocalWhen ? value.format(locale) : value,
    ])
  )
}

/**
 * Why one input field was refused: a key of resources/lang/<locale>/rules.json
 * and its ICU parameters
 */
export interface FieldReason {
  rule: string
  params?: Record<string, unknown>
}

export interface DomainErrorOptions {
  /**
   * The input field the refusal belongs to (a form shows it there)
   */
  field?: string
  /**
   * The field's reason (rules.<rule>); without one the field shows the
   * code's own message
   */
  rule?: string
  /**
   * ICU parameters of the code's message and of the rule
   */
  params?: Record<string, unknown>
  /**
   * Several fields at once, each with its reason
   */
  fields?: Record<string, FieldReason>
  /**
   * Machine-readable details sent to API clients as `data`
   */
  data?: Record<string, unknown>
  headers?: Record<string, string | number>
}

type NotFoundCode = Extract<ErrorCode, `${string}_NOT_FOUND`>
type Resource = NotFoundCode extends `${infer R}_NOT_FOUND` ? Lowercase<R> : never

/**
 * A refusal an action can explain: a code (which decides the HTTP status,
 * see error_codes.ts), optionally the field it belongs to, and parameters.
 * No text: the exception handler translates it once, into the API
 * envelope or the page's form errors, in the request's language.
 */
export default class DomainError extends Exception {
  declare code: ErrorCode
  readonly fields: Record<string, FieldReason | null>
  readonly params: Record<string, unknown>
  readonly data?: Record<string, unknown>
  readonly headers?: Record<string, string | number>

  constructor(code: ErrorCode, options: DomainErrorOptions = {}) {
    super(code, { status: ERROR_STATUS[code], code })
    this.params = options.params ?? {}
    this.data = options.data
    this.headers = options.headers
    this.fields = { ...options.fields }
    if (options.field) {
      this.fields[options.field] = options.rule
        ? { rule: options.rule, params: options.params }
        : null
    }
  }

  /**
   * The refusal in one language: the code's message (errors.json) and each
   * field's reason (rules.json). The exception handler and the ace commands
   * both read refusals through this, and nothing else translates them.
   */
  translate(i18n: I18n) {
    const message = i18n.t(`errors.${this.code}`, localized(this.params, i18n.locale), this.code)
    const entries = Object.entries(this.fields)
    const errors = entries.length
      ? Object.fromEntries(
          entries.map(([field, reason]) => [
            field,
            [
              reason
                ? i18n.t(
                    `rules.${reason.rule}`,
                    localized(reason.params ?? {}, i18n.locale),
                    reason.rule
                  )
                : message,
            ],
          ])
        )
      : undefined
    return { message, errors }
  }

  /**
   * 422 VALIDATION_FAILED for one field, for what the validator cannot see
   */
  static invalid(field: string, rule: string, params?: Record<string, unknown>) {
    return new DomainError('VALIDATION_FAILED', { field, rule, params })
  }

  /**
   * 404 <RESOURCE>_NOT_FOUND
   */
  static notFound(resource: Resource, options: DomainErrorOptions = {}) {
    return new DomainError(`${resource.toUpperCase()}_NOT_FOUND` as NotFoundCode, options)
  }
}
