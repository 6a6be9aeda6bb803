import { AccessToken, DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import type { Secret } from '@adonisjs/core/helpers'
import type { LucidModel } from '@adonisjs/lucid/types/model'

/**
 * "Last used" of a token is written at most this often
 */
export const LAST_USED_EVERY_MS = 60_000

/**
 * Access tokens whose "last used" time is written only after the secret
 * and the expiry are verified (a guessed or stale token writes nothing),
 * and at most once a minute per token: the stock provider writes it on
 * every request, before checking the secret.
 */
export class ThrottledAccessTokensProvider<
  TokenableModel extends LucidModel,
> extends DbAccessTokensProvider<TokenableModel> {
  static forModel<Model extends LucidModel>(
    model: ConstructorParameters<typeof DbAccessTokensProvider<Model>>[0]['tokenableModel'],
    options: Omit<ConstructorParameters<typeof DbAccessTokensProvider<Model>>[0], 'tokenableModel'>
  ) {
    return new ThrottledAccessTokensProvider<Model>({ tokenableModel: model, ...options })
  }

  async verify(tokenValue: Secret<string>) {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    if (!decoded) return null
    const db = await this.getDb()
    const row = await db
      .query()
      .from(this.table)
      .where({ id: decoded.identifier, type: this.type })
      .first()
    if (!row) return null

    const token = this.dbRowToAccessToken(row)
    if (!token.verify(decoded.secret) || token.isExpired()) return null

    const last = token.lastUsedAt
    if (!last || Date.now() - last.getTime() >= LAST_USED_EVERY_MS) {
      const now = new Date()
      await db.from(this.table).where({ id: row.id, type: row.type }).update({ last_used_at: now })
      token.lastUsedAt = now
    }
    return token
  }
}
