/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Every variable the app reads is validated here. README.md has the table.
|
*/

import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number.optional(),
  HOST: Env.schema.string.optional({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  APP_NAME: Env.schema.string.optional(),
  APP_TIMEZONE: Env.schema.string.optional(),
  LOG_LEVEL: Env.schema.enum.optional([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  /*
  | Database. Unset in development and tests: the embedded PostgreSQL is used.
  */
  DATABASE_URL: Env.schema.string.optional(),
  DB_DEBUG: Env.schema.boolean.optional(),
  DB_STATEMENT_TIMEOUT_MS: Env.schema.number.optional(),
  DB_ACQUIRE_TIMEOUT_MS: Env.schema.number.optional(),
  DB_AUTO_SETUP: Env.schema.boolean.optional(),

  SESSION_DRIVER: Env.schema.enum.optional(['database', 'cookie', 'memory'] as const),

  /*
  | Shared engines when scaled out
  */
  REDIS_URL: Env.schema.string.optional(),
  PUBLIC_CACHE: Env.schema.boolean.optional(),
  PUBLIC_CACHE_TTL_SECONDS: Env.schema.number.optional(),
  SHUTDOWN_TIMEOUT_MS: Env.schema.number.optional(),
  QUEUE_DRIVER: Env.schema.enum.optional(['database', 'redis', 'sync'] as const),

  /*
  | Mail
  */
  MAIL_MAILER: Env.schema.enum.optional(['file', 'smtp'] as const),
  MAIL_FROM: Env.schema.string.optional(),
  SMTP_HOST: Env.schema.string.optional(),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),

  /*
  | Auth and limits
  */
  ACCESS_TOKEN_TTL: Env.schema.string.optional(),
  REFRESH_TOKEN_TTL: Env.schema.string.optional(),
  AUTH_RATE_LIMIT: Env.schema.number.optional(),
  AUTH_IP_RATE_LIMIT: Env.schema.number.optional(),
  API_RATE_LIMIT_PUBLIC: Env.schema.number.optional(),
  API_RATE_LIMIT_MEMBER: Env.schema.number.optional(),
  API_RATE_LIMIT_ADMIN: Env.schema.number.optional(),
  TRUSTED_PROXIES: Env.schema.string.optional(),

  /*
  | Captcha of the public enrollment form: `none` (default) or Cloudflare
  | Turnstile, verified server-side with the secret key
  */
  CAPTCHA_DRIVER: Env.schema.enum.optional(['none', 'turnstile'] as const),
  TURNSTILE_SITE_KEY: Env.schema.string.optional(),
  TURNSTILE_SECRET_KEY: Env.schema.string.optional(),
  ENROLLMENT_EXPIRE_DAYS: Env.schema.number.optional(),

  /*
  | Photos of news and achievements (@adonisjs/drive): the local disk under
  | storage/ by default, an S3-compatible bucket when DRIVE_DISK=s3
  */
  DRIVE_DISK: Env.schema.enum.optional(['fs', 's3'] as const),
  DRIVE_FS_ROOT: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional(),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.string.optional(),
  S3_FORCE_PATH_STYLE: Env.schema.boolean.optional(),
  UPLOAD_MAX_MB: Env.schema.number.optional(),

  /*
  | Live chat: captcha on starting a chat (CAPTCHA_DRIVER's verifier), rate
  | limits, the longest message, and after how many minutes without a staff
  | answer the admins are mailed
  */
  CHAT_CAPTCHA: Env.schema.boolean.optional(),
  CHAT_START_RATE_LIMIT: Env.schema.number.optional(),
  CHAT_MESSAGE_RATE_LIMIT: Env.schema.number.optional(),
  CHAT_IP_MESSAGE_RATE_LIMIT: Env.schema.number.optional(),
  CHAT_MESSAGE_MAX_LENGTH: Env.schema.number.optional(),
  CHAT_UNANSWERED_MINUTES: Env.schema.number.optional(),
})
