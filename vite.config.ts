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
  server: {
    /**
     * Tests run Vite in middleware mode beside dev servers and other runs:
     * no HMR socket, so no fixed port to collide on
     */
    ws: process.env.NODE_ENV === 'test' ? false : undefined,
  },
})
