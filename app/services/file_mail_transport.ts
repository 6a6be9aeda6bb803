import { mkdir, writeFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import { JSONTransport } from '@adonisjs/mail/transports/json'
import type { MailTransportContract, NodeMailerMessage } from '@adonisjs/mail/types'

/**
 * Writes every message as JSON to tmp/mail, so a developer can read the
 * password-reset link without a mail server. Test runs write to
 * tmp/mail-test, which each run starts empty (tests/bootstrap.ts): tens of
 * thousands of files from earlier runs slowed every mail write.
 */
export function mailDirectory() {
  return app.tmpPath(app.inTest ? 'mail-test' : 'mail')
}

export class FileMailTransport implements MailTransportContract {
  #json = new JSONTransport()

  async send(message: NodeMailerMessage) {
    const response = await this.#json.send(message)
    const directory = mailDirectory()
    await mkdir(directory, { recursive: true })
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.json`
    await writeFile(`${directory}/${name}`, JSON.stringify(message, null, 2))
    return response
  }
}

export function fileTransport() {
  return () => new FileMailTransport()
}
