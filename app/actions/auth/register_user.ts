import User from '#models/user'
import DomainError from '#exceptions/domain_error'

export interface RegisterUserInput {
  name: string
  email: string
  password: string
  phone?: string | null
  locale?: 'id' | 'en'
}

/**
 * Someone signs up: a member account, active at once.
 */
export async function registerUser(input: RegisterUserInput): Promise<User> {
  try {
    return await User.create({
      name: input.name,
      email: input.email.trim().toLowerCase(),
      password: input.password,
      phone: input.phone ?? null,
      role: 'member',
      status: 'active',
      locale: input.locale ?? 'id',
    })
  } catch (error) {
    /**
     * Two sign-ups racing with one email: the validator let both through,
     * the unique index stops the second.
     */
    if ((error as { code?: string }).code === '23505') {
      throw DomainError.invalid('email', 'email_taken')
    }
    throw error
  }
}
