import { DateTime } from 'luxon'
import factory from '@adonisjs/lucid/factories'
import Member from '#models/member'
import { UserFactory } from '#database/factories/user_factory'

/**
 * Members for tests: an approved, active child with no account. Use
 * `.with('account')` for a parent account of their own, or merge
 * `accountId` to hang them under an existing one.
 */
export const MemberFactory = factory
  .define(Member, ({ faker }) => ({
    accountId: null,
    name: `Anak ${faker.person.firstName()} ${faker.string.alphanumeric(4)}`,
    relationship: 'child' as const,
    status: 'active' as const,
    approvedAt: DateTime.now(),
  }))
  .relation('account', () => UserFactory)
  .state('self', (member) => {
    member.relationship = 'self'
  })
  .state('pending', (member) => {
    member.status = 'pending'
    member.approvedAt = null
  })
  .state('inactive', (member) => {
    member.status = 'inactive'
    member.deactivatedAt = DateTime.now()
  })
  .build()
