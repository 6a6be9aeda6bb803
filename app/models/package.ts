import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { PackageSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import MemberPackage from '#models/member_package'

export type PackageStatus = PackageSchema['status']

/**
 * A bundle of session credits the club sells
 */
export default class Package extends compose(PackageSchema, Auditable) {
  @hasMany(() => MemberPackage)
  declare memberPackages: HasMany<typeof MemberPackage>
}
