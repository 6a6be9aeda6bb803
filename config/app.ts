import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'

export const appUrl = env.get('APP_URL', `http://localhost:${env.get('PORT', 3333)}`)

/**
 * The club's time zone decides what "today" is and how pages show times
 */
export const timezone = env.get('APP_TIMEZONE', 'Asia/Jakarta')

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  useAsyncLocalStorage: true,
  /**
   * X-Forwarded-For is believed only from a proxy on this machine or the
   * private network (the load balancer), so clients cannot pick the IP the
   * rate limits count.
   */
  trustProxy: (address) =>
    /^(127\.|::1$|::ffff:127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|fc|fd)/.test(address),
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
