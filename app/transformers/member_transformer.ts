import { BaseTransformer } from '@adonisjs/core/transformers'
import type Member from '#models/member'
import type MemberPackage from '#models/member_package'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'
import UserTransformer from '#transformers/user_transformer'
import MemberPackageTransformer, { type Credits } from '#transformers/member_package_transformer'

const phone = () => s.string({ maxLength: 32, example: '+62 812 3456 7890' })
const day = (value: Member['dateOfBirth']) => (value ? value.toISODate() : null)

/**
 * What a parent's dashboard adds to one of their members: the package in
 * use and the credits over all active packages
 */
export interface MemberOverview {
  quota: MemberPackage | null
  credits: Map<string, Credits>
  remainingSessions: number
  activePackages: number
}

const member = s.object({
  id: s.uuid(),
  name: s.string({ example: 'Rara Santoso' }),
  relationship: s.enum(['self', 'child'], {
    description: '`self` is the account holder (one per account)',
  }),
  status: s.enum(['pending', 'active', 'inactive', 'rejected']),
  date_of_birth: s.nullable(s.date()),
  phone: s.nullable(phone()),
  school: s.nullable(s.string()),
  grade: s.nullable(s.string()),
  notes: s.nullable(s.string()),
  approved_at: s.nullable(s.dateTime()),
  created_at: s.dateTime(),
  updated_at: s.dateTime(),
})

/**
 * A member (a person who trains). The birth date, school and contact only
 * in the variants their parent and staff see (`toObject`, `forAdmin`,
 * `forOverview`); other resources embed `forSummary`.
 */
export default class MemberTransformer extends BaseTransformer<Member> {
  static shapes: TransformerShapes<'toObject' | 'forAdmin' | 'forOverview' | 'forSummary'> = {
    toObject: { name: 'Member', schema: member },
    forAdmin: {
      name: 'AdminMember',
      schema: s.extend(member, {
        account_id: s.nullable(s.uuid()),
        account: s.nullable(s.ref('UserContact')),
        guardian_name: s.nullable(s.string()),
        guardian_phone: s.nullable(phone()),
        approved_by: s.nullable(s.uuid()),
        deactivated_at: s.nullable(s.dateTime()),
      }),
    },
    forOverview: {
      name: 'MemberOverview',
      schema: s.extend(member, {
        quota: s.nullable(s.ref('MemberPackage')),
        remaining_sessions: s.integer({ description: 'Over all active packages' }),
        active_packages: s.integer(),
      }),
    },
    forSummary: {
      name: 'MemberSummary',
      schema: s.object({
        id: s.uuid(),
        name: s.string(),
        status: s.enum(['pending', 'active', 'inactive', 'rejected']),
      }),
    },
  }

  constructor(
    resource: Member,
    protected overviews?: Map<string, MemberOverview>
  ) {
    super(resource)
  }

  toObject() {
    const row = this.resource
    return {
      id: row.id,
      name: row.name,
      relationship: row.relationship,
      status: row.status,
      date_of_birth: day(row.dateOfBirth),
      phone: row.phone ?? null,
      school: row.school ?? null,
      grade: row.grade ?? null,
      notes: row.notes ?? null,
      approved_at: iso(row.approvedAt),
      created_at: iso(row.createdAt),
      updated_at: iso(row.updatedAt),
    }
  }

  /**
   * Expects `account` preloaded (null when the member has no account)
   */
  forAdmin() {
    const row = this.resource
    return {
      ...this.toObject(),
      account_id: row.accountId ?? null,
      account: UserTransformer.transform(row.account ?? null)?.useVariant('forContact') ?? null,
      guardian_name: row.guardianName ?? null,
      guardian_phone: row.guardianPhone ?? null,
      approved_by: row.approvedBy ?? null,
      deactivated_at: iso(row.deactivatedAt),
    }
  }

  /**
   * Needs the overviews by member id as the second argument of transform()
   */
  forOverview() {
    const overview = this.overviews?.get(this.resource.id)
    return {
      ...this.toObject(),
      quota: overview?.quota
        ? MemberPackageTransformer.transform(overview.quota, overview.credits)
        : null,
      remaining_sessions: overview?.remainingSessions ?? 0,
      active_packages: overview?.activePackages ?? 0,
    }
  }

  forSummary() {
    return this.pick(this.resource, ['id', 'name', 'status'])
  }
}
