import type User from '#models/user'

/**
 * The JSON shape of an account, everywhere the API shows one. The password
 * hash never leaves the model.
 */
export function serializeUser(user: User) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: user.phone ?? null,
    wa_number: user.waNumber ?? null,
    role: user.role,
    status: user.status,
    locale: user.locale,
    last_login_at: user.lastLoginAt ? user.lastLoginAt.toUTC().toISO() : null,
    created_at: user.createdAt ? user.createdAt.toUTC().toISO() : null,
    updated_at: user.updatedAt ? user.updatedAt.toUTC().toISO() : null,
  }
}

export type SerializedUser = ReturnType<typeof serializeUser>
