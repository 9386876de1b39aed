import type { PayloadRequest, TaskConfig } from 'payload'
import { dayInJakarta } from '../../schemas/index.ts'
import { WORKFLOW_QUEUE } from '../workflow/jobs.ts'
import { citizenRules } from './Settings.ts'

export const ERASED = { message: '[dihapus: masa simpan data pribadi berakhir]', name: '[dihapus]' }

/**
 * Erases the personal data of complaints answered or closed more than `retentionDays` ago (the period the
 * privacy notice states): name, email, phone, NIK and the message, the only copies (complaints keep no
 * versions and stay out of the audit log). Ticket, subject, status, dates and the answer stay for the
 * statistics. Returns how many were erased.
 */
export const erasePersonalData = async (req: PayloadRequest, now = Date.now()): Promise<number> => {
  const { retentionDays } = await citizenRules(req.payload, req)
  const before = dayInJakarta(now - retentionDays * 86_400_000)
  const { docs } = await req.payload.find({
    collection: 'complaints',
    where: { and: [{ status: { in: ['answered', 'closed'] } }, { answeredAt: { less_than: `${before}T00:00:00.000Z` } }, { 'reporter.name': { not_equals: ERASED.name } }] },
    limit: 0,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { ticket: true },
    req,
  })
  for (const { id } of docs) {
    await req.payload.update({ collection: 'complaints', id, data: { message: ERASED.message, reporter: { name: ERASED.name, email: null, phone: null, nik: null } } as never, overrideAccess: true, req })
  }
  return docs.length
}

export const retentionTask: TaskConfig<{ input: object; output: { erased: number } }> = {
  slug: 'erase-personal-data',
  label: 'Hapus data pribadi yang melewati masa simpan',
  schedule: [{ cron: '0 30 1 * * *', queue: WORKFLOW_QUEUE }],
  retries: 1,
  handler: async ({ req }) => ({ output: { erased: await erasePersonalData(req) } }),
}
