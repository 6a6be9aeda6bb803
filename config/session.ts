import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

/**
 * The portal session's cookie (app/services/sessionless.ts looks for it)
 */
export const SESSION_COOKIE_NAME = 'latih-session'

const sessionConfig = defineConfig({
  enabled: true,
  cookieName: SESSION_COOKIE_NAME,
  clearWithBrowser: false,
  age: '7d',
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  /**
   * Server-side by default, so that logout, a password change or reset and
   * a deactivation end every portal session of the account (the sessions
   * table, tagged by user); `memory` in tests, `cookie` only if you accept
   * that a copied cookie lives until it expires.
   */
  store: env.get('SESSION_DRIVER', 'database'),
  stores: {
    database: stores.database(),
    cookie: stores.cookie(),
  },
})

export default sessionConfig
