import { examples as agencies } from './agencies.ts'
import { examples as budgetRealisations } from './budget-realisations.ts'
import { examples as complaints } from './complaints.ts'
import { examples as datasets } from './datasets.ts'
import { examples as emergencyNotices } from './emergency-notices.ts'
import { examples as goals } from './goals.ts'
import { examples as legalDocuments } from './legal-documents.ts'
import { examples as news } from './news.ts'
import { examples as opdProfiles } from './opd-profiles.ts'
import { examples as opds } from './opds.ts'
import { examples as planningDocuments } from './planning-documents.ts'
import { examples as ppidEntries } from './ppid-entries.ts'
import { examples as ppidReports } from './ppid-reports.ts'
import { examples as programmes } from './programmes.ts'
import { examples as province } from './province.ts'
import { examples as services } from './services.ts'
import { examples as skmResults } from './skm-results.ts'
import { examples as targets } from './targets.ts'
import { examples as visions } from './visions.ts'

/** Curated valid and invalid documents of every content type, in the order of CONTENT_TYPES. */
export const ALL_EXAMPLES = [
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
] as const
