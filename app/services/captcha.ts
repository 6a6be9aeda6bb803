import logger from '@adonisjs/core/services/logger'
import env from '#start/env'

/**
 * Tells a human from a script on the public forms. Chosen by CAPTCHA_DRIVER:
 * `none` (the default; development and tests) accepts everything, `turnstile`
 * asks Cloudflare Turnstile's server-side verify about the widget's token.
 */
export interface CaptchaVerifier {
  readonly name: 'none' | 'turnstile'
  /**
   * The site key the page's widget needs (null: no widget to show)
   */
  readonly siteKey: string | null
  verify(token: string | null | undefined, ip: string): Promise<boolean>
}

export class NoCaptcha implements CaptchaVerifier {
  readonly name = 'none'
  readonly siteKey = null
  async verify() {
    return true
  }
}

export const TURNSTILE_VERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify'

export class TurnstileCaptcha implements CaptchaVerifier {
  readonly name = 'turnstile'

  constructor(
    readonly siteKey: string,
    private secret: string,
    private fetcher: typeof fetch = fetch
  ) {}

  async verify(token: string | null | undefined, ip: string) {
    if (!token) return false
    try {
      const response = await this.fetcher(TURNSTILE_VERIFY_URL, {
        method: 'POST',
        body: new URLSearchParams({ secret: this.secret, response: token, remoteip: ip }),
        signal: AbortSignal.timeout(5000),
      })
      if (!response.ok) return false
      const answer = (await response.json()) as { success?: boolean }
      return answer.success === true
    } catch (error) {
      logger.warn({ err: error }, 'captcha verification failed')
      return false
    }
  }
}

let current: CaptchaVerifier | null = null

/**
 * The configured verifier
 */
export function captcha(): CaptchaVerifier {
  if (current) return current
  if (env.get('CAPTCHA_DRIVER', 'none') === 'turnstile') {
    const siteKey = env.get('TURNSTILE_SITE_KEY')
    const secret = env.get('TURNSTILE_SECRET_KEY')
    if (!siteKey || !secret) {
      throw new Error('CAPTCHA_DRIVER=turnstile needs TURNSTILE_SITE_KEY and TURNSTILE_SECRET_KEY')
    }
    current = new TurnstileCaptcha(siteKey, secret)
  } else {
    current = new NoCaptcha()
  }
  return current
}

/**
 * Tests swap the verifier (null: back to the configured one)
 */
export function useCaptcha(verifier: CaptchaVerifier | null) {
  current = verifier
}
