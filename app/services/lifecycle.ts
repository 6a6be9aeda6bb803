/**
 * Where this process is in its life: once SIGTERM arrived (bin/server.ts)
 * the readiness probe answers 503 so a load balancer stops sending new
 * requests while the in-flight ones finish.
 */
let draining = false

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
