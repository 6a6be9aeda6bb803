import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import type { HealthCheckReport } from '@adonisjs/core/types/health'
import DomainError from '#exceptions/domain_error'
import { healthChecks, readinessChecks } from '#start/health'
import { lifecycle } from '#services/lifecycle'

const SERVICE_STATE = { ok: 'up', warning: 'degraded', error: 'down' } as const

function summary(report: HealthCheckReport) {
  return Object.fromEntries(report.checks.map((check) => [check.name, SERVICE_STATE[check.status]]))
}

function uptime() {
  return Math.round(process.uptime() * 10) / 10
}

/**
 * GET /api/v1/health: 200 with the report when every check passes, 503
 * SERVICE_UNAVAILABLE (same report in `data`) when one fails. The error
 * behind a failure goes to the log, never into the answer.
 *
 * GET /api/v1/health/live and /health/ready are for machines: load
 * balancers and process managers.
 */
export default class HealthController {
  async show({ response }: HttpContext) {
    const report = await healthChecks().run()

    const data = {
      status: report.status,
      timestamp: report.finishedAt.toISOString(),
      uptime_seconds: Math.round(report.debugInfo.uptime * 10) / 10,
      services: summary(report),
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

  /**
   * The process answers: nothing else is touched, so a slow or absent
   * engine never makes a process manager restart a working process
   */
  async live({ response }: HttpContext) {
    return response.success({ status: 'ok', uptime_seconds: uptime() })
  }

  /**
   * May this instance take traffic? 503 when the database does not answer
   * or the process is shutting down; Redis down is `degraded`, still 200
   */
  async ready({ response }: HttpContext) {
    const report = await readinessChecks().run()
    const services = summary(report)
    const databaseUp = services.database === 'up'
    const ready = databaseUp && !lifecycle.draining
    if (services.redis === 'down') {
      services.redis = 'degraded'
    }

    const data = {
      status: !ready ? 'error' : report.isHealthy ? 'ok' : 'degraded',
      timestamp: report.finishedAt.toISOString(),
      draining: lifecycle.draining,
      services,
    }

    if (!ready) {
      response.header('Retry-After', 5)
      throw new DomainError('SERVICE_UNAVAILABLE', { data })
    }
    return response.success(data)
  }
}
