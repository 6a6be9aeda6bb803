import factory from '@adonisjs/lucid/factories'
import User from '#models/user'

/**
 * Accounts for tests. Password is always "password-123".
 */
export const UserFactory = factory
  .define(User, ({ faker }) => ({
    // no apostrophes (O'Hara): tests compare names with rendered, HTML-escaped text
    name: faker.person.fullName().replaceAll("'", ''),
    email: faker.internet
      .email()
      .toLowerCase()
      .replace('@', `.${faker.string.alphanumeric(6)}@`),
    password: 'password-123',
    role: 'member' as const,
    status: 'active' as const,
    locale: 'id' as const,
  }))
  .state('admin', (user) => {
    user.role = 'admin'
  })
  .state('coach', (user) => {
    user.role = 'coach'
  })
  .state('inactive', (user) => {
    user.status = 'inactive'
  })
  .state('suspended', (user) => {
    user.status = 'suspended'
  })
  .build()
