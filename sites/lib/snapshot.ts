import { CONTENT_TYPES, explain, province, refId, type ContentType } from '../../schemas/index.ts'
import type { CmsClient, Doc } from './cms-client.ts'

export type { Doc }

/** Content types the sites render. Complaints belong to the citizen channels (status pages), not here. */
export const SITE_TYPES = CONTENT_TYPES.filter((type) => type.slug !== 'complaints' && type.slug !== province.slug)

/** The province level: content without an OPD (vision, province plans, agencies...) and the OPD register. */
export const PROVINCE = ''

/** Published content of one unit (an OPD, or the province), by content type slug. */
export type UnitContent = Record<string, Doc[]>

export interface Snapshot {
  province: Doc
  /** Keyed by OPD slug, `PROVINCE` for the province level. */
  units: Record<string, UnitContent>
}

export interface Problem {
  type: string
  item: string
  path: string
  message: string
}

/**
 * Everything published, in one pass per content type (a handful of requests whatever the number of
 * OPDs), split by owning OPD. The province global comes through its own query.
 */
export const fetchSnapshot = async (client: CmsClient): Promise<Snapshot> => {
  const [provinceDoc, ...lists] = await Promise.all([client.fetchGlobal(province), ...SITE_TYPES.map((type) => client.fetchAll(type))])
  const units: Record<string, UnitContent> = { [PROVINCE]: emptyUnit() }
  const opdSlugs = new Map<string | number, string>()
  SITE_TYPES.forEach((type, i) => {
    for (const doc of lists[i]!) {
      if (type.slug === 'opds') opdSlugs.set(doc.id, String(doc.slug))
      const unit = unitOf(doc)
      units[unit] ??= emptyUnit()
      units[unit][type.slug]!.push(doc)
    }
  })
  // Every registered OPD has a unit, even one that has published nothing yet.
  for (const slug of opdSlugs.values()) units[slug] ??= emptyUnit()
  return { province: provinceDoc, units }
}

export const emptyUnit = (): UnitContent => Object.fromEntries(SITE_TYPES.map((type) => [type.slug, []]))

const unitOf = (doc: Doc): string => {
  const opd = doc.opd as { slug?: string } | null | undefined
  return opd?.slug ?? PROVINCE
}

/**
 * Checks every published document against the contract. Returns the content as the contract reads it
 * (nulls and API noise such as `__typename` dropped) and the violations per unit: those units are not rebuilt.
 */
export const checkSnapshot = (snapshot: Snapshot): { content: Snapshot; failed: Map<string, Problem[]> } => {
  const failed = new Map<string, Problem[]>()
  const check = (unit: string, type: ContentType, docs: Doc[]): Doc[] =>
    docs.map((doc) => {
      const result = type.contract.safeParse(doc)
      if (result.success) return result.data as Doc
      const problems = explain(type.contract, doc).map((error) => ({ type: type.slug, item: String(doc[type.titleField] ?? doc.id), path: error.path, message: error.message }))
      failed.set(unit, [...(failed.get(unit) ?? []), ...problems])
      return doc
    })
  const units = Object.fromEntries(
    Object.entries(snapshot.units).map(([unit, content]) => [unit, Object.fromEntries(SITE_TYPES.map((type) => [type.slug, check(unit, type, content[type.slug] ?? [])]))]),
  )
  const [provinceDoc] = check(PROVINCE, province, [snapshot.province])
  return { content: { province: provinceDoc!, units }, failed }
}

/** Index of documents by id, for following relations (`{ id }` as the API returns them). */
export const byId = (docs: Doc[]): Map<string, Doc> => new Map(docs.map((doc) => [String(doc.id), doc]))

export const lookup = (index: Map<string, Doc>, ref: unknown): Doc | undefined => {
  const id = refId(ref)
  return id === undefined ? undefined : index.get(String(id))
}
