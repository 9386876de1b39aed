import { randomUUID } from 'node:crypto'
import type { CollectionSlug, PayloadRequest, TaskConfig } from 'payload'
import { contentType, refId } from '../../schemas/index.ts'
import { sign } from './signature.ts'

export const WEBHOOKS = 'webhooks'
export const EVENT_TYPES = ['publish', 'unpublish', 'delete'] as const
export type EventType = (typeof EVENT_TYPES)[number]

export const WEBHOOK_QUEUE = 'webhooks'
export const WEBHOOK_TASK = 'deliver-webhook'
/** Attempts per delivery, the first included; waits between them double from one minute (1, 2, 4, 8, 16 min). */
export const WEBHOOK_ATTEMPTS = 6
export const WEBHOOK_BACKOFF_MS = 60_000
/** One attempt waits this long for the receiver's answer. */
const WEBHOOK_TIMEOUT_MS = 10_000

export interface WebhookEvent {
  id: string
  type: EventType
  occurredAt: string
  collection: string
  document: { id: string | number; opd: string | null; title: string | null; slug: string | null; url: string }
}

interface Subscription {
  id: number | string
  active?: boolean | null
  events?: string[] | null
  collections?: string[] | null
  opds?: unknown[] | null
}

type Stored = Record<string, unknown> & { id: string | number }

/** The public origin of the CMS's API, for the document's address in events. */
const apiOrigin = () => (process.env.SERVER_URL || process.env.CMS_PUBLIC_URL || process.env.CMS_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '')

/**
 * Whether anonymous visitors can read the document now (published, and not exempted or otherwise kept
 * from the public by the collection's read access), asked inside the running change's transaction.
 */
const visibleToPublic = async (req: PayloadRequest, collection: string, id: string | number): Promise<boolean> => {
  const read = req.payload.collections[collection as CollectionSlug]?.config.access.read
  const verdict = read ? await read({ req: { ...req, user: null } as PayloadRequest, id: id as number }) : false
  if (typeof verdict === 'boolean') return verdict
  const { totalDocs } = await req.payload.db.count({ collection: collection as CollectionSlug, where: { and: [verdict, { id: { equals: id } }] }, req })
  return totalDocs > 0
}

/**
 * Queues one signed delivery per active subscription that wants this event, inside the request's
 * transaction (a rolled-back change announces nothing). Only queues: a receiver never slows or blocks
 * publishing. Called by the publish hooks (cms/hooks/rebuildSites.ts).
 */
export const queueWebhooks = async (req: PayloadRequest, collection: string, doc: Stored, change: EventType) => {
  const { docs } = await req.payload.find({ collection: WEBHOOKS, where: { active: { equals: true } }, pagination: false, depth: 0, overrideAccess: true, req })
  if (docs.length === 0) return
  // Published but kept from the public (an exempted PPID entry): followers hear only that it is not public.
  const type: EventType = change === 'publish' && !(await visibleToPublic(req, collection, doc.id)) ? 'unpublish' : change
  const opdId = collection === 'opds' ? doc.id : refId(doc.opd)
  const matching = (docs as Subscription[]).filter(
    (hook) =>
      (hook.events ?? []).includes(type) &&
      (!hook.collections?.length || hook.collections.includes(collection)) &&
      (!hook.opds?.length || (opdId !== undefined && hook.opds.some((opd) => String(refId(opd)) === String(opdId)))),
  )
  if (matching.length === 0) return
  const opd = opdId === undefined ? null : collection === 'opds' ? doc : await req.payload.findByID({ collection: 'opds', id: opdId as string, depth: 0, overrideAccess: true, disableErrors: true, req })
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)
  const titleField = contentType(collection)?.titleField
  const event: WebhookEvent = {
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    collection,
    document: {
      id: doc.id,
      opd: text(opd?.slug),
      // A document no longer public (withdrawn, exempted, deleted): its event names it by id only.
      title: type === 'publish' && titleField ? text(doc[titleField]) : null,
      slug: type === 'publish' ? text(doc.slug) : null,
      url: `${apiOrigin()}/api/${collection}/${doc.id}`,
    },
  }
  for (const hook of matching) {
    await req.payload.jobs.queue({ task: WEBHOOK_TASK, queue: WEBHOOK_QUEUE, input: { webhook: String(hook.id), delivery: randomUUID(), event: event as never }, req })
  }
}

/**
 * Delivers one event to one subscription: POST of the JSON event, signed with the subscription's secret
 * and the current time. A 2xx answer completes it; anything else (refused connection, timeout, non-2xx,
 * a redirect, which is not followed) fails the attempt and Payload retries it later with exponential
 * backoff, `WEBHOOK_ATTEMPTS` attempts in all. A subscription deactivated or deleted meanwhile gets nothing.
 */
export const deliverWebhook: TaskConfig<{ input: { webhook: string; delivery: string; event: WebhookEvent }; output: { status: number } }> = {
  slug: WEBHOOK_TASK,
  label: 'Kirim webhook',
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'delivery', type: 'text', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  retries: { attempts: WEBHOOK_ATTEMPTS - 1, backoff: { type: 'exponential', delay: WEBHOOK_BACKOFF_MS } },
  handler: async ({ input, job, req }) => {
    const hook = (await req.payload.findByID({ collection: WEBHOOKS, id: input.webhook, depth: 0, overrideAccess: true, disableErrors: true, req })) as
      | (Subscription & { url: string; secret?: string | null })
      | null
    if (!hook || hook.active === false || !hook.secret) return { output: { status: 0 } }
    const body = JSON.stringify(input.event)
    const timestamp = Math.floor(Date.now() / 1000)
    const attempt = (job.totalTried ?? 0) + 1
    const record = (status: string) => {
      // One line per failed attempt; Payload's own error log of the job (the whole record) is silenced for this queue.
      if (status.startsWith('gagal')) req.payload.logger.warn(`Webhook ${hook.url} (langganan ${hook.id}): ${status}`)
      return req.payload.update({ collection: WEBHOOKS, id: hook.id, data: { lastDeliveryAt: new Date().toISOString(), lastDeliveryStatus: status }, overrideAccess: true, req })
    }
    let status: number
    try {
      const response = await fetch(hook.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'PortalOPD-Webhook/1',
          'x-portal-event': input.event.type,
          'x-portal-delivery': input.delivery,
          'x-portal-timestamp': String(timestamp),
          'x-portal-signature': sign(hook.secret, timestamp, body),
        },
        body,
      })
      await response.body?.cancel()
      status = response.status
    } catch (error) {
      const cause = ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name) || 'error'
      await record(`gagal: ${cause} (percobaan ${attempt} dari ${WEBHOOK_ATTEMPTS})`)
      throw new Error(`Webhook ${hook.url} unreachable: ${cause}`)
    }
    if (status < 200 || status >= 300) {
      await record(`gagal: HTTP ${status} (percobaan ${attempt} dari ${WEBHOOK_ATTEMPTS})`)
      throw new Error(`Webhook ${hook.url} answered HTTP ${status}`)
    }
    await record(`berhasil: HTTP ${status}`)
    return { output: { status } }
  },
}
