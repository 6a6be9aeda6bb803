import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { MemberSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import MemberPackage from '#models/member_package'

export type MemberStatus = MemberSchema['status']
export type MemberRelationship = MemberSchema['relationship']

/**
 * A person who trains. `accountId` is the parent (or adult member) account
 * that manages them.
 */
export default class Member extends compose(MemberSchema, Auditable) {
  @belongsTo(() => User, { foreignKey: 'accountId' })
  declare account: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'approvedBy' })
  declare approver: BelongsTo<typeof User>

  @hasMany(() => MemberPackage)
  declare memberPackages: HasMany<typeof MemberPackage>

  get isActive() {
    return this.status === 'active'
  }

  isOwnedBy(user: { id: string } | null | undefined) {
    return Boolean(user && this.accountId && this.accountId === user.id)
  }
}
