import type { ApiClient } from '@japa/api-client'
import { uniqueEmail } from '#tests/fixtures'

export interface StartedChat {
  id: string
  token: string
}

/**
 * A visitor starts a chat through the API and keeps its token
 */
export async function startChat(
  client: ApiClient,
  merge: Record<string, unknown> = {}
): Promise<StartedChat> {
  const response = await client
    .post('/api/v1/chat/sessions')
    .json({ name: 'Budi Pengunjung', email: uniqueEmail('tamu'), ...merge })
  if (response.status() !== 201) {
    throw new Error(`could not start a chat: ${response.status()} ${response.text()}`)
  }
  const data = response.body().data
  return { id: data.session.id, token: data.token }
}
