import { op, s } from '../helpers.js'
import type { ApiArea } from '../types.js'
import { bodyOf } from '../validators.js'
import {
  changePasswordValidator,
  confirmSignupValidator,
  forgotPasswordValidator,
  loginValidator,
  refreshTokenValidator,
  registerValidator,
  resetPasswordValidator,
  updateProfileValidator,
} from '#validators/auth'

const tag = ['auth']

export const tags: ApiArea['tags'] = [
  {
    name: 'auth',
    description:
      'Accounts and bearer tokens. Sign in for an access token plus a refresh token; send `Authorization: Bearer <token>` on every other call.',
  },
]

export const schemas: ApiArea['schemas'] = {
  AuthTokens: s.object({
    token: s.string({ description: 'Access token', example: 'lat_Mzk.c2VjcmV0' }),
    token_type: s.string({ const: 'Bearer' }),
    expires_at: s.nullable(s.dateTime({ description: 'When the access token stops working' })),
    refresh_token: s.string({
      description: 'Single use; POST /auth/refresh trades it for a new pair',
      example: 'ltr_NDI.c2VjcmV0',
    }),
    user: s.ref('User'),
  }),
}

export const paths: ApiArea['paths'] = {
  '/auth/register': {
    post: op({
      summary: 'Sign up: mail a link that creates a member account',
      description:
        'Step one of two. Answers 202 with the same body whether or not the email already has an account, so that accounts cannot be discovered: a new email gets a link (valid 24 hours, used once) whose token `POST /auth/register/confirm` trades for the account and a token pair; an email that has an account gets a mail with the sign-in and forgot-password links instead. Seed 003 answered 201 with a token here and 422 for a taken email; that answer told anyone which emails have accounts (issue 14).',
      tags: tag,
      auth: false,
      body: bodyOf(registerValidator),
      status: 202,
      response: s.object({
        email: s.email({ description: 'Where the mail went' }),
        expires_in_hours: s.integer({ description: 'How long the link in the mail works' }),
      }),
      errors: [429],
    }),
  },

  '/auth/register/confirm': {
    post: op({
      summary: 'Finish signing up with the token from the mailed link',
      description:
        'Creates the member account chosen in `POST /auth/register` (active at once) and signs it in. The token is the last part of the link `/register/confirm/{token}`; it works once, within 24 hours.',
      tags: tag,
      auth: false,
      body: bodyOf(confirmSignupValidator),
      status: 201,
      response: s.ref('AuthTokens'),
      errors: [
        {
          status: 422,
          codes: ['VALIDATION_FAILED', 'AUTH_SIGNUP_LINK_INVALID'],
          description: 'Invalid input, or an unknown, used or expired sign-up token',
        },
        429,
      ],
    }),
  },

  '/auth/login': {
    post: op({
      summary: 'Sign in',
      description: 'Answers an access token (Bearer) and a refresh token.',
      tags: tag,
      auth: false,
      body: bodyOf(loginValidator),
      response: s.ref('AuthTokens'),
      errors: [
        {
          status: 401,
          codes: ['AUTH_INVALID_CREDENTIALS'],
          description: 'Wrong email or password',
        },
        { status: 403, codes: ['AUTH_ACCOUNT_INACTIVE'], description: 'The account is not active' },
        429,
      ],
    }),
  },

  '/auth/refresh': {
    post: op({
      summary: 'Trade a refresh token for a new token pair',
      description: 'The refresh token is rotated: the one sent stops working.',
      tags: tag,
      auth: false,
      body: bodyOf(refreshTokenValidator),
      response: s.ref('AuthTokens'),
      errors: [
        {
          status: 401,
          codes: ['AUTH_INVALID_TOKEN'],
          description: 'Unknown, used or expired refresh token, or an inactive account',
        },
      ],
    }),
  },

  '/auth/logout': {
    post: op({
      summary: 'Sign out',
      description: 'Revokes the access token used for this request and its refresh token.',
      tags: tag,
    }),
  },

  '/auth/me': {
    get: op({
      versioned: 'read',
      summary: 'The signed-in account',
      tags: tag,
      response: s.ref('User'),
    }),
    put: op({
      versioned: 'write',
      summary: 'Edit my profile',
      description: 'Email and role are changed by an admin, not here.',
      tags: tag,
      body: bodyOf(updateProfileValidator),
      response: s.ref('User'),
    }),
  },

  '/auth/change-password': {
    post: op({
      summary: 'Change my password',
      description: 'Revokes every token of the account: sign in again afterwards.',
      tags: tag,
      body: bodyOf(changePasswordValidator),
      errors: [
        {
          status: 422,
          codes: ['VALIDATION_FAILED', 'AUTH_CURRENT_PASSWORD_INVALID'],
          description: 'Invalid input, or the current password is wrong',
        },
      ],
    }),
  },

  '/auth/forgot-password': {
    post: op({
      summary: 'Mail a password-reset link',
      description:
        'Always answers 200, whether or not the email belongs to an account, so that accounts cannot be discovered.',
      tags: tag,
      auth: false,
      body: bodyOf(forgotPasswordValidator),
      errors: [429],
    }),
  },

  '/auth/reset-password': {
    post: op({
      summary: 'Set a new password with the mailed token',
      description: 'The token works once; every token of the account is revoked.',
      tags: tag,
      auth: false,
      body: bodyOf(resetPasswordValidator),
      errors: [
        {
          status: 422,
          codes: ['VALIDATION_FAILED', 'AUTH_RESET_TOKEN_INVALID'],
          description: 'Invalid input, or an unknown, used or expired reset token',
        },
      ],
    }),
  },
}
