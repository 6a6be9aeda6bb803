import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import transmit from '@adonisjs/transmit/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { DateTime } from 'luxon'
import Notification from '#models/notification'
import type User from '#models/user'
import { recordNotification } from '#actions/notifications/record_notification'
import { createAdmin, createMember, createParent, givePackage } from '#tests/fixtures'
import { makeSession } from '#tests/functional/club/fixtures'
import { withLocaleCookie } from '#tests/functional/pages/helpers'

type Broadcast = { channel: string; payload: Record<string, any> }

/**
 * Records what goes out on Transmit for the length of one test
 */
function recordBroadcasts(cleanup: (fn: () => void) => void) {
  const sent: Broadcast[] = []
  const original = transmit.broadcast.bind(transmit)
  transmit.broadcast = ((channel: string, payload: any) => {
    sent.push({ channel, payload })
  }) as typeof transmit.broadcast
  cleanup(() => {
    transmit.broadcast = original
  })
  return sent
}

/**
 * A stored notification of `user`, `minutesAgo` minutes old
 */
async function noteFor(user: User, member = 'Sari', minutesAgo = 0) {
  const note = await recordNotification({
    userId: user.id,
    type: 'member_approved',
    params: { member },
    data: { member_id: null },
  })
  note.createdAt = DateTime.now().minus({ minutes: minutesAgo })
  await note.save()
  return note
}

test.group('Notifications · stored from the listeners', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('an admin approving a child through the API stores an unread notification for the parent', async ({
    client,
    assert,
    cleanup,
  }) => {
    const sent = recordBroadcasts(cleanup)
    const admin = await createAdmin()
    const parent = await createParent({ locale: 'en' })
    const child = await createMember(parent, { name: 'Sari', status: 'pending', approvedAt: null })

    const approved = await client
      .post(urlFor('api.v1.admin.members.approve', { id: child.id }))
      .withGuard('api')
      .loginAs(admin)
    approved.assertStatus(200)

    const stored = await Notification.query().where('user_id', parent.id)
    assert.lengthOf(stored, 1)
    assert.equal(stored[0].type, 'member_approved')
    assert.isNull(stored[0].readAt)
    assert.deepEqual(stored[0].params, { member: 'Sari' })
    assert.equal(stored[0].data.member_id, child.id)
    assert.lengthOf(await Notification.query().where('user_id', admin.id), 0)

    // the live message carries the same notification, in the parent's language
    const [live] = sent.filter((item) => item.channel === `users/${parent.id}`)
    assert.equal(live.payload.notification.id, stored[0].id)
    assert.equal(live.payload.notification.type, 'member_approved')
    assert.equal(live.payload.notification.text, 'Sari has been approved and can book sessions.')
    assert.equal(live.payload.notification.link, urlFor('parent.children.index'))
    assert.isFalse(live.payload.notification.read)
  })

  test('an admin rejecting a sign-up stores a notification the parent reads in their language', async ({
    client,
    assert,
    cleanup,
  }) => {
    const sent = recordBroadcasts(cleanup)
    const admin = await createAdmin()
    const parent = await createParent({ locale: 'id' })
    const child = await createMember(parent, { name: 'Bayu', status: 'pending', approvedAt: null })

    const rejected = await client
      .post(urlFor('api.v1.admin.members.reject', { id: child.id }))
      .withGuard('api')
      .loginAs(admin)
    rejected.assertStatus(200)

    const stored = await Notification.query().where('user_id', parent.id)
    assert.lengthOf(stored, 1)
    assert.equal(stored[0].type, 'member_rejected')
    assert.equal(stored[0].data.member_id, child.id)
    const [live] = sent.filter((item) => item.channel === `users/${parent.id}`)
    assert.equal(live.payload.notification.text, 'Pendaftaran Bayu tidak disetujui klub.')
    assert.equal(live.payload.notification.link, urlFor('parent.children.index'))
  })

  test('an admin approving a child on the page stores it; the parent sees it with an unread count', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const parent = await createParent({ locale: 'id' })
    const child = await createMember(parent, { name: 'Laras', status: 'pending', approvedAt: null })

    await client
      .post(urlFor('admin.members.approve', { id: child.id }))
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)

    const page = await client.get(urlFor('notifications.index')).loginAs(parent)
    page.assertStatus(200)
    page.assertTextIncludes('Laras sudah disetujui dan dapat memesan sesi.')
    page.assertTextIncludes('1 belum dibaca')
    const badge = page.text().match(/data-notifications-number>(\d+)</)
    assert.equal(badge?.[1], '1')
    assert.include(page.text(), 'notify-item--unread')
  })

  test('stored even when no page of the parent is open, and read later in the language chosen then', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const parent = await createParent({ locale: 'id' })
    const child = await createMember(parent, { name: 'Bima', status: 'pending', approvedAt: null })
    await client
      .post(urlFor('api.v1.admin.members.approve', { id: child.id }))
      .withGuard('api')
      .loginAs(admin)

    const english = await withLocaleCookie(
      client.get(urlFor('notifications.index')).loginAs(parent),
      'en'
    )
    english.assertTextIncludes('Bima has been approved and can book sessions.')
    const indonesian = await client
      .get(urlFor('api.v1.notifications.index'))
      .header('Accept-Language', 'id')
      .withGuard('api')
      .loginAs(parent)
    assert.equal(indonesian.body().data[0].text, 'Bima sudah disetujui dan dapat memesan sesi.')
  })

  test('a booking confirmed for the child is stored with its booking and session', async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const child = await createMember(parent, { name: 'Dewi' })
    await givePackage(child, 3)
    const session = await makeSession({ title: 'Panahan Pagi' })

    const booked = await client
      .post(urlFor('api.v1.bookings.store'))
      .json({ training_session_id: session.id, member_id: child.id })
      .withGuard('api')
      .loginAs(parent)
    booked.assertStatus(201)

    const [note] = await Notification.query().where('user_id', parent.id)
    assert.equal(note.type, 'booking_confirmed')
    assert.equal(note.data.booking_id, booked.body().data.id)
    assert.equal(note.data.training_session_id, session.id)
    assert.deepInclude(note.params, { member: 'Dewi', session: 'Panahan Pagi' })
  })
})

test.group('Notifications · API', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('GET /notifications: newest first, paged, with an unread filter', async ({
    client,
    assert,
  }) => {
    const parent = await createParent({ locale: 'en' })
    await noteFor(parent, 'Oldest', 30)
    const middle = await noteFor(parent, 'Middle', 20)
    await noteFor(parent, 'Newest', 10)
    middle.readAt = DateTime.now()
    await middle.save()

    const first = await client
      .get(urlFor('api.v1.notifications.index'))
      .qs({ limit: 2 })
      .withGuard('api')
      .loginAs(parent)
    first.assertStatus(200)
    assert.deepEqual(
      first.body().data.map((item: { text: string }) => item.text.split(' ')[0]),
      ['Newest', 'Middle']
    )
    assert.deepInclude(first.body().meta, { total_items: 3, total_pages: 2, next_page: 2 })

    const second = await client
      .get(urlFor('api.v1.notifications.index'))
      .qs({ limit: 2, page: 2 })
      .withGuard('api')
      .loginAs(parent)
    assert.deepEqual(
      second.body().data.map((item: { text: string }) => item.text.split(' ')[0]),
      ['Oldest']
    )

    const unread = await client
      .get(urlFor('api.v1.notifications.index'))
      .qs({ unread: 'true' })
      .withGuard('api')
      .loginAs(parent)
    assert.equal(unread.body().meta.total_items, 2)
    assert.isTrue(unread.body().data.every((item: { read: boolean }) => !item.read))

    const misspelt = await client
      .get(urlFor('api.v1.notifications.index'))
      .qs({ unred: 'true' })
      .withGuard('api')
      .loginAs(parent)
    misspelt.assertStatus(422)
  })

  test('POST /notifications/:id/read marks one; POST /notifications/read marks some or all', async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const a = await noteFor(parent, 'A', 3)
    const b = await noteFor(parent, 'B', 2)
    const c = await noteFor(parent, 'C', 1)

    const one = await client
      .post(urlFor('api.v1.notifications.read_one', { id: a.id }))
      .withGuard('api')
      .loginAs(parent)
    one.assertStatus(200)
    assert.isTrue(one.body().data.read)
    assert.isNotNull(one.body().data.read_at)

    const some = await client
      .post(urlFor('api.v1.notifications.read'))
      .json({ ids: [b.id] })
      .withGuard('api')
      .loginAs(parent)
    some.assertStatus(200)
    assert.deepEqual(some.body().data, { marked: 1, unread_count: 1 })
    await c.refresh()
    assert.isNull(c.readAt)

    const all = await client
      .post(urlFor('api.v1.notifications.read'))
      .json({})
      .withGuard('api')
      .loginAs(parent)
    assert.deepEqual(all.body().data, { marked: 1, unread_count: 0 })
  })

  test('nobody else reads or marks them, admins included', async ({ client, assert }) => {
    const parent = await createParent()
    const other = await createParent()
    const admin = await createAdmin()
    const note = await noteFor(parent)

    for (const intruder of [other, admin]) {
      const list = await client
        .get(urlFor('api.v1.notifications.index'))
        .withGuard('api')
        .loginAs(intruder)
      assert.lengthOf(list.body().data, 0)

      const markOne = await client
        .post(urlFor('api.v1.notifications.read_one', { id: note.id }))
        .withGuard('api')
        .loginAs(intruder)
      markOne.assertStatus(404)
      markOne.assertBodyContains({ code: 'NOTIFICATION_NOT_FOUND' })

      const markSome = await client
        .post(urlFor('api.v1.notifications.read'))
        .json({ ids: [note.id] })
        .withGuard('api')
        .loginAs(intruder)
      assert.equal(markSome.body().data.marked, 0)

      const open = await client
        .get(urlFor('notifications.open', { id: note.id }))
        .loginAs(intruder)
        .redirects(0)
      open.assertStatus(404)
    }
    await note.refresh()
    assert.isNull(note.readAt)
  })

  test('signed out: 401', async ({ client }) => {
    const response = await client.get(urlFor('api.v1.notifications.index'))
    response.assertStatus(401)
  })
})

test.group('Notifications · pages', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('opening one marks it read and goes to its page', async ({ client, assert }) => {
    const parent = await createParent()
    const note = await noteFor(parent)

    const open = await client
      .get(urlFor('notifications.open', { id: note.id }))
      .loginAs(parent)
      .redirects(0)
    open.assertStatus(302)
    open.assertHeader('location', urlFor('parent.children.index'))
    await note.refresh()
    assert.isNotNull(note.readAt)
  })

  test('"mark all read" clears the unread count', async ({ client, assert }) => {
    const parent = await createParent({ locale: 'en' })
    await noteFor(parent, 'A')
    await noteFor(parent, 'B')

    const before = await client.get(urlFor('notifications.index')).loginAs(parent)
    before.assertTextIncludes('2 unread')

    await client.post(urlFor('notifications.read_all')).loginAs(parent).withCsrfToken().redirects(0)

    const after = await client.get(urlFor('notifications.index')).loginAs(parent)
    after.assertTextIncludes('Nothing unread')
    assert.notInclude(after.text(), 'notify-item--unread')
    assert.match(after.text(), /data-notifications-count hidden/)
  })

  test('the list is paged, 20 a page', async ({ client, assert }) => {
    const parent = await createParent()
    for (let index = 0; index < 21; index++) {
      await noteFor(parent, `Anak${index}`, 100 - index)
    }
    const first = await client.get(urlFor('notifications.index')).loginAs(parent)
    assert.equal(first.text().match(/data-notification="/g)?.length, 20)
    assert.include(first.text(), 'Anak20 sudah')
    assert.notInclude(first.text(), 'Anak0 sudah')
    const second = await client.get(urlFor('notifications.index')).qs({ page: 2 }).loginAs(parent)
    assert.equal(second.text().match(/data-notification="/g)?.length, 1)
    assert.include(second.text(), 'Anak0 sudah')
  })

  test('visitors are sent to log in; the nav shows no notifications link to them', async ({
    client,
    assert,
  }) => {
    const page = await client.get(urlFor('notifications.index')).redirects(0)
    page.assertStatus(302)
    const home = await client.get(urlFor('home'))
    assert.notInclude(home.text(), 'data-notifications-link')
  })
})
