import type { PayloadRequest, TaskConfig } from 'payload'
import { dayInJakarta } from '../../schemas/index.ts'
import { WORKFLOW_QUEUE } from '../workflow/jobs.ts'
import { citizenRules } from './Settings.ts'

import type { Field } from 'payload'
import { t } from '../../schemas/index.ts'

export const ERASED = { message: '[dihapus: masa simpan data pribadi berakhir]', name: '[dihapus]' }

/** When the retention job erased a record's personal data (the data itself is encrypted, so it cannot be searched for). */
export const erasedField: Field = {
  name: 'personalDataErasedAt',
  type: 'text',
  index: true,
  label: t('Data pribadi dihapus pada', 'Personal data erased on'),
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.personalDataErasedAt) },
}

/**
 * Erases the personal data of complaints answered or closed, and of requests for information settled,
 * more than `retentionDays` ago (the period the privacy notice states): names, contacts, NIK, the message
 * and an objection's explanation, the only copies (neither keeps versions nor enters the audit log).
 * Tickets, statuses, dates and answers stay for the statistics. Returns how many records were erased.
 */
export const erasePersonalData = async (req: PayloadRequest, now = Date.now()): Promise<number> => {
  const { retentionDays } = await citizenRules(req.payload, req)
  const before = dayInJakarta(now - retentionDays * 86_400_000)
  const { docs } = await req.payload.find({
    collection: 'complaints',
    where: { and: [{ status: { in: ['answered', 'closed'] } }, { answeredAt: { less_than: `${before}T00:00:00.000Z` } }, { personalDataErasedAt: { exists: false } }] },
    limit: 0,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { ticket: true },
    req,
  })
  for (const { id } of docs) {
    await req.payload.update({ collection: 'complaints', id, data: { message: ERASED.message, reporter: { name: ERASED.name, email: null, phone: null, nik: null }, personalDataErasedAt: dayInJakarta(now) } as never, overrideAccess: true, req })
  }
  // A request is settled once decided and not under objection, or once its objection is answered.
  const { docs: requests } = await req.payload.find({
    collection: 'information-requests',
    where: {
      and: [
        { personalDataErasedAt: { exists: false } },
        { or: [{ and: [{ status: { in: ['granted', 'partly', 'refused'] } }, { 'decision.decidedAt': { less_than: before } }] }, { and: [{ status: { equals: 'objection_answered' } }, { 'objection.answeredAt': { less_than: before } }] }] },
      ],
    },
    limit: 0,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { ticket: true, status: true },
    req,
  })
  for (const { id } of requests) {
    await req.payload.update({ collection: 'information-requests', id, data: { applicant: { name: ERASED.name, nik: ERASED.name, address: null, email: null, phone: null }, objection: { explanation: null }, personalDataErasedAt: dayInJakarta(now) } as never, overrideAccess: true, req })
  }
  return docs.length + requests.length
}

export const retentionTask: TaskConfig<{ input: object; output: { erased: number } }> = {
  slug: 'erase-personal-data',
  label: 'Hapus data pribadi yang melewati masa simpan',
  schedule: [{ cron: '0 30 1 * * *', queue: WORKFLOW_QUEUE }],
  retries: 1,
  handler: async ({ req }) => ({ output: { erased: await erasePersonalData(req) } }),
}
