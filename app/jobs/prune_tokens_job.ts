import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { pruneTokens } from '#actions/maintenance/prune_tokens'

/**
 * `tokens:prune` as a job (idempotent)
 */
export default class PruneTokensJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'PruneTokensJob', queue: 'default' }

  async execute() {
    await pruneTokens()
  }
}
