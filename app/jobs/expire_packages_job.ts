import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { expireMemberPackages } from '#actions/packages/expire_member_packages'

/**
 * `packages:expire` as a job (idempotent)
 */
export default class ExpirePackagesJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'ExpirePackagesJob', queue: 'default' }

  async execute() {
    await expireMemberPackages()
  }
}
