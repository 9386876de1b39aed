import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

const from = () => ({ address: process.env.EMAIL_FROM ?? 'noreply@localhost', name: process.env.EMAIL_FROM_NAME ?? 'Portal OPD' })

/**
 * Mail over SMTP when `SMTP_HOST` is set (`SMTP_PORT`, `SMTP_USER`/`SMTP_PASS`, `SMTP_SECURE=true` for
 * implicit TLS); otherwise messages go to the log, where an operator can find them. A failure to send
 * throws: notifications stay in the inbox and are retried (cms/notifications/deliver.ts).
 */
export const emailAdapter: EmailAdapter = ({ payload }) => {
  const host = process.env.SMTP_HOST
  const sender = from()
  if (!host) {
    return {
      name: 'log',
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      // One warning with the body: at the default LOG_LEVEL (warn) an info line would be dropped, and with
      // it the only copy of a password reset link.
      sendEmail: async (message) => {
        payload.logger.warn({ to: message.to, subject: message.subject, text: message.text ?? message.html }, 'email not sent (no SMTP_HOST configured); written to the log instead')
      },
    }
  }
  const transport = nodemailer.createTransport({
    host,
    port: Number(process.env.SMTP_PORT ?? 587),
    secure: process.env.SMTP_SECURE === 'true',
    ...(process.env.SMTP_USER ? { auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  })
  return {
    name: 'smtp',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message) => transport.sendMail({ from: `"${sender.name}" <${sender.address}>`, ...message }),
  }
}
