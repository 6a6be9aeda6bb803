import { BaseTransformer } from '@adonisjs/core/transformers'
import { DateTime } from 'luxon'
import { timezone } from '#config/app'
import type MemberPackage from '#models/member_package'
import { s } from '#openapi/helpers'
import type { TransformerShapes } from '#transformers/shapes'
import { iso } from '#transformers/values'

export interface Credits {
  reserved: number
  remaining: number
}

/**
 * A member's package with its credits: used (consumed by attendance),
 * reserved (held by upcoming confirmed bookings) and remaining. The
 * credits come from `creditsFor()` (#queries/members/member_package_credits)
 * as the second argument of transform(); `package` and `member` must be
 * preloaded.
 */
export default class MemberPackageTransformer extends BaseTransformer<MemberPackage> {
  static shapes: TransformerShapes<'toObject'> = {
    toObject: {
      name: 'MemberPackage',
      schema: s.object({
        id: s.uuid(),
        member_id: s.uuid(),
        member: s.object({ id: s.uuid(), name: s.string() }),
        package_id: s.uuid(),
        package_name: s.string(),
        status: s.enum(['active', 'expired', 'exhausted', 'cancelled']),
        start_date: s.date(),
        end_date: s.date({ description: 'Last valid day' }),
        days_remaining: s.integer({ minimum: 0 }),
        total_sessions: s.integer(),
        used_sessions: s.integer({ description: 'Consumed by attendance' }),
        reserved_sessions: s.integer({
          description: 'Held by confirmed bookings of sessions not over yet',
        }),
        remaining_sessions: s.integer({
          description: 'total − used − reserved; 0 once the package is not active',
        }),
        created_at: s.dateTime(),
      }),
    },
  }

  constructor(
    resource: MemberPackage,
    protected credits: Map<string, Credits>
  ) {
    super(resource)
  }

  toObject() {
    const row = this.resource
    const credits = this.credits.get(row.id) ?? { reserved: 0, remaining: 0 }
    const today = DateTime.now().setZone(timezone).startOf('day')
    const end = DateTime.fromISO(row.endDate.toISODate()!, { zone: timezone })
    return {
      id: row.id,
      member_id: row.memberId,
      member: { id: row.member.id, name: row.member.name },
      package_id: row.packageId,
      package_name: row.package.name,
      status: row.status,
      start_date: row.startDate.toISODate()!,
      end_date: row.endDate.toISODate()!,
      days_remaining: Math.max(0, Math.floor(end.diff(today, 'days').days) + 1),
      total_sessions: row.totalSessions,
      used_sessions: row.usedSessions,
      reserved_sessions: credits.reserved,
      remaining_sessions: credits.remaining,
      created_at: iso(row.createdAt),
    }
  }
}
