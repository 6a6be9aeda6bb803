import { test } from '@japa/runner'
import { appUrl } from '#config/app'
import { appUrlFor } from '#services/app_url'

test.group('Mail links', () => {
  test('are absolute and work outside the HTTP server (ace, seeding)', ({ assert }) => {
    assert.equal(appUrlFor('parent.bookings.index'), `${appUrl}/parent/bookings`)
    assert.equal(appUrlFor('password_reset.edit', { token: 'abc' }), `${appUrl}/reset-password/abc`)
  })
})
