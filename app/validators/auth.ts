import vine from '@vinejs/vine'

/**
 * Shared rules. A password has 8–72 characters (scrypt input stays
 * bounded) with at least one letter and one digit.
 */
export const emailRule = () => vine.string().trim().toLowerCase().email().maxLength(254)
export const passwordRule = () =>
  vine.string().minLength(8).maxLength(72).regex(/\p{L}/u).regex(/\d/)
const name = () => vine.string().trim().minLength(2).maxLength(120)
const phone = () =>
  vine
    .string()
    .trim()
    .maxLength(32)
    .regex(/^\+?[\d\s().-]{6,}$/)
const locale = () => vine.enum(['id', 'en'] as const)

/**
 * When a confirmation is sent it must match; API clients may leave it out
 */
const passwordConfirmation = () => vine.string().sameAs('password').optional()

/**
 * POST /auth/register and the sign-up page. Whether the email already has
 * an account is not checked here: the answer must not tell (issue 14).
 */
export const registerValidator = vine.create(
  vine.object({
    name: name(),
    email: emailRule(),
    password: passwordRule(),
    password_confirmation: passwordConfirmation(),
    phone: phone().nullable().optional(),
    locale: locale().optional(),
  })
)

/**
 * POST /auth/register/confirm: the token from the link in the mail
 */
export const confirmSignupValidator = vine.create(
  vine.object({
    token: vine.string().trim().maxLength(128),
  })
)

/**
 * POST /auth/login. Only the shape is checked here; a wrong pair is a 401.
 */
export const loginValidator = vine.create(
  vine.object({
    email: vine.string().trim().toLowerCase().maxLength(254),
    password: vine.string().maxLength(200),
  })
)

/**
 * POST /auth/refresh
 */
export const refreshTokenValidator = vine.create(
  vine.object({
    refresh_token: vine.string().trim().maxLength(512),
  })
)

/**
 * POST /auth/change-password
 */
export const changePasswordValidator = vine.create(
  vine.object({
    current_password: vine.string().maxLength(200),
    password: passwordRule(),
    password_confirmation: passwordConfirmation(),
  })
)

/**
 * POST /auth/forgot-password
 */
export const forgotPasswordValidator = vine.create(
  vine.object({
    email: emailRule(),
  })
)

/**
 * POST /auth/reset-password
 */
export const resetPasswordValidator = vine.create(
  vine.object({
    token: vine.string().trim().maxLength(512),
    password: passwordRule(),
    password_confirmation: passwordConfirmation(),
  })
)

/**
 * PUT /auth/me: a person edits their own profile (email and role are not
 * theirs to change here)
 */
export const updateProfileValidator = vine.create(
  vine.object({
    name: name().optional(),
    phone: phone().nullable().optional(),
    wa_number: phone().nullable().optional(),
    locale: locale().optional(),
  })
)
