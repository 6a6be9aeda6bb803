import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

const UNITS: Record<string, number> = { m: 1, h: 60, d: 24 * 60 }

/**
 * "24h", "90m", "2d" in minutes; null for anything else
 */
export function parseWindow(value: string) {
  const match = /^(\d{1,4})\s*([mhd])$/i.exec(value.trim())
  if (!match) return null
  const minutes = Number(match[1]) * UNITS[match[2].toLowerCase()]
  return minutes > 0 && minutes <= 14 * 24 * 60 ? minutes : null
}

/**
 * Reminds parents of their children's confirmed sessions that start soon
 * (a cron job, e.g. hourly). Each booking is reminded once per window, also
 * when the command runs twice or on two machines at the same time.
 */
export default class SessionsRemind extends BaseCommand {
  static commandName = 'sessions:remind'
  static description =
    'Remind parents (notification, live message and mail) of booked sessions starting soon'
  static help = [
    'Remind of every confirmed booking whose session starts in the next 24 hours:',
    '  {{ binaryName }} sessions:remind --within=24h',
    '',
    '--within takes minutes, hours or days (90m, 24h, 2d; at most 14d). Running it again',
    'sends nothing twice.',
  ]

  static options: CommandOptions = {
    startApp: true,
  }

  @flags.string({ description: 'The window: 90m, 24h, 2d (default 24h)', default: '24h' })
  declare within: string

  async run() {
    const minutes = parseWindow(this.within)
    if (minutes === null) {
      this.logger.error(`--within=${this.within} is not a window such as 90m, 24h or 2d`)
      this.exitCode = 1
      return
    }
    const { sendSessionReminders } = await import('#actions/notifications/send_session_reminders')
    const { sent } = await sendSessionReminders({ withinMinutes: minutes })
    this.logger.success(`Sent ${sent} reminder${sent === 1 ? '' : 's'} (window ${this.within})`)
  }
}
