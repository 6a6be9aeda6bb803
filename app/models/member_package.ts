import { compose } from '@adonisjs/core/helpers'
import { Auditable } from '#models/mixins/auditable'
import { MemberPackageSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Member from '#models/member'
import Package from '#models/package'

export type MemberPackageStatus = MemberPackageSchema['status']

/**
 * A package assigned to one member: credits and validity are copied from
 * the package at assignment.
 */
export default class MemberPackage extends compose(MemberPackageSchema, Auditable) {
  @belongsTo(() => Member)
  declare member: BelongsTo<typeof Member>

  @belongsTo(() => Package)
  declare package: BelongsTo<typeof Package>
}
