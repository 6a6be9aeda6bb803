import { Redis, type RedisOptions } from 'ioredis'
import logger from '@adonisjs/core/services/logger'

type Serializable = unknown
type Handler = (message: any) => void

/**
 * The state of the shared bus, for the readiness report and the tests
 */
export type BusState = 'connecting' | 'up' | 'down'

/**
 * Transmit's bus over Redis, made for an engine that may go away:
 *
 * - nothing is queued while Redis is down: a broadcast published then is
 *   dropped (subscribers on this instance still get it), never replayed
 *   later and out of order;
 * - both connections retry with a capped backoff (config/redis.ts) and the
 *   outage is logged once through the app logger, its recovery once;
 * - when the subscriber is back after an outage every registered recovery
 *   callback runs: start/transmit.ts tells the browsers connected here to
 *   refetch what they show (`{ type: 'resync' }`).
 *
 * It has the shape of @boringnode/bus's Transport, so Transmit uses it as
 * its transport driver (config/transmit.ts).
 */
export class ResilientRedisTransport {
  #id = ''
  #publisher: Redis
  #subscriber: Redis
  #handlers = new Map<string, Handler[]>()
  #state: BusState = 'connecting'
  #closing = false
  #recovered: Array<() => void> = []

  constructor(options: RedisOptions) {
    this.#publisher = new Redis({ ...options, enableOfflineQueue: false })
    this.#subscriber = new Redis({ ...options, enableOfflineQueue: false, autoResubscribe: false })

    for (const connection of [this.#publisher, this.#subscriber]) {
      connection.on('error', (error: Error) => this.#wentDown(error))
      connection.on('end', () => this.#wentDown(new Error('connection closed')))
    }
    this.#subscriber.on('ready', () => void this.#subscriberReady())
    this.#subscriber.on('message', (channel: string, raw: string) => this.#onMessage(channel, raw))
  }

  get state(): BusState {
    return this.#state
  }

  /**
   * Called each time the bus is back after an outage
   */
  onRecovered(callback: () => void) {
    this.#recovered.push(callback)
  }

  setId(id: string) {
    this.#id = id
    return this
  }

  onReconnect(_callback: () => void) {
    // the bus's retry queue stays empty: nothing is replayed (see above)
  }

  async publish(channel: string, message: Serializable) {
    if (this.#publisher.status !== 'ready') {
      return
    }
    try {
      await this.#publisher.publish(channel, JSON.stringify({ busId: this.#id, payload: message }))
    } catch (error) {
      this.#wentDown(error as Error)
    }
  }

  async subscribe(channel: string, handler: Handler) {
    const handlers = this.#handlers.get(channel) ?? []
    handlers.push(handler)
    this.#handlers.set(channel, handlers)
    if (this.#subscriber.status === 'ready') {
      await this.#subscriber.subscribe(channel).catch((error) => this.#wentDown(error))
    }
  }

  async unsubscribe(channel: string) {
    this.#handlers.delete(channel)
    if (this.#subscriber.status === 'ready') {
      await this.#subscriber.unsubscribe(channel).catch(() => {})
    }
  }

  async disconnect() {
    this.#closing = true
    await Promise.all(
      [this.#publisher, this.#subscriber].map((connection) =>
        connection.status === 'ready'
          ? connection.quit().catch(() => connection.disconnect())
          : connection.disconnect()
      )
    )
  }

  #wentDown(error: Error) {
    if (this.#closing || this.#state === 'down') {
      return
    }
    this.#state = 'down'
    logger.warn(
      { err: { message: error.message, code: (error as { code?: string }).code } },
      'Redis is not reachable: live updates reach only the browsers connected to this instance until it is back (retrying)'
    )
  }

  async #subscriberReady() {
    const channels = [...this.#handlers.keys()]
    try {
      if (channels.length) {
        await this.#subscriber.subscribe(...channels)
      }
    } catch (error) {
      this.#wentDown(error as Error)
      return
    }
    const wasDown = this.#state === 'down'
    this.#state = 'up'
    if (wasDown) {
      logger.info('Redis is reachable again: live updates are shared with the other instances')
      for (const callback of this.#recovered) callback()
    }
  }

  #onMessage(channel: string, raw: string) {
    const handlers = this.#handlers.get(channel)
    if (!handlers) return
    let data: { busId?: string; payload?: unknown }
    try {
      data = JSON.parse(raw)
    } catch {
      return
    }
    if (data.busId === this.#id) return
    for (const handler of handlers) handler(data.payload)
  }
}

/**
 * The instance's bus, once Transmit made it (null without REDIS_URL)
 */
let current: ResilientRedisTransport | null = null

export const redisBus = {
  create(options: RedisOptions) {
    current = new ResilientRedisTransport(options)
    return current
  },
  get current() {
    return current
  },
}
