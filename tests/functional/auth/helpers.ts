import { randomUUID } from 'node:crypto'
import type { ApiClient } from '@japa/api-client'
import { UserFactory } from '#database/factories/user_factory'

/**
 * Password of every factory user (database/factories/user_factory.ts)
 */
export const FACTORY_PASSWORD = 'password-123'

/**
 * A fresh address per test, so rate-limit counters (kept outside the test
 * transaction) never carry over between tests
 */
export function uniqueEmail(prefix = 'anggota') {
  return `${prefix}.${randomUUID().slice(0, 8)}@example.com`
}

export async function createUser(
  state?: 'admin' | 'coach' | 'inactive' | 'suspended',
  merge: Record<string, unknown> = {}
) {
  const factory = state ? UserFactory.apply(state) : UserFactory
  return factory.merge({ email: uniqueEmail(), ...merge }).create()
}

/**
 * Signs in through the API and returns the token pair
 */
export async function login(client: ApiClient, email: string, password = FACTORY_PASSWORD) {
  const response = await client.post('/api/v1/auth/login').json({ email, password })
  response.assertStatus(200)
  return response.body().data as {
    token: string
    token_type: 'Bearer'
    expires_at: string | null
    refresh_token: string
  }
}
