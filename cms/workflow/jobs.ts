import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'
import { titleOf } from '../../schemas/compliance/index.ts'
import { CONTENT_TYPES, refId } from '../../schemas/index.ts'
import { OPD_ROLES } from '../access/roles.ts'
import { reviewedCollections } from '../collections/info.ts'
import { notify, notifyTransition, staff } from '../notifications/notify.ts'
import { applyTransition } from './endpoint.ts'
import type { Versioned } from './store.ts'

export const WORKFLOW_QUEUE = 'workflow'

/** Publishes what was scheduled and is due, and withdraws what was published until a time now past. */
export const runSchedule = async (req: PayloadRequest, now = new Date()) => {
  let published = 0
  let withdrawn = 0
  for (const collection of reviewedCollections(req.payload).map((c) => c.slug as CollectionSlug)) {
    const due = await req.payload.find({ collection, draft: true, where: { and: [{ workflowState: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
    for (const doc of due.docs as unknown as unknown as Versioned[]) {
      const updated = await applyTransition(req, collection, doc, 'publish', { reason: 'Terbit terjadwal', publishAt: null, unpublishAt: (doc.unpublishAt as never) ?? null })
      await notifyTransition(req, { collection, doc: updated as unknown as Versioned, action: 'publish' })
      published++
    }
    const ending = await req.payload.find({ collection, where: { and: [{ _status: { equals: 'published' } }, { unpublishAt: { less_than_equal: now.toISOString() } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
    for (const doc of ending.docs as unknown as unknown as Versioned[]) {
      const updated = await applyTransition(req, collection, { ...doc, unpublishAt: null }, 'withdraw', { reason: 'Tarik terjadwal' })
      await notifyTransition(req, { collection, doc: updated as unknown as Versioned, action: 'withdraw', reason: 'Tarik terjadwal' })
      withdrawn++
    }
  }
  return { published, withdrawn }
}

export const scheduleTask: TaskConfig<{ input: object; output: { published: number; withdrawn: number } }> = {
  slug: 'workflow-schedule',
  label: 'Terbit dan tarik terjadwal',
  schedule: [{ cron: '0 * * * * *', queue: WORKFLOW_QUEUE }],
  retries: 1,
  handler: async ({ req }) => ({ output: await runSchedule(req) }),
}

const DAY = 86_400_000

/**
 * Reminds each owning OPD of the items whose review date (from their type's freshness rule) falls within
 * the configured number of days, or has passed: once per item and review date.
 */
export const remindReviews = async (req: PayloadRequest, today = new Date()) => {
  const settings = await req.payload.findGlobal({ slug: 'workflow-settings', depth: 0, overrideAccess: true, req })
  const horizon = today.getTime() + Number(settings.reminderDays ?? 14) * DAY
  let sent = 0
  for (const type of CONTENT_TYPES.filter((t) => t.freshness && t.level !== 'province')) {
    const { field, maxAgeDays } = type.freshness!
    const { docs } = await req.payload.find({ collection: type.slug as CollectionSlug, where: { _status: { equals: 'published' } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
    for (const doc of docs as unknown as unknown as Versioned[]) {
      const last = Date.parse(String(doc[field] ?? ''))
      if (Number.isNaN(last) || doc.opd === undefined || doc.opd === null) continue
      const due = new Date(last + maxAgeDays * DAY).toISOString().slice(0, 10)
      if (Date.parse(due) > horizon) continue
      const overdue = Date.parse(due) < today.getTime()
      const title = titleOf(doc)
      sent += await notify(
        req.payload,
        await staff(req.payload, OPD_ROLES, refId(doc.opd), req),
        {
          kind: 'review-due',
          title: `${overdue ? 'Lewat jatuh tempo' : 'Segera ditinjau'}: ${type.name.id} "${title}"`,
          body: `${type.name.id} "${title}" terakhir ditinjau ${String(doc[field]).slice(0, 10)} dan harus ditinjau paling lambat ${due} (${type.freshness!.why.id}). Perbarui isinya dan tanggal peninjauannya, lalu ajukan.`,
          link: `/admin/collections/${type.slug}/${doc.id}`,
          key: `review:${type.slug}:${doc.id}:${due}`,
        },
        req,
      )
    }
  }
  return { sent }
}

export const reminderTask: TaskConfig<{ input: object; output: { sent: number } }> = {
  slug: 'review-reminders',
  label: 'Pengingat peninjauan',
  schedule: [{ cron: '0 0 1 * * *', queue: WORKFLOW_QUEUE }],
  retries: 1,
  handler: async ({ req }) => ({ output: await remindReviews(req) }),
}
