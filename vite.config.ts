import { defineConfig } from 'vite'
import adonisjs from '@adonisjs/vite/client'

/**
 * One stylesheet and one script for every page (api_docs.css is the API
 * reference's own). Page scripts (live schedule, roster, seats) are loaded
 * by resources/js/app.js only on the pages that carry their markup.
 */
export default defineConfig({
  plugins: [
    adonisjs({
      entryPoints: ['resources/css/app.css', 'resources/css/api_docs.css', 'resources/js/app.js'],
      reload: ['resources/views/**/*.edge'],
    }),
  ],
  /**
   * Pre-bundled at start, so the dev server (and the one the test runner
   * starts) never reloads a page on first discovering it
   */
  optimizeDeps: {
    include: ['@adonisjs/transmit-client'],
  },
  /**
   * The test runner's Vite keeps its own pre-bundled dependencies, so a dev
   * server of the same checkout (another config, hence re-optimizing) never
   * swaps them under a running browser test
   */
  cacheDir: process.env.NODE_ENV === 'test' ? 'node_modules/.vite-test' : undefined,
  server: {
    /**
     * Tests run Vite in middleware mode beside dev servers and other runs:
     * no HMR socket, so no fixed port to collide on
     */
    ws: process.env.NODE_ENV === 'test' ? false : undefined,
  },
})
