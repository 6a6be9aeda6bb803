import { PackageSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import MemberPackage from '#models/member_package'

export type PackageStatus = PackageSchema['status']

/**
 * A bundle of session credits the club sells
 */
export default class Package extends PackageSchema {
  @hasMany(() => MemberPackage)
  declare memberPackages: HasMany<typeof MemberPackage>
}
