import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Deletes expired tokens, idempotency keys and portal sessions (a nightly
 * cron job). A second run deletes nothing.
 */
export default class TokensPrune extends BaseCommand {
  static commandName = 'tokens:prune'
  static description =
    'Delete expired access, refresh and reset tokens, idempotency keys and sessions'

  static options: CommandOptions = {
    startApp: true,
  }

  async run() {
    const { pruneTokens } = await import('#actions/maintenance/prune_tokens')
    const outcome = await pruneTokens()
    this.logger.success(
      `Deleted ${outcome.accessTokens} access, ${outcome.refreshTokens} refresh and ` +
        `${outcome.passwordResetTokens} reset tokens, ${outcome.idempotencyKeys} idempotency keys` +
        `, ${outcome.sessions} sessions and ${outcome.signupRequests} sign-up links`
    )
  }
}
