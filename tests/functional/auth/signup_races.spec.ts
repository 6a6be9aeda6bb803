import { test } from '@japa/runner'
import { urlFor } from '@adonisjs/core/services/url_builder'
import mail from '@adonisjs/mail/services/main'
import User from '#models/user'
import type SignupNotification from '#mails/signup_notification'
import { clearRateLimits } from '#start/limiter'
import { uniqueEmail } from '#tests/fixtures'
import { truncateAfterRace } from '../race_database.js'

/**
 * Real parallel requests against PostgreSQL (no global transaction): the
 * row lock on the sign-up link and the unique email keep one account.
 */
test.group('Auth API | sign-up races', (group) => {
  group.each.setup(truncateAfterRace)
  group.each.setup(() => clearRateLimits())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('one link opened 8 times at once, and 4 links for one email: one account', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const email = uniqueEmail('balapan')
    for (let link = 0; link < 4; link++) {
      const response = await client
        .post(urlFor('api.v1.auth.register'))
        .json({ name: `Budi ${link}`, email, password: 'rahasia123' })
      response.assertStatus(202)
    }
    const tokens = (mails.sent() as SignupNotification[]).map((sent) =>
      sent.details.kind === 'confirm' ? sent.details.confirmUrl.split('/').pop()! : ''
    )
    assert.lengthOf(tokens, 4)

    const attempts = [...tokens, ...tokens].map((token) =>
      client.post(urlFor('api.v1.auth.register_confirm')).json({ token })
    )
    const responses = await Promise.all(attempts)
    const statuses = responses.map((response) => response.status())
    assert.equal(statuses.filter((status) => status === 201).length, 1, statuses.join(','))
    assert.equal(statuses.filter((status) => status === 422).length, 7, statuses.join(','))
    const users = await User.query().where('email', email)
    assert.lengthOf(users, 1)
  })
})
