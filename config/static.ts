import { sep } from 'node:path'
import { defineConfig } from '@adonisjs/static'

/**
 * Vite's build output (public/assets) has a content hash in every file
 * name: a changed file gets a new name, so browsers may keep each one for
 * a year without asking again. Other public files (the favicon) are
 * revalidated with their ETag.
 */
const BUILT_ASSETS = `${sep}public${sep}assets${sep}`

const staticServerConfig = defineConfig({
  enabled: true,
  etag: true,
  lastModified: true,
  dotFiles: 'ignore',
  headers: (path) =>
    path.includes(BUILT_ASSETS) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {},
})

export default staticServerConfig
