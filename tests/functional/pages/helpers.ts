import { randomUUID } from 'node:crypto'
import type { ApiRequest, ApiResponse } from '@japa/api-client'
import { UserFactory } from '#database/factories/user_factory'

/**
 * Password of every factory user (database/factories/user_factory.ts)
 */
export const PASSWORD = 'password-123'

/**
 * A fresh address per test: rate-limit counters live outside the test
 * transaction
 */
export function freshEmail(prefix = 'halaman') {
  return `${prefix}.${randomUUID().slice(0, 8)}@example.com`
}

export function createUser(
  state?: 'admin' | 'coach' | 'inactive' | 'suspended',
  merge: Record<string, unknown> = {}
) {
  const factory = state ? UserFactory.apply(state) : UserFactory
  return factory.merge({ email: freshEmail(), ...merge }).create()
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
