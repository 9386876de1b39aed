import type { CollectionSlug, Payload } from 'payload'
import type { ComplianceContent, LinkStatus } from '../../schemas/compliance/index.ts'
import { complaints, CONTENT_TYPES, province, refId } from '../../schemas/index.ts'
import { collectionConfig, hasDrafts } from '../collections/info.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { complaintStats, requestStats } from '../citizen/stats.ts'

/**
 * Everything published, as the compliance engine reads it: by OPD slug ('' for the province level) and
 * content type. Read with the Local API on the server (published versions only; exempted register entries
 * stay in, since the engine must see them to leave them out of the public count), with the link checker's results.
 */
export const loadComplianceContent = async (payload: Payload): Promise<ComplianceContent> => {
  const types = CONTENT_TYPES.filter((type) => type.slug !== complaints.slug && type.slug !== province.slug)
  const lists = await Promise.all(
    types.map(async (type) => {
      const drafts = hasDrafts(collectionConfig(payload, type.slug) ?? {})
      // A dissolved OPD (merged or split) is no longer in the register the rules apply to.
      const where = type.slug === 'opds' ? ACTIVE_OPDS : drafts ? { _status: { equals: 'published' } } : undefined
      const { docs } = await payload.find({ collection: type.slug as CollectionSlug, limit: 0, depth: 0, draft: false, overrideAccess: true, pagination: false, ...(where ? { where } : {}) })
      return docs as unknown as Record<string, unknown>[]
    }),
  )
  const opdSlugs = new Map(lists[types.findIndex((type) => type.slug === 'opds')]!.map((opd) => [String(opd.id), String(opd.slug)]))
  const units: ComplianceContent['units'] = { '': {} }
  types.forEach((type, i) => {
    for (const doc of lists[i]!) {
      const opd = refId(doc.opd)
      const unit = opd === undefined ? '' : opdSlugs.get(String(opd))
      // Content of an OPD that is not (or no longer) in the published register belongs to no unit.
      if (unit === undefined) continue
      units[unit] ??= {}
      ;(units[unit][type.slug] ??= []).push(doc)
    }
  })
  return {
    province: (await payload.findGlobal({ slug: province.slug as 'province', depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>,
    units,
    links: await loadLinkStatus(payload),
    complaints: (await complaintStats(payload)).opds,
    requests: (await requestStats(payload)).opds,
  }
}

/** The link checker's stored results (cms/compliance/links.ts), as the engine reads them. */
export const loadLinkStatus = async (payload: Payload): Promise<LinkStatus[]> =>
  (await payload.find({ collection: 'link-checks', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map(({ url, ok, status, error, checkedAt, brokenSince }) => ({ url, ok: Boolean(ok), status, error, checkedAt, brokenSince }))
