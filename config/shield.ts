import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'

const shieldConfig = defineConfig({
  /**
   * Everything is served from this origin: no CDN, no third-party scripts.
   */
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`],
      styleSrc: [`'self'`],
      imgSrc: [`'self'`, 'data:'],
      /**
       * In development the Vite dev server's HMR socket listens on a port
       * of its own
       */
      connectSrc: app.inDev ? [`'self'`, 'ws:'] : [`'self'`],
      formAction: [`'self'`],
      baseUri: [`'self'`],
      frameAncestors: [`'none'`],
    },
    reportOnly: false,
  },

  /**
   * Pages are protected by CSRF tokens. The API uses bearer tokens and no
   * cookies, so it is excepted. The XSRF cookie lets the browser scripts
   * (Transmit subscriptions) send the token in a header.
   */
  csrf: {
    enabled: true,
    exceptRoutes: (ctx) => ctx.request.url().startsWith('/api/'),
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },

  xFrame: {
    enabled: true,
    action: 'DENY',
  },

  hsts: {
    enabled: true,
    maxAge: '180 days',
  },

  contentTypeSniffing: {
    enabled: true,
  },
})

export default shieldConfig
