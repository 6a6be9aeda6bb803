import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import mail from '@adonisjs/mail/services/main'
import Enrollment from '#models/enrollment'
import Member from '#models/member'
import type EnrollmentNotification from '#mails/enrollment_notification'
import { clearRateLimits } from '#start/limiter'
import { createProgram } from '#tests/fixtures'
import { makeUser } from '#tests/functional/club/fixtures'
import { PASSWORD } from '#tests/functional/pages/helpers'

/**
 * The public front door on a phone (390x844, Indonesian): a visitor
 * enrolls a child from a program page and checks the status; an admin
 * approves; the guardian opens the invitation mail's link, sets a password
 * and sees the child as an active member.
 */
test.group('Browser | enrollment from a program page to an active member', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearRateLimits())
  group.each.setup(() => {
    mail.fake()
    return () => mail.restore()
  })

  test('enroll, check, approve, set a password, see the child', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const { mails } = mail.fake()
    const program = await createProgram({ name: 'Panahan Ceria' })
    const admin = await makeUser('admin', { name: 'Admin Klub' })
    const email = `wali.${Date.now()}@example.com`
    const newPage = async () => {
      const context = await browser.newContext({
        baseURL: `http://${process.env.HOST}:${process.env.PORT}`,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        extraHTTPHeaders: { 'Accept-Language': 'id-ID,id;q=0.9' },
      })
      // closed at the end: an open page keeps its live stream to the server
      cleanup(() => context.close())
      return context.newPage()
    }

    // a visitor, from the program page
    const visitor = await newPage()
    await visitor.goto(`/programs/${program.id}`)
    await visitor.getByRole('link', { name: 'Daftar program ini' }).tap()
    await visitor.waitForURL(/\/enroll\?program_id=/)
    await visitor.getByLabel('Nama orang tua / wali').fill('Ibu Rina')
    await visitor.getByLabel('Nomor WhatsApp').fill('0812 3456 7890')
    await visitor.getByRole('textbox', { name: 'Email' }).fill(email)
    await visitor.getByLabel('Nama anak').fill('Sari Putri')
    await visitor.getByLabel('Sabtu').check()
    await visitor.getByLabel(/Saya menyetujui/).check()
    assert.isTrue(
      await visitor.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the form fits a 390px screen'
    )
    await visitor.getByRole('button', { name: 'Kirim pendaftaran' }).tap()
    await visitor.waitForURL(/\/enroll\/status\?/)
    const enrollment = await Enrollment.findByOrFail('guardian_email', email)
    await visitor.getByText(enrollment.registrationNumber).first().waitFor()
    await visitor.getByText('Menunggu persetujuan').waitFor()

    // the admin approves from the queue, one tap
    const staff = await newPage()
    await staff.goto('/login')
    await staff.getByLabel('Email').fill(admin.email)
    await staff.getByLabel('Kata sandi').fill(PASSWORD)
    await staff.getByRole('button', { name: 'Masuk' }).click()
    await staff.waitForURL('**/dashboard')
    await staff.goto('/admin/enrollments')
    await staff
      .locator(`[data-enrollment="${enrollment.id}"]`)
      .getByRole('button', { name: 'Setujui' })
      .tap()
    await staff.getByText(`Pendaftaran ${enrollment.registrationNumber} disetujui.`).waitFor()

    // the invitation mail's one-time link
    const approvedMail = (mails.queued() as EnrollmentNotification[]).find(
      (sent) => sent.kind === 'approved'
    )
    assert.exists(approvedMail)
    await approvedMail!.buildWithContents()
    const html = approvedMail!.message.toJSON().message.html as string
    const path = new URL(html.match(/href="([^"]*\/reset-password\/[^"]+)"/)![1]).pathname

    const guardian = await newPage()
    await guardian.goto(path)
    await guardian.getByLabel('Kata sandi baru', { exact: true }).fill('rahasiaBaru9')
    await guardian.getByLabel(/Ulangi/).fill('rahasiaBaru9')
    await guardian.getByRole('button', { name: 'Simpan kata sandi' }).tap()
    await guardian.waitForURL(/\/login|\/dashboard/)
    if (guardian.url().includes('/login')) {
      await guardian.getByLabel('Email').fill(email)
      await guardian.getByLabel('Kata sandi').fill('rahasiaBaru9')
      await guardian.getByRole('button', { name: 'Masuk' }).click()
      await guardian.waitForURL('**/dashboard')
    }
    await guardian.goto('/parent/children')
    await guardian.getByText('Sari Putri').first().waitFor()
    const member = await Member.findByOrFail('name', 'Sari Putri')
    assert.equal(member.status, 'active')
  })
})
