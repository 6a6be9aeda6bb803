import type { HttpContext } from '@adonisjs/core/http'
import { SESSION_COOKIE_NAME } from '#config/session'

/**
 * Pages a visitor reads without an account: the front page, the schedule,
 * the programs, news and achievements. Their only form is the language
 * switch; every other form (sign-in, enrollment, …) lives on a page that
 * opens a session for its CSRF token.
 */
const CONTENT_PAGES =
  /^\/(?:schedule|programs(?:\/[^/]+)?|news(?:\/[^/]+)?|achievements(?:\/[^/]+)?)?$/

const known = new WeakMap<HttpContext, boolean>()
function carriesSessionCookie(ctx: HttpContext) {
  const header = ctx.request.header('cookie')
  if (!header) return false
  return header.split(';').some((pair) => pair.trim().startsWith(`${SESSION_COOKIE_NAME}=`))
}

function decide(ctx: HttpContext) {
  const url = ctx.request.url()
  const method = ctx.request.method()
  if (url.startsWith('/api/')) return false
  const anonymousRequest =
    ((method === 'GET' || method === 'HEAD') && CONTENT_PAGES.test(url)) ||
    url.startsWith('/__transmit/') ||
    (method === 'POST' && url === '/locale')
  return anonymousRequest && !carriesSessionCookie(ctx)
}

/**
 * A visitor without a session cookie reading a content page, following it
 * live (Transmit) or switching its language gets no session: no session
 * row is written, no session or XSRF cookie is set, and no CSRF token is
 * asked for, because there is no ambient credential to forge a request
 * with (the visitor is anonymous whoever sends it; Transmit authorizes
 * public channels only for them). Signing in, or any page with a form,
 * opens the session as before; from then on the cookie is sent and these
 * requests get the session too. Opening a session for every anonymous page
 * view was most of the front page's cost (docs/performance.md).
 */
export function isSessionless(ctx: HttpContext) {
  let found = known.get(ctx)
  if (found === undefined) {
    found = decide(ctx)
    known.set(ctx, found)
  }
  return found
}
