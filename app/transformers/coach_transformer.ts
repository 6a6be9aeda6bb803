import type CoachProfile from '#models/coach_profile'
import type User from '#models/user'

/**
 * A coach as the public sees them: name and profile, never contact details
 */
export function serializeCoach(user: User, profile: CoachProfile | null) {
  return {
    id: user.id,
    name: user.name,
    bio: profile?.bio ?? null,
    specialization: profile?.specialization ?? null,
  }
}

/**
 * A coach for the admin screens: the account as well
 */
export function serializeCoachForAdmin(user: User, profile: CoachProfile | null) {
  return {
    ...serializeCoach(user, profile),
    email: user.email,
    phone: user.phone,
    status: user.status,
    created_at: user.createdAt.toUTC().toISO(),
    updated_at: user.updatedAt.toUTC().toISO(),
  }
}

/**
 * What a session says about its coach
 */
export function serializeCoachSummary(user: User, profile?: CoachProfile | null) {
  const summary: Record<string, unknown> = { id: user.id, name: user.name }
  if (profile !== undefined) {
    summary.specialization = profile?.specialization ?? null
    summary.bio = profile?.bio ?? null
  }
  return summary
}
