import { defineConfig } from '@adonisjs/cors'

/**
 * The API is used with bearer tokens from other origins; pages are same-origin.
 */
const corsConfig = defineConfig({
  enabled: true,
  origin: true,
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: [
    'x-request-id',
    'x-ratelimit-limit',
    'x-ratelimit-remaining',
    'x-ratelimit-reset',
    'retry-after',
  ],
  credentials: false,
  maxAge: 90,
})

export default corsConfig
