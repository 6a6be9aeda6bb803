import type { I18n } from '@adonisjs/i18n'
import { errors as vineErrors } from '@vinejs/vine'

/**
 * A 422 VALIDATION_FAILED for one field that no vine schema can check (a
 * header, a query key the schema does not know), in the request's
 * language: `validator.shared.messages.<rule>` with `{field}`.
 */
export function fieldRefusal(
  i18n: I18n | undefined,
  field: string,
  rule: string,
  fallback: string
) {
  const translated = i18n?.t(`validator.shared.messages.${rule}`, { field }, fallback) ?? fallback
  const message = translated.startsWith('translation missing') ? fallback : translated
  return new vineErrors.E_VALIDATION_ERROR([{ field, message, rule }])
}
