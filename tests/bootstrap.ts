import { rm } from 'node:fs/promises'
import { assert } from '@japa/assert'
import { ApiClient, apiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { browserClient } from '@japa/browser-client'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { chromium } from 'playwright-core'
import { assertKeepsContract } from './contract.js'
import { mailDirectory } from '#services/file_mail_transport'
import { transmitStreams } from '#services/transmit_streams'

/**
 * Browser tests drive the system's Chromium (apt-get install chromium);
 * nothing is ever downloaded.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  browserClient({
    runInSuites: ['browser'],
    contextOptions: {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    },
    launcher: async (options) =>
      chromium.launch({
        ...options,
        headless: true,
        executablePath: CHROMIUM,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      }),
  }),
  sessionBrowserClient(app),
  authBrowserClient(app),
]

export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    () => rm(mailDirectory(), { recursive: true, force: true }),
    () => testUtils.db().migrate(),
  ],
  teardown: [],
}

/**
 * Every JSON answer of /api/v1 in the functional suite must match the
 * OpenAPI document (tests/contract.ts)
 */
ApiClient.teardown((response) => assertKeepsContract(response))

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (suite.name === 'browser') {
    /**
     * Every page of every browser test comes from 127.0.0.1, which may hold
     * MAX_STREAMS_PER_IP event streams: the streams of the previous test's
     * pages close a moment after it, so each test starts with the whole
     * budget (a stream counted before a reset is never released twice)
     */
    suite.onGroup((group) => group.each.setup(() => transmitStreams.reset()))
  }
  if (['browser', 'functional'].includes(suite.name)) {
    return suite.setup(async () => {
      const close = await testUtils.httpServer().start()
      return async () => {
        /**
         * An event stream a failed browser test left open would hold the
         * server's close (and the whole run) forever: end them first
         */
        const server = await app.container.make('server')
        server.getNodeServer()?.closeAllConnections()
        await close()
      }
    })
  }
}
