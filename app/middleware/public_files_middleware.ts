import { readdirSync } from 'node:fs'
import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'

/**
 * The top-level names in public/ (`favicon.ico`, …), listed once when the
 * process starts, and `assets`: Vite's build folder, which a fresh checkout
 * creates only when it builds
 */
let publicNames: Set<string> | undefined

function topLevelNames() {
  if (!publicNames) {
    try {
      publicNames = new Set(['assets', ...readdirSync(app.publicPath())])
    } catch {
      publicNames = new Set(['assets'])
    }
  }
  return publicNames
}

/**
 * Files from public/ (built assets, favicons) through @adonisjs/static,
 * asked only for GET and HEAD requests whose first path segment names an
 * entry of public/. The static server otherwise calls `stat` on the disk
 * for every request, pages and API alike, before they reach a route: about
 * a third of a trivial request's cost under load (docs/performance.md).
 * A file added at the top of public/ is served after a restart.
 */
@inject()
export default class PublicFilesMiddleware {
  constructor(protected files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    const method = ctx.request.method()
    if (method !== 'GET' && method !== 'HEAD') return next()
    const url = ctx.request.url()
    const end = url.indexOf('/', 1)
    const first = decodeURIComponentSafe(url.slice(1, end === -1 ? undefined : end))
    if (!first || !topLevelNames().has(first)) return next()
    return this.files.handle(ctx, next)
  }
}

function decodeURIComponentSafe(value: string) {
  try {
    return decodeURIComponent(value)
  } catch {
    return ''
  }
}
