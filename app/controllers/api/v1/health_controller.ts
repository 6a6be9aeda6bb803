import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import DomainError from '#exceptions/domain_error'
import { healthChecks } from '#start/health'

const SERVICE_STATE = { ok: 'up', warning: 'degraded', error: 'down' } as const

/**
 * GET /api/v1/health: 200 with the report when every check passes, 503
 * SERVICE_UNAVAILABLE (same report in `data`) when one fails. The error
 * behind a failure goes to the log, never into the answer.
 */
export default class HealthController {
  async show({ response }: HttpContext) {
    const report = await healthChecks().run()

    const data = {
      status: report.status,
      timestamp: report.finishedAt.toISOString(),
      uptime_seconds: Math.round(report.debugInfo.uptime * 10) / 10,
      services: Object.fromEntries(
        report.checks.map((check) => [check.name, SERVICE_STATE[check.status]])
      ),
      checks: report.checks.map((check) => ({
        name: check.name,
        status: check.status,
        message: check.message,
      })),
    }

    if (!report.isHealthy) {
      for (const check of report.checks.filter(({ status }) => status === 'error')) {
        logger.error({ err: check.meta?.error, check: check.name }, check.message)
      }
      response.header('Retry-After', 5)
      throw new DomainError('SERVICE_UNAVAILABLE', { data })
    }

    return response.success(data)
  }
}
