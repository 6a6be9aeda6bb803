import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'
import proxyAddr from 'proxy-addr'

/**
 * The public address, for links in mails: APP_URL, or where this server
 * listens (HOST and PORT; a wildcard host reads as localhost)
 */
export function listeningUrl(host = 'localhost', port = 3333) {
  const name = ['0.0.0.0', '::', '[::]'].includes(host) ? 'localhost' : host
  return `http://${name}:${port}`
}

/**
 * Production links must not depend on where the process happens to
 * listen (behind a proxy that is never the public address)
 */
if (app.inProduction && !env.get('APP_URL')) {
  throw new Error('APP_URL is required in production: the public address of the portal')
}

export const appUrl = (
  env.get('APP_URL') ?? listeningUrl(env.get('HOST'), env.get('PORT'))
).replace(/\/+$/, '')

/**
 * The club's time zone decides what "today" is and how pages show times
 */
export const timezone = env.get('APP_TIMEZONE', 'Asia/Jakarta')

/**
 * Whose X-Forwarded-For is believed: the addresses and CIDR ranges of
 * TRUSTED_PROXIES (comma-separated, e.g. "10.0.0.5,10.0.1.0/24";
 * proxy-addr's "loopback"/"uniquelocal" names work too). Unset: nobody in
 * production and tests, loopback in development (a local proxy in front of
 * `npm run dev`). "none" trusts nobody anywhere.
 */
export function trustedProxies(value: string | undefined, nodeEnv: string) {
  if (value === undefined || value.trim() === '') {
    return nodeEnv === 'development' ? ['loopback'] : []
  }
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry && entry !== 'none')
}

export function proxyTrust(list: string[]) {
  return list.length ? proxyAddr.compile(list) : () => false
}

const trusted = trustedProxies(env.get('TRUSTED_PROXIES'), env.get('NODE_ENV'))

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  useAsyncLocalStorage: true,
  /**
   * X-Forwarded-For is believed only from the proxies trusted above:
   * nobody else can choose the IP the rate limits count
   */
  trustProxy: proxyTrust(trusted),
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
