import { defineConfig } from '@adonisjs/vite'

/**
 * Built assets land in public/assets (fingerprinted names, served with a
 * one-year immutable cache by config/static.ts); in development and tests
 * the Vite dev server answers instead.
 */
const viteBackendConfig = defineConfig({
  buildDirectory: 'public/assets',
  manifestFile: 'public/assets/.vite/manifest.json',
  assetsUrl: '/assets',
  scriptAttributes: {
    defer: true,
  },
})

export default viteBackendConfig
