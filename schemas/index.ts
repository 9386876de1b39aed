/**
 * The content standard as code: what every OPD website must publish (STANDARD.md), as zod schemas of
 * the published shape, vocabularies, formats, computed values and legal metadata. Imports nothing else
 * from the repository; the CMS, the site builder and outside consumers all read it.
 */
import type { ContentType } from './define.ts'
import { agencies } from './types/agencies.ts'
import { budgetRealisations } from './types/budget-realisations.ts'
import { complaints } from './types/complaints.ts'
import { datasets } from './types/datasets.ts'
import { emergencyNotices } from './types/emergency-notices.ts'
import { goals } from './types/goals.ts'
import { legalDocuments } from './types/legal-documents.ts'
import { news } from './types/news.ts'
import { opdProfiles } from './types/opd-profiles.ts'
import { opds } from './types/opds.ts'
import { planningDocuments } from './types/planning-documents.ts'
import { ppidEntries } from './types/ppid-entries.ts'
import { ppidReports } from './types/ppid-reports.ts'
import { programmes } from './types/programmes.ts'
import { province } from './types/province.ts'
import { services } from './types/services.ts'
import { skmResults } from './types/skm-results.ts'
import { targets } from './types/targets.ts'
import { visions } from './types/visions.ts'

export * from './common.ts'
export * from './compute.ts'
export * from './define.ts'
export * from './errors.ts'
export * from './formats.ts'
export * from './meta.ts'
export * from './text.ts'
export * from './vocabularies.ts'
export * from './workdays.ts'
export { RESERVED_OPD_SLUGS } from './types/opds.ts'
export {
  agencies,
  budgetRealisations,
  complaints,
  datasets,
  emergencyNotices,
  goals,
  legalDocuments,
  news,
  opdProfiles,
  opds,
  planningDocuments,
  ppidEntries,
  ppidReports,
  programmes,
  province,
  services,
  skmResults,
  targets,
  visions,
}

/** Every content type, in the order forms and documentation list them. `province` is a single document. */
export const CONTENT_TYPES = [
  opds,
  opdProfiles,
  visions,
  goals,
  targets,
  programmes,
  planningDocuments,
  budgetRealisations,
  services,
  agencies,
  skmResults,
  ppidEntries,
  ppidReports,
  complaints,
  news,
  emergencyNotices,
  legalDocuments,
  datasets,
  province,
] as const satisfies readonly ContentType[]

/** Types stored once for the whole province rather than as a list. */
export const SINGLETON_TYPES: readonly string[] = [province.slug]

export const contentType = (slug: string): ContentType | undefined => CONTENT_TYPES.find((type) => type.slug === slug)
