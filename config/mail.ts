import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'
import { fileTransport } from '#services/file_mail_transport'

/**
 * Development and tests write each mail as a JSON file under tmp/mail;
 * production sets MAIL_MAILER=smtp.
 */
const mailConfig = defineConfig({
  default: env.get('MAIL_MAILER', 'file'),
  from: env.get('MAIL_FROM', 'Latih <no-reply@latih.local>'),
  globals: {
    brandName: 'Latih',
  },
  mailers: {
    file: fileTransport(),
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 587),
      ...(env.get('SMTP_USERNAME')
        ? {
            auth: {
              type: 'login' as const,
              user: env.get('SMTP_USERNAME')!,
              pass: env.get('SMTP_PASSWORD') ?? '',
            },
          }
        : {}),
    }),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
