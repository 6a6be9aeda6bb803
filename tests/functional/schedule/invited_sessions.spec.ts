import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { urlFor } from '@adonisjs/core/services/url_builder'
import SessionInvitation from '#models/session_invitation'
import {
  createCoach,
  createMember,
  createParent,
  createSession,
  givePackage,
} from '#tests/fixtures'

/**
 * Invited sessions (issue 14, DESIGN.md §4 rule 6): visible and bookable
 * only by the invited; the session's coach or an admin manages the list
 */
async function world() {
  const coach = await createCoach()
  const invitedParent = await createParent()
  const otherParent = await createParent()
  const invited = await createMember(invitedParent)
  const other = await createMember(otherParent)
  await givePackage(invited, 4)
  await givePackage(other, 4)
  const session = await createSession({
    coach,
    title: 'Kelas undangan',
    audience: 'invited',
    status: 'open',
    capacity: 5,
  })
  await SessionInvitation.create({
    trainingSessionId: session.id,
    memberId: invited.id,
    invitedBy: coach.id,
  })
  return { coach, invitedParent, otherParent, invited, other, session }
}

test.group('Schedule | invited sessions', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('only the invited family sees the session, in the list and on its own', async ({
    client,
    assert,
  }) => {
    const { invitedParent, otherParent, session } = await world()
    const url = urlFor('api.v1.training_sessions.show', { id: session.id })

    const seen = await client.get(url).withGuard('api').loginAs(invitedParent)
    seen.assertStatus(200)
    const hidden = await client.get(url).withGuard('api').loginAs(otherParent)
    hidden.assertStatus(404)
    hidden.assertBodyContains({ code: 'TRAINING_SESSION_NOT_FOUND' })
    const anonymous = await client.get(url)
    anonymous.assertStatus(404)

    const list = urlFor('api.v1.training_sessions.index')
    const ids = async (request: ReturnType<typeof client.get>) => {
      const response = await request
      return response.body().data.map((row: { id: string }) => row.id)
    }
    assert.include(await ids(client.get(list).withGuard('api').loginAs(invitedParent)), session.id)
    assert.notInclude(await ids(client.get(list).withGuard('api').loginAs(otherParent)), session.id)
    assert.notInclude(await ids(client.get(list)), session.id)
  })

  test('the invited book it; another family cannot, and learns nothing', async ({ client }) => {
    const { invitedParent, otherParent, invited, other, session } = await world()
    const booked = await client
      .post(urlFor('api.v1.bookings.store'))
      .json({ training_session_id: session.id, member_id: invited.id })
      .withGuard('api')
      .loginAs(invitedParent)
    booked.assertStatus(201)

    const refused = await client
      .post(urlFor('api.v1.bookings.store'))
      .json({ training_session_id: session.id, member_id: other.id })
      .withGuard('api')
      .loginAs(otherParent)
    refused.assertStatus(404)
    refused.assertBodyContains({ code: 'TRAINING_SESSION_NOT_FOUND' })
  })

  test('the coach is told to invite first, then books the member in', async ({ client }) => {
    const { coach, other, session } = await world()
    const book = () =>
      client
        .post(urlFor('api.v1.bookings.store'))
        .json({ training_session_id: session.id, member_id: other.id })
        .withGuard('api')
        .loginAs(coach)

    const refused = await book()
    refused.assertStatus(403)
    refused.assertBodyContains({ code: 'BOOKING_NOT_INVITED' })

    const invitedNow = await client
      .post(urlFor('api.v1.training_sessions.invitations.store', { id: session.id }))
      .json({ member_ids: [other.id] })
      .withGuard('api')
      .loginAs(coach)
    invitedNow.assertStatus(200)
    const booked = await book()
    booked.assertStatus(201)
  })

  test('the invitation list: its coach manages it, another coach cannot, inactive members are refused', async ({
    client,
    assert,
  }) => {
    const { coach, invited, other, session } = await world()
    const otherCoach = await createCoach()
    const pending = await createMember(await createParent(), { status: 'pending' })
    const list = urlFor('api.v1.training_sessions.invitations.index', { id: session.id })
    const store = urlFor('api.v1.training_sessions.invitations.store', { id: session.id })

    const shown = await client.get(list).withGuard('api').loginAs(coach)
    shown.assertStatus(200)
    assert.deepEqual(
      shown.body().data.map((row: { member: { id: string } }) => row.member.id),
      [invited.id]
    )

    const foreign = await client
      .post(store)
      .json({ member_ids: [other.id] })
      .withGuard('api')
      .loginAs(otherCoach)
    foreign.assertStatus(403)

    const inactive = await client
      .post(store)
      .json({ member_ids: [other.id, pending.id] })
      .withGuard('api')
      .loginAs(coach)
    inactive.assertStatus(422)
    assert.deepEqual(Object.keys(inactive.body().errors), ['member_ids.1'])
    assert.lengthOf(await SessionInvitation.query().where('training_session_id', session.id), 1)

    const twice = await client
      .post(store)
      .json({ member_ids: [invited.id, invited.id] })
      .withGuard('api')
      .loginAs(coach)
    twice.assertStatus(200)
    assert.lengthOf(twice.body().data, 1)

    const destroy = urlFor('api.v1.training_sessions.invitations.destroy', {
      id: session.id,
      member_id: invited.id,
    })
    const withdrawn = await client.delete(destroy).withGuard('api').loginAs(coach)
    withdrawn.assertStatus(200)
    const again = await client.delete(destroy).withGuard('api').loginAs(coach)
    again.assertStatus(404)
    again.assertBodyContains({ code: 'INVITATION_NOT_FOUND' })
  })

  test('the booking page offers the invited session to the invited family only', async ({
    client,
    assert,
  }) => {
    const { invitedParent, otherParent } = await world()
    const invitedPage = await client.get(urlFor('parent.bookings.create')).loginAs(invitedParent)
    invitedPage.assertStatus(200)
    assert.include(invitedPage.text(), 'Kelas undangan')
    const otherPage = await client.get(urlFor('parent.bookings.create')).loginAs(otherParent)
    otherPage.assertStatus(200)
    assert.notInclude(otherPage.text(), 'Kelas undangan')
  })
})
