import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Where this process is in its life. On SIGTERM (bin/server.ts) it drains:
 * the readiness probe answers 503 so a load balancer sends nothing new,
 * the listening socket closes, the open event streams (SSE) end so their
 * browsers reconnect elsewhere, the in-flight requests finish, then the app
 * terminates (providers close the database and Redis). If that takes longer
 * than SHUTDOWN_TIMEOUT_MS (default 10 s) the process exits anyway.
 */
let draining = false

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000

export const lifecycle = {
  get draining() {
    return draining
  },
  startDraining() {
    draining = true
  },
  /**
   * Tests only
   */
  stopDraining() {
    draining = false
  },
}

/**
 * Ends every Transmit stream this instance holds
 */
async function closeEventStreams(app: ApplicationService) {
  const transmit = await app.container.make('transmit')
  const streams = [...transmit.getManager().getAllSubscribers().keys()]
  for (const stream of streams) {
    stream.end()
  }
  return streams.length
}

export async function gracefulShutdown(app: ApplicationService, timeoutMs: number) {
  if (draining) return
  draining = true
  const logger = await app.container.make('logger')

  const deadline = setTimeout(() => {
    logger.error('Shutdown took longer than %d ms: exiting now', timeoutMs)
    process.exit(1)
  }, timeoutMs)
  deadline.unref()

  const server = await app.container.make('server')
  const nodeServer = server.getNodeServer()
  const closed = nodeServer
    ? new Promise<void>((resolve) => nodeServer.close(() => resolve()))
    : Promise.resolve()
  const streams = await closeEventStreams(app).catch(() => 0)
  logger.info('SIGTERM: draining (%d event streams closed, finishing requests)', streams)

  // a keep-alive connection (the proxy's) goes once its last answer is out
  const sweep = setInterval(() => nodeServer?.closeIdleConnections(), 50)
  await closed
  clearInterval(sweep)
  logger.info('SIGTERM: every request answered, stopping')
  await app.terminate()
  clearTimeout(deadline)
}
