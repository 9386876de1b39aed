import type { Payload, TaskConfig } from 'payload'
import { NOTIFY_QUEUE, SEND_TASK } from './notify.ts'

/** Tries before a notification's email is given up (it stays in the inbox); waits double each time, up to a day. */
export const MAX_ATTEMPTS = 12
const backoffMinutes = (attempts: number) => Math.min(2 ** (attempts - 1), 24 * 60)

/**
 * Sends the email of every notification waiting for it (new, or failed and due for another try). A failure
 * is recorded on the notification with the next attempt; the inbox entry is there whatever happens.
 */
export const deliverPending = async (payload: Payload, now = new Date()) => {
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { and: [{ 'email.status': { in: ['pending', 'failed'] } }, { or: [{ 'email.nextAttemptAt': { exists: false } }, { 'email.nextAttemptAt': { less_than_equal: now.toISOString() } }] }] },
    sort: 'createdAt',
    limit: 100,
    depth: 1,
    overrideAccess: true,
  })
  let sent = 0
  for (const note of docs) {
    const recipient = note.recipient as { email?: string; name?: string } | number
    const to = typeof recipient === 'object' ? recipient.email : undefined
    const attempts = (note.email?.attempts ?? 0) + 1
    try {
      if (!to) throw new Error('penerima tidak punya alamat surel')
      await payload.sendEmail({ to, subject: `[Portal OPD] ${note.title}`, text: `${note.body ?? ''}\n\nBuka: ${process.env.SERVER_URL ?? ''}${note.link ?? ''}\n` })
      await payload.update({ collection: 'notifications', id: note.id, data: { email: { status: 'sent', attempts, sentAt: new Date().toISOString(), nextAttemptAt: null, lastError: null } }, overrideAccess: true })
      sent++
    } catch (error) {
      const last = attempts >= MAX_ATTEMPTS
      await payload.update({
        collection: 'notifications',
        id: note.id,
        data: { email: { status: last ? 'abandoned' : 'failed', attempts, lastError: String((error as Error).message).slice(0, 500), nextAttemptAt: last ? null : new Date(now.getTime() + backoffMinutes(attempts) * 60_000).toISOString() } },
        overrideAccess: true,
      })
    }
  }
  return { tried: docs.length, sent }
}

/** Runs on its queue every few seconds (queued at once by each notification) and every minute for retries. */
export const sendNotifications: TaskConfig<{ input: object; output: { tried: number; sent: number } }> = {
  slug: SEND_TASK,
  label: 'Kirim surel pemberitahuan',
  schedule: [{ cron: '0 * * * * *', queue: NOTIFY_QUEUE }],
  retries: 0,
  handler: async ({ req }) => ({ output: await deliverPending(req.payload) }),
}
