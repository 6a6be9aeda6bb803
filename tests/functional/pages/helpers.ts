import type { ApiRequest, ApiResponse } from '@japa/api-client'
import { createUser, PASSWORD, uniqueEmail } from '#tests/fixtures'

/**
 * Page-spec helpers: cookies and the form kit's HTML. The builders come
 * from tests/fixtures.ts.
 */

export { createUser, PASSWORD }

export function freshEmail(prefix = 'halaman') {
  return uniqueEmail(prefix)
}

/**
 * Sends the "locale" cookie exactly as the language switch sets it (a plain,
 * unsigned value)
 */
export function withLocaleCookie(request: ApiRequest, locale: string) {
  request.cookiesJar.locale = { name: 'locale', value: locale }
  return request
}

/**
 * The raw Set-Cookie header lines of a response
 */
export function setCookies(response: ApiResponse): string[] {
  const header = response.headers()['set-cookie']
  if (!header) return []
  return Array.isArray(header) ? header : [header]
}

/**
 * The text of a field's error element rendered by the form kit
 */
export function fieldError(html: string, field: string) {
  const match = html.match(
    new RegExp(`<p class="field__error"[^>]*data-field-error="${field}"[^>]*>([\\s\\S]*?)</p>`)
  )
  return match
    ? match[1]
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : null
}

/**
 * The <input> element of a field
 */
export function inputTag(html: string, field: string) {
  const match = html.match(new RegExp(`<input[^>]*name="${field}"[^>]*>`))
  return match ? match[0] : null
}
