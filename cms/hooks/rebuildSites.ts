import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { complaints, refId } from '../../schemas/index.ts'
import { hasDrafts } from '../collections/info.ts'
import { ALL_SITES, queueRebuild } from '../jobs/rebuildSite.ts'
import { queueWebhooks } from '../api/delivery.ts'
import { workflowContext } from '../workflow/store.ts'

type Stored = Record<string, unknown> & { _status?: string }

/** Which site a document lives on: its OPD's (with the portal), or every site for province content. */
const siteOf = async (req: PayloadRequest, collection: string, doc: Stored): Promise<string> => {
  if (collection === 'opds') return String(doc.slug)
  const opd = refId(doc.opd)
  if (opd === undefined) return ALL_SITES
  const found = await req.payload.findByID({ collection: 'opds', id: opd, depth: 0, overrideAccess: true, req, disableErrors: true })
  return found ? String(found.slug) : ALL_SITES
}

/**
 * Whether visitors see the document right now, as the running change sees it: the main record holds the
 * published state whatever drafts sit on top. Read from the adapter within the change's transaction; a
 * Local API operation here would manage that transaction itself (seen to lose later writes on SQLite).
 */
const isLive = async (req: PayloadRequest, collection: string, id: unknown): Promise<boolean> => {
  const main = await req.payload.db.findOne<Stored & { id: string | number }>({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })
  return main?._status === 'published'
}

/** Publishing, changing a published document or withdrawing it rebuilds the sites that show it; saving a draft does not. */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  // Complaints are never on the sites (their status pages are another channel).
  if (collection.slug === complaints.slug) return doc
  const now = doc as Stored
  const before = previousDoc && Object.keys(previousDoc).length > 0 ? (previousDoc as Stored) : undefined
  const published = !hasDrafts(collection) || now._status === 'published'
  // A draft saved over a published document leaves it live; a withdrawal does not (the workflow's step, or
  // an earlier published state no longer live).
  const step = workflowContext(req)?.action
  const withdrawn = !published && (step === 'withdraw' || step === 'archive' || (before?._status === 'published' && !(await isLive(req, collection.slug, now.id))))
  if (!published && !withdrawn) return doc
  await queueWebhooks(req, collection.slug, now as Stored & { id: string | number }, published ? 'publish' : 'unpublish')
  const sites = new Set([await siteOf(req, collection.slug, now), ...(before ? [await siteOf(req, collection.slug, before)] : [])])
  for (const site of sites) await queueRebuild(req.payload, site, req)
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (collection.slug === complaints.slug) return doc
  if (!hasDrafts(collection) || (doc as Stored)._status === 'published') {
    await queueWebhooks(req, collection.slug, doc as Stored & { id: string | number }, 'delete')
    await queueRebuild(req.payload, await siteOf(req, collection.slug, doc as Stored), req)
  }
  return doc
}

/** The province's identity and links appear on every site. */
export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await queueRebuild(req.payload, ALL_SITES, req)
  return doc
}
