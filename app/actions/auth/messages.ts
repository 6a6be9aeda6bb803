import i18nManager from '@adonisjs/i18n/services/main'

/**
 * Field messages that actions put in an error's `errors` (the handler
 * translates the top-level message by the error code; these are per field).
 * From resources/lang/<locale>/auth.json.
 */
export function authMessage(
  key: string,
  locale?: string | null,
  data: Record<string, unknown> = {}
) {
  const supported = locale ? i18nManager.getSupportedLocaleFor([locale]) : null
  return i18nManager.locale(supported ?? i18nManager.defaultLocale).t(`auth.${key}`, data)
}
