import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import Member from '#models/member'
import Booking from '#models/booking'
import Attendance from '#models/attendance'
import { givePackage, makeMember, makeSession, makeUser } from '../club/fixtures.js'

test.group('Pages | club · parent', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('visitors are sent to the login page', async ({ client, assert }) => {
    const response = await client.get('/parent/children').redirects(0)
    response.assertStatus(302)
    assert.match(String(response.header('location')), /^\/login\?next=/)
  })

  test('a parent adds a child, who waits for approval', async ({ client, assert }) => {
    const parent = await makeUser()

    const response = await client
      .post('/parent/children')
      .loginAs(parent)
      .withCsrfToken()
      .form({ name: 'Putri Ayu', relationship: 'child', date_of_birth: '', school: '' })
      .redirects(0)

    response.assertStatus(302)
    assert.equal(response.header('location'), '/parent/children')
    const child = await Member.findByOrFail('name', 'Putri Ayu')
    assert.equal(child.accountId, parent.id)
    assert.equal(child.status, 'pending')
    assert.isNull(child.school)

    const page = await client.get('/parent/children').loginAs(parent)
    page.assertStatus(200)
    page.assertTextIncludes('Putri Ayu')
    page.assertTextIncludes('Menunggu persetujuan')
  })

  test('a missing name comes back as a field error', async ({ client, assert }) => {
    const parent = await makeUser()
    const response = await client
      .post('/parent/children')
      .loginAs(parent)
      .withCsrfToken()
      .header('referer', '/parent/children/new')
      .form({ name: '', relationship: 'child' })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(
      await Member.query()
        .where('account_id', parent.id)
        .count('* as n')
        .first()
        .then((r) => Number(r!.$extras.n)),
      0
    )
  })

  test('a parent cannot open nor edit another parent’s child', async ({ client, assert }) => {
    const parentA = await makeUser()
    const parentB = await makeUser()
    const child = await makeMember(parentB, { name: 'Anak B' })

    const edit = await client.get(`/parent/children/${child.id}/edit`).loginAs(parentA)
    edit.assertStatus(404)

    const update = await client
      .put(`/parent/children/${child.id}`)
      .loginAs(parentA)
      .withCsrfToken()
      .form({ name: 'Diambil' })
      .redirects(0)
    assert.include([302, 404], update.status())
    await child.refresh()
    assert.equal(child.name, 'Anak B')
  })

  test('the book page lists open sessions with seats left; booking uses a credit', async ({
    client,
    assert,
  }) => {
    const parent = await makeUser()
    const child = await makeMember(parent, { name: 'Raka' })
    const memberPackage = await givePackage(child, 3)
    const session = await makeSession({ capacity: 4, title: 'Panahan pagi' })

    const page = await client.get('/parent/book').loginAs(parent)
    page.assertStatus(200)
    page.assertTextIncludes('Panahan pagi')
    page.assertTextIncludes('4 kursi tersisa')

    const response = await client
      .post('/parent/bookings')
      .loginAs(parent)
      .withCsrfToken()
      .form({ training_session_id: session.id, member_id: child.id })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/parent/bookings')

    const booking = await Booking.findByOrFail('member_id', child.id)
    assert.equal(booking.status, 'confirmed')
    assert.equal(booking.memberPackageId, memberPackage.id)

    const list = await client.get('/parent/bookings').loginAs(parent)
    list.assertTextIncludes('Panahan pagi')
    list.assertTextIncludes('Dikonfirmasi')

    const packages = await client.get('/parent/packages').loginAs(parent)
    assert.match(packages.text(), /data-reserved>1</)
    assert.match(packages.text(), /data-remaining>2</)
  })

  test('a full session puts the child on the waitlist and shows the position', async ({
    client,
    assert,
  }) => {
    const session = await makeSession({ capacity: 1, waitlistEnabled: true })
    const other = await makeUser()
    const otherChild = await makeMember(other)
    await givePackage(otherChild, 2)
    await Booking.create({
      trainingSessionId: session.id,
      memberId: otherChild.id,
      status: 'confirmed',
    })
    await session.merge({ bookedCount: 1 }).save()
    const parent = await makeUser()
    const child = await makeMember(parent, { name: 'Nina' })
    await givePackage(child, 2)

    await client
      .post('/parent/bookings')
      .loginAs(parent)
      .withCsrfToken()
      .form({ training_session_id: session.id, member_id: child.id })

    const booking = await Booking.findByOrFail('member_id', child.id)
    assert.equal(booking.status, 'waitlisted')
    const list = await client.get('/parent/bookings').loginAs(parent)
    list.assertTextIncludes('Urutan daftar tunggu: 1')
  })

  test('a parent cannot book another parent’s child', async ({ client, assert }) => {
    const parentA = await makeUser()
    const childB = await makeMember(await makeUser())
    await givePackage(childB, 2)
    const session = await makeSession()

    const response = await client
      .post('/parent/bookings')
      .loginAs(parentA)
      .withCsrfToken()
      .form({ training_session_id: session.id, member_id: childB.id })
      .redirects(0)
    assert.include([302, 404], response.status())
    assert.isNull(await Booking.findBy('member_id', childB.id))
  })

  test('a refusal (no credit) is flashed and books nothing', async ({ client, assert }) => {
    const parent = await makeUser()
    const child = await makeMember(parent)
    const session = await makeSession()

    const response = await client
      .post('/parent/bookings')
      .loginAs(parent)
      .withCsrfToken()
      .header('referer', '/parent/book')
      .form({ training_session_id: session.id, member_id: child.id })
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/parent/book')
    assert.isNull(await Booking.findBy('member_id', child.id))
  })

  test('a parent cancels a booking; another parent cannot', async ({ client, assert }) => {
    const parent = await makeUser()
    const child = await makeMember(parent)
    await givePackage(child, 2)
    const session = await makeSession()
    await client
      .post('/parent/bookings')
      .loginAs(parent)
      .withCsrfToken()
      .form({ training_session_id: session.id, member_id: child.id })
    const booking = await Booking.findByOrFail('member_id', child.id)

    const stranger = await makeUser()
    const refused = await client
      .post(`/parent/bookings/${booking.id}/cancel`)
      .loginAs(stranger)
      .withCsrfToken()
      .redirects(0)
    assert.include([302, 404], refused.status())
    await booking.refresh()
    assert.equal(booking.status, 'confirmed')

    await client
      .post(`/parent/bookings/${booking.id}/cancel`)
      .loginAs(parent)
      .withCsrfToken()
      .redirects(0)
    await booking.refresh()
    assert.equal(booking.status, 'cancelled')
  })
})

test.group('Pages | club · attendance history', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a parent sees their own children’s attendance, not another family’s', async ({
    client,
    assert,
  }) => {
    const parent = await makeUser()
    const child = await makeMember(parent, { name: 'Gilang' })
    const other = await makeMember(await makeUser(), { name: 'Orang Lain' })
    const session = await makeSession({ inHours: -3, title: 'Sesi kemarin' })
    for (const member of [child, other]) {
      await Attendance.create({
        trainingSessionId: session.id,
        memberId: member.id,
        status: 'present',
      })
    }

    const page = await client.get('/parent/attendance').loginAs(parent)
    page.assertStatus(200)
    page.assertTextIncludes('Gilang')
    page.assertTextIncludes('Sesi kemarin')
    page.assertTextIncludes('Hadir 1')
    assert.notInclude(page.text(), 'Orang Lain')
  })
})
