import { DateTime } from 'luxon'
import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import { ThrottledAccessTokensProvider } from '#services/access_tokens'
import env from '#start/env'
import { Auditable } from '#models/mixins/auditable'

export type UserRole = 'admin' | 'coach' | 'member'
export type UserStatus = 'active' | 'inactive' | 'suspended'

/**
 * An account: a login. A parent account holds members (the people who
 * train); coaches and admins are accounts with those roles.
 */
/**
 * Every column but the password hash: what reads of other people's
 * accounts (a session's coach, the coach list) select
 */
export const USER_COLUMNS_WITHOUT_PASSWORD = [
  'id',
  'name',
  'email',
  'phone',
  'wa_number',
  'role',
  'status',
  'locale',
  'last_login_at',
  'created_at',
  'updated_at',
]

export default class User extends compose(
  UserSchema,
  withAuthFinder(hash, { uids: ['email'], passwordColumnName: 'password' }),
  Auditable
) {
  /**
   * Bearer tokens for /api/v1
   */
  static accessTokens = ThrottledAccessTokensProvider.forModel(User, {
    table: 'auth_access_tokens',
    type: 'auth_token',
    prefix: 'lat_',
    expiresIn: env.get('ACCESS_TOKEN_TTL', '1 hour'),
  })

  /**
   * Long-lived tokens that buy a new access token; each is used once
   */
  static refreshTokens = DbAccessTokensProvider.forModel(User, {
    table: 'refresh_tokens',
    type: 'refresh_token',
    prefix: 'ltr_',
    expiresIn: env.get('REFRESH_TOKEN_TTL', '30 days'),
  })

  /**
   * One-time tokens sent by mail to reset a forgotten password
   */
  static passwordResetTokens = DbAccessTokensProvider.forModel(User, {
    table: 'password_reset_tokens',
    type: 'password_reset',
    prefix: 'lpr_',
    expiresIn: '1 hour',
  })

  get isAdmin() {
    return this.role === 'admin'
  }

  get isCoach() {
    return this.role === 'coach'
  }

  get isStaff() {
    return this.role === 'admin' || this.role === 'coach'
  }

  get isActive() {
    return this.status === 'active'
  }

  markLoggedIn() {
    this.lastLoginAt = DateTime.now()
  }
}
