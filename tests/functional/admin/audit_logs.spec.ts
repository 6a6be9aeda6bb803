import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { urlFor } from '@adonisjs/core/services/url_builder'
import AuditLog from '#models/audit_log'
import Member from '#models/member'
import {
  createAdmin,
  createCoach,
  createMember,
  createParent,
  localDate,
  uniqueEmail,
} from '#tests/fixtures'
import { REDACTED } from '#services/audit'

/**
 * The audit trail (issue 14): every staff write, with its actor, the
 * changed fields before and after, ip and request id; append-only; read by
 * admins through the API and a page.
 */
test.group('Admin | audit trail', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an admin approving a member leaves who, what, before and after', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const child = await createMember(await createParent(), { status: 'pending' })

    const response = await client
      .post(urlFor('api.v1.admin.members.approve', { id: child.id }))
      .header('x-request-id', 'req-audit-1')
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)

    const entry = await AuditLog.query()
      .where('subject_type', 'members')
      .where('subject_id', child.id)
      .where('action', 'update')
      .firstOrFail()
    assert.equal(entry.source, 'http')
    assert.equal(entry.actorId, admin.id)
    assert.equal(entry.actorRole, 'admin')
    assert.equal(entry.actorName, admin.name)
    assert.deepEqual(entry.changes.status, { before: 'pending', after: 'active' })
    assert.property(entry.changes, 'approved_by')
    assert.notProperty(entry.changes, 'updated_at')
    assert.isString(entry.ip)
    assert.equal(entry.requestId, 'req-audit-1')
  })

  test('secrets are redacted: a new coach account logs that a password was set, not its hash', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const response = await client
      .post(urlFor('api.v1.admin.coaches.store'))
      .json({ name: 'Pelatih Baru', email: uniqueEmail('pelatih'), password: 'rahasia-panjang-1' })
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(201)

    const entry = await AuditLog.query()
      .where('subject_type', 'users')
      .where('action', 'create')
      .where('actor_id', admin.id)
      .firstOrFail()
    assert.equal(entry.changes.password.after, REDACTED)
    assert.notInclude(JSON.stringify(entry.changes), 'rahasia')
    assert.notInclude(JSON.stringify(entry.changes), '$scrypt')
  })

  test("a parent's own writes are not staff writes and are not logged", async ({
    client,
    assert,
  }) => {
    const parent = await createParent()
    const response = await client
      .post(urlFor('api.v1.me.members.store'))
      .json({ name: 'Anak Baru', relationship: 'child' })
      .withGuard('api')
      .loginAs(parent)
    response.assertStatus(201)
    const rows = await AuditLog.query().where('subject_id', response.body().data.id)
    assert.lengthOf(rows, 0)
  })

  test('a write that rolls back leaves no entry (same transaction)', async ({ assert }) => {
    const member = await createMember(await createParent())
    const before = await AuditLog.query().where('subject_id', member.id).count('* as n')
    await db
      .transaction(async (trx) => {
        member.useTransaction(trx)
        member.notes = 'akan dibatalkan'
        await member.save()
        throw new Error('rollback')
      })
      .catch(() => {})
    const after = await AuditLog.query().where('subject_id', member.id).count('* as n')
    assert.equal(after[0].$extras.n, before[0].$extras.n)
    const stored = await Member.findOrFail(member.id)
    assert.isNull(stored.notes)
  })

  test('the trail is append-only: the database refuses UPDATE and DELETE', async ({ assert }) => {
    await createMember(await createParent())
    const entry = await AuditLog.query().firstOrFail()
    const refusal = async (statement: (trx: TransactionClientContract) => Promise<unknown>) => {
      try {
        await db.transaction(async (trx) => {
          await statement(trx)
        })
      } catch (error) {
        return String((error as Error).message)
      }
      return 'accepted'
    }
    assert.include(
      await refusal((trx) =>
        trx.from('audit_logs').where('id', entry.id).update({ action: 'delete' })
      ),
      'append-only'
    )
    assert.include(
      await refusal((trx) => trx.from('audit_logs').where('id', entry.id).delete()),
      'append-only'
    )
    const kept = await AuditLog.findOrFail(entry.id)
    assert.equal(kept.action, entry.action)
  })

  test('GET /api/v1/admin/audit-logs filters by subject and action; coaches are refused', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin()
    const coach = await createCoach()
    const child = await createMember(await createParent(), { status: 'pending' })
    await client
      .post(urlFor('api.v1.admin.members.approve', { id: child.id }))
      .withGuard('api')
      .loginAs(admin)

    const response = await client
      .get(urlFor('api.v1.admin.audit_logs.index'))
      .qs({ subject_type: 'members', subject_id: child.id, action: 'update' })
      .withGuard('api')
      .loginAs(admin)
    response.assertStatus(200)
    const entries = response.body().data
    assert.lengthOf(entries, 1)
    assert.equal(entries[0].actor.id, admin.id)
    assert.deepEqual(entries[0].changes.status, { before: 'pending', after: 'active' })

    const refused = await client
      .get(urlFor('api.v1.admin.audit_logs.index'))
      .withGuard('api')
      .loginAs(coach)
    refused.assertStatus(403)
    const bad = await client
      .get(urlFor('api.v1.admin.audit_logs.index'))
      .qs({ action: 'truncate' })
      .withGuard('api')
      .loginAs(admin)
    bad.assertStatus(422)
  })

  test('from and to are whole local days of the club', async ({ client, assert }) => {
    const admin = await createAdmin()
    const child = await createMember(await createParent(), { status: 'pending' })
    await client
      .post(urlFor('api.v1.admin.members.approve', { id: child.id }))
      .withGuard('api')
      .loginAs(admin)

    const ids = async (from: string, to: string) => {
      const response = await client
        .get(urlFor('api.v1.admin.audit_logs.index'))
        .qs({ subject_id: child.id, action: 'update', from, to })
        .withGuard('api')
        .loginAs(admin)
      response.assertStatus(200)
      return response.body().data.length
    }
    assert.equal(await ids(localDate(0), localDate(0)), 1)
    assert.equal(await ids(localDate(1), localDate(2)), 0)
    assert.equal(await ids(localDate(-2), localDate(-1)), 0)
  })

  test('the admin page lists the entry in the language of the request', async ({
    client,
    assert,
  }) => {
    const admin = await createAdmin({ name: 'Admin Audit' })
    const child = await createMember(await createParent(), { status: 'pending' })
    await client
      .post(urlFor('api.v1.admin.members.approve', { id: child.id }))
      .withGuard('api')
      .loginAs(admin)

    const page = await client
      .get(urlFor('admin.audit_logs.index'))
      .qs({ subject_type: 'members' })
      .loginAs(admin)
    page.assertStatus(200)
    const html = page.text()
    assert.include(html, 'Jejak audit')
    assert.include(html, 'Admin Audit')
    assert.include(html, 'Diubah')
    assert.include(html, '<del>pending</del>')

    const coachPage = await client
      .get(urlFor('admin.audit_logs.index'))
      .loginAs(await createCoach())
    coachPage.assertStatus(403)
  })
})
