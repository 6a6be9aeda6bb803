import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import Enrollment from '#models/enrollment'
import Member from '#models/member'
import User from '#models/user'
import Notification from '#models/notification'
import EnrollmentNotification from '#mails/enrollment_notification'
import { createEnrollment } from '#actions/enrollments/create_enrollment'
import {
  bearer,
  createAdmin,
  createCoach,
  createMember,
  createParent,
  createProgram,
  PASSWORD,
  uniqueEmail,
} from '#tests/fixtures'
import type Program from '#models/program'

async function apply(
  program: Program,
  merge: Partial<Parameters<typeof createEnrollment>[0]> = {}
) {
  return createEnrollment({
    programId: program.id,
    childName: `Anak ${Math.random().toString(36).slice(2, 7)}`,
    guardianName: 'Ibu Rina',
    email: uniqueEmail('wali'),
    waNumber: '+6281234567890',
    consentText: 'Saya setuju',
    locale: 'id',
    ...merge,
  })
}

test.group('Enrollments · staff decisions', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('approving makes the guardian an account and the child an active member, and invites them', async ({
    client,
    assert,
  }) => {
    const { mails } = mail.fake()
    const admin = await createAdmin()
    const program = await createProgram({ name: 'Panahan Anak' })
    const enrollment = await apply(program, { childName: 'Sari', locale: 'en' })

    const response = await client
      .post(`/api/v1/enrollments/${enrollment.id}/approve`)
      .header('authorization', await bearer(admin))
    response.assertStatus(200)
    const data = response.body().data
    assert.equal(data.status, 'approved')
    assert.equal(data.decided_by, admin.id)
    assert.isNotNull(data.decided_at)

    const account = await User.findByOrFail('email', enrollment.guardianEmail)
    assert.equal(account.role, 'member')
    assert.equal(account.locale, 'en')
    const member = await Member.findOrFail(data.member_id)
    assert.equal(member.accountId, account.id)
    assert.equal(member.name, 'Sari')
    assert.equal(member.status, 'active')
    assert.equal(data.account_id, account.id)

    // the approval mail carries a one-time link to choose a password
    let link = ''
    mails.assertQueued(EnrollmentNotification, (sent) => {
      if (sent.kind !== 'approved') return false
      sent.message.assertTo(enrollment.guardianEmail)
      sent.message.assertSubject("Sari's enrollment approved")
      return true
    })
    const approvedMail = (mails.queued() as EnrollmentNotification[]).find(
      (sent) => sent.kind === 'approved'
    )!
    await approvedMail.buildWithContents()
    const html = approvedMail.message.toJSON().message.html as string
    link = decodeURIComponent(html.match(/\/reset-password\/([^"\s<]+)/)![1])
    assert.match(link, /^lpr_/)

    const reset = await client
      .post('/api/v1/auth/reset-password')
      .json({ token: link, password: 'kataSandiBaru9', password_confirmation: 'kataSandiBaru9' })
    reset.assertStatus(200)
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: enrollment.guardianEmail, password: 'kataSandiBaru9' })
    login.assertStatus(200)
  })

  test('an existing account (same email) is linked, not duplicated; its child is reused', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const parent = await createParent()
    const child = await createMember(parent, { name: 'Dimas', status: 'pending' })
    const program = await createProgram()
    const enrollment = await apply(program, { email: parent.email, childName: ' dimas ' })

    const response = await client
      .post(`/api/v1/enrollments/${enrollment.id}/approve`)
      .header('authorization', await bearer(admin))
    response.assertStatus(200)
    assert.equal(response.body().data.account_id, parent.id)
    assert.equal(response.body().data.member_id, child.id)
    await child.refresh()
    assert.equal(child.status, 'active')
    assert.lengthOf(await User.query().where('email', parent.email), 1)
    // the parent has it in their notifications
    const notes = await Notification.query().where('user_id', parent.id)
    assert.include(
      notes.map((note) => note.type),
      'enrollment_approved'
    )
    // and the parent can still sign in with their own password
    const own = await client
      .post('/api/v1/auth/login')
      .json({ email: parent.email, password: PASSWORD })
    own.assertStatus(200)
  })

  test('approving beyond max_students is 409 ENROLLMENT_COURSE_FULL', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const token = await bearer(admin)
    const program = await createProgram({ maxStudents: 1 })
    const first = await apply(program)
    const second = await apply(program)
    const approved = await client
      .post(`/api/v1/enrollments/${first.id}/approve`)
      .header('authorization', token)
    approved.assertStatus(200)
    const full = await client
      .post(`/api/v1/enrollments/${second.id}/approve`)
      .header('authorization', token)
    full.assertStatus(409)
    full.assertBodyContains({ code: 'ENROLLMENT_COURSE_FULL' })
    await second.refresh()
    assert.equal(second.status, 'pending')
    assert.isNull(await User.findBy('email', second.guardianEmail))
  })

  test('the state machine: only pending → approved | rejected | cancelled and approved → cancelled', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const token = await bearer(admin)
    const program = await createProgram()

    const rejected = await apply(program)
    const reject = await client
      .post(`/api/v1/enrollments/${rejected.id}/reject`)
      .header('authorization', token)
      .json({ reason: 'Kelas <b>penuh</b>' })
    reject.assertStatus(200)
    assert.equal(reject.body().data.status, 'rejected')
    assert.equal(reject.body().data.reason, 'Kelas <b>penuh</b>')
    for (const action of ['approve', 'reject', 'cancel']) {
      const again = await client
        .post(`/api/v1/enrollments/${rejected.id}/${action}`)
        .header('authorization', token)
        .json({ reason: 'Lagi' })
      again.assertStatus(409)
      again.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })
    }

    const approved = await apply(program)
    await client.post(`/api/v1/enrollments/${approved.id}/approve`).header('authorization', token)
    const reapprove = await client
      .post(`/api/v1/enrollments/${approved.id}/approve`)
      .header('authorization', token)
    reapprove.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })
    const cancel = await client
      .post(`/api/v1/enrollments/${approved.id}/cancel`)
      .header('authorization', token)
    cancel.assertStatus(200)
    assert.equal(cancel.body().data.status, 'cancelled')
    const revive = await client
      .post(`/api/v1/enrollments/${approved.id}/approve`)
      .header('authorization', token)
    revive.assertBodyContains({ code: 'INVALID_STATE_TRANSITION' })
  })

  test('a reason is required to reject', async ({ client }) => {
    const admin = await createAdmin()
    const enrollment = await apply(await createProgram())
    const response = await client
      .post(`/api/v1/enrollments/${enrollment.id}/reject`)
      .header('authorization', await bearer(admin))
      .json({})
    response.assertStatus(422)
    response.assertBodyContains({ errors: { reason: [] } })
  })

  test('coaches list and read enrollments but cannot decide; parents cannot list', async ({
    client,
    assert,
  }) => {
    const coach = await createCoach()
    const parent = await createParent()
    const program = await createProgram()
    const enrollment = await apply(program)

    const list = await client
      .get('/api/v1/enrollments')
      .qs({ status: 'pending' })
      .header('authorization', await bearer(coach))
    list.assertStatus(200)
    assert.include(
      list.body().data.map((row: { id: string }) => row.id),
      enrollment.id
    )
    const approve = await client
      .post(`/api/v1/enrollments/${enrollment.id}/approve`)
      .header('authorization', await bearer(coach))
    approve.assertStatus(403)

    const parentList = await client
      .get('/api/v1/enrollments')
      .header('authorization', await bearer(parent))
    parentList.assertStatus(403)
    const parentShow = await client
      .get(`/api/v1/enrollments/${enrollment.id}`)
      .header('authorization', await bearer(parent))
    parentShow.assertStatus(404)
  })

  test('the staff list filters by status, program, date range and search', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const token = await bearer(admin)
    const archery = await createProgram()
    const swimming = await createProgram()
    const sari = await apply(archery, { childName: 'Sari Wulandari' })
    const budi = await apply(swimming, { childName: 'Budi' })
    await Enrollment.query().where('id', budi.id).update({ status: 'rejected', reason: 'x' })

    const ids = async (qs: Record<string, string>) => {
      const response = await client.get('/api/v1/enrollments').qs(qs).header('authorization', token)
      response.assertStatus(200)
      return response.body().data.map((row: { id: string }) => row.id)
    }
    assert.deepEqual(await ids({ status: 'pending' }), [sari.id])
    assert.deepEqual(await ids({ program_id: swimming.id }), [budi.id])
    assert.deepEqual(await ids({ search: 'wulan' }), [sari.id])
    assert.deepEqual(await ids({ search: sari.registrationNumber }), [sari.id])
    assert.lengthOf(await ids({ from: '2000-01-01', to: '2000-01-31' }), 0)
    assert.sameMembers(await ids({ from: '2000-01-01' }), [sari.id, budi.id])
    const bad = await client
      .get('/api/v1/enrollments')
      .qs({ status: 'lost' })
      .header('authorization', token)
    bad.assertStatus(422)
  })

  test("a guardian's account lists its enrollments and cancels a pending one, not another family's", async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const other = await createParent()
    const program = await createProgram()
    const own = await apply(program, { account: parent, email: parent.email })
    const foreign = await apply(program, { account: other, email: other.email })

    const mine = await client
      .get('/api/v1/me/enrollments')
      .qs({ status: 'pending' })
      .header('authorization', await bearer(parent))
    mine.assertStatus(200)
    assert.deepEqual(
      mine.body().data.map((row: { id: string }) => row.id),
      [own.id]
    )

    const cannot = await client
      .post(`/api/v1/enrollments/${foreign.id}/cancel`)
      .header('authorization', await bearer(parent))
    cannot.assertStatus(404)
    const cancel = await client
      .post(`/api/v1/enrollments/${own.id}/cancel`)
      .header('authorization', await bearer(parent))
    cancel.assertStatus(200)
    assert.equal(cancel.body().data.status, 'cancelled')
  })

  test('a signed-in parent applying through the API is linked to their account', async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const program = await createProgram()
    const response = await client
      .post('/api/v1/enrollments')
      .header('authorization', await bearer(parent))
      .json({
        program_id: program.id,
        child_name: 'Tono',
        guardian_name: parent.name,
        email: parent.email,
        wa_number: '081234567890',
        consent: true,
      })
    response.assertStatus(201)
    const row = await Enrollment.findOrFail(response.body().data.id)
    assert.equal(row.accountId, parent.id)
  })
})
