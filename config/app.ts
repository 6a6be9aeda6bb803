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

export const appUrl = (
  env.get('APP_URL') ?? listeningUrl(env.get('HOST'), env.get('PORT'))
).replace(/\/+$/, '')

/**
 * The club's time zone decides what "today" is and how pages show times
 */
export const timezone = env.get('APP_TIMEZONE', 'Asia/Jakarta')

const trustedProxies = (env.get('TRUSTED_PROXIES') ?? '')
  .split(',')
  .map((entry) => entry.trim())
  .filter(Boolean)

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: true,
  useAsyncLocalStorage: true,
  /**
   * X-Forwarded-For is believed only from the proxies named in
   * TRUSTED_PROXIES (comma-separated addresses or CIDR ranges, e.g.
   * "10.0.0.5,10.0.1.0/24"; proxy-addr's "loopback"/"uniquelocal" names
   * work too). Nobody else can choose the IP the rate limits count.
   */
  trustProxy: trustedProxies.length ? proxyAddr.compile(trustedProxies) : () => false,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
