import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { complaints, refId } from '../../schemas/index.ts'
import { ALL_SITES, queueRebuild } from '../jobs/rebuildSite.ts'

type Stored = Record<string, unknown> & { _status?: string }

/** Visitors see a document when it is published, or always where the collection has no drafts. */
const visible = (doc: Stored | undefined, drafts: boolean) => doc !== undefined && (!drafts || doc._status === 'published')

/** Which site a document lives on: its OPD's (with the portal), or every site for province content. */
const siteOf = async (req: PayloadRequest, collection: string, doc: Stored): Promise<string> => {
  if (collection === 'opds') return String(doc.slug)
  const opd = refId(doc.opd)
  if (opd === undefined) return ALL_SITES
  const found = await req.payload.findByID({ collection: 'opds', id: opd, depth: 0, overrideAccess: true, req, disableErrors: true })
  return found ? String(found.slug) : ALL_SITES
}

/** Publishing, changing a published document or unpublishing it rebuilds the sites that show it. */
export const rebuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  // Complaints are never on the sites (their status pages are another channel).
  if (collection.slug === complaints.slug) return doc
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  const before = previousDoc && Object.keys(previousDoc).length > 0 ? (previousDoc as Stored) : undefined
  if (!visible(doc as Stored, drafts) && !visible(before, drafts)) return doc
  const sites = new Set([await siteOf(req, collection.slug, doc as Stored), ...(before && visible(before, drafts) ? [await siteOf(req, collection.slug, before)] : [])])
  for (const site of sites) await queueRebuild(req.payload, site, req)
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (collection.slug === complaints.slug) return doc
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)
  if (visible(doc as Stored, drafts)) await queueRebuild(req.payload, await siteOf(req, collection.slug, doc as Stored), req)
  return doc
}

/** The province's identity and links appear on every site. */
export const rebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await queueRebuild(req.payload, ALL_SITES, req)
  return doc
}
