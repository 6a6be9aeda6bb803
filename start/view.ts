/*
|--------------------------------------------------------------------------
| Edge globals
|--------------------------------------------------------------------------
|
| edge.js 6.5 writes attribute values from `html.attrs()` and
| `$props.toAttrs()` as they are: a stored `"><meta http-equiv=refresh …>`
| in a session title would break out of the attribute. Every template builds
| attributes through `html.attrs()`, replaced here by one that escapes each
| value first; `$props.toAttrs()` is not used (a test keeps it that way).
|
*/

import app from '@adonisjs/core/services/app'
import edge, { type Edge, edgeGlobals } from 'edge.js'
import { timezone } from '#config/app'

const { escape, classNames } = edgeGlobals.html

type AttributeValues = Record<string, unknown>

function escapeValue(key: string, value: unknown): unknown {
  if (key === 'class') return escape(classNames(value as any))
  if (typeof value === 'string') return escape(value)
  if (Array.isArray(value)) return value.map((item) => escape(String(item)))
  return value
}

/**
 * html.attrs() with every value HTML-escaped. Accepts a plain object or a
 * component props bag ($props.except([...]).merge({...})).
 */
export function safeAttrs(values: AttributeValues | { all(): AttributeValues }) {
  const plain: AttributeValues =
    typeof (values as any)?.all === 'function'
      ? (values as { all(): AttributeValues }).all()
      : (values as AttributeValues)
  const escaped: AttributeValues = {}
  for (const [key, value] of Object.entries(plain ?? {})) {
    escaped[key] = escapeValue(key, value)
  }
  return edgeGlobals.html.attrs(escaped)
}

edge.global('html', { ...edgeGlobals.html, attrs: safeAttrs })

/**
 * The club's time zone (APP_TIMEZONE), for scripts that show times (the chat widget)
 */
edge.global('clubTimezone', timezone)

/**
 * edge.js 6 decides at construction whether its components plugin re-lists
 * the components folders on every render (`recurring: !cache`), and the
 * shared instance is built before Adonis configures `cache: true`: so in
 * production every page read the folders from disk again. With the cache
 * on, the list is read once (templates do not change in production).
 */
export function cacheComponentList(instance: Edge) {
  const list = instance.loader.listComponents.bind(instance.loader)
  let listed: ReturnType<typeof list> | undefined
  instance.loader.listComponents = () => (listed ??= list())
}

if (app.inProduction) cacheComponentList(edge)
