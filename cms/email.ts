import type { EmailAdapter } from 'payload'

/**
 * No mail server is configured: messages (password resets) go to the log, where an operator can find
 * them. Replace with a real adapter (SMTP, provider) in production.
 */
export const logEmail: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: process.env.EMAIL_FROM ?? 'noreply@localhost',
  defaultFromName: 'Portal OPD',
  sendEmail: async (message) => {
    payload.logger.warn({ to: message.to, subject: message.subject }, 'email not sent (no mail server configured); written to the log instead')
    payload.logger.info({ text: message.text ?? message.html }, 'email body')
  },
})
