import { test } from '@japa/runner'

test.group('API conventions', () => {
  test('success envelope', async ({ client }) => {
    const response = await client.get('/api/v1/ping')
    response.assertStatus(200)
    response.assertBody({ success: true, message: 'OK', data: { pong: true } })
  })

  test('unknown route is a JSON 404 with a code', async ({ client }) => {
    const response = await client.get('/api/v1/nothing-here')
    response.assertStatus(404)
    response.assertBodyContains({ success: false, code: 'ROUTE_NOT_FOUND' })
  })
})
