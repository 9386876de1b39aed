/** Valid documents of schemas/examples, reused as template content. */
import { examples as agencies } from '../../schemas/examples/agencies.ts'
import { examples as datasets } from '../../schemas/examples/datasets.ts'
import { examples as notices } from '../../schemas/examples/emergency-notices.ts'
import { examples as goals } from '../../schemas/examples/goals.ts'
import { examples as legal } from '../../schemas/examples/legal-documents.ts'
import { examples as news } from '../../schemas/examples/news.ts'
import { examples as profiles } from '../../schemas/examples/opd-profiles.ts'
import { examples as plans } from '../../schemas/examples/planning-documents.ts'
import { examples as ppidEntries } from '../../schemas/examples/ppid-entries.ts'
import { examples as ppidReports } from '../../schemas/examples/ppid-reports.ts'
import { examples as programmes } from '../../schemas/examples/programmes.ts'
import { examples as services } from '../../schemas/examples/services.ts'
import { examples as targets } from '../../schemas/examples/targets.ts'
import { examples as visions } from '../../schemas/examples/visions.ts'

const valid = <T>(set: { valid: { doc: T }[] }, index: number): T => {
  const found = set.valid[index]
  if (!found) throw new Error(`No valid example ${index}`)
  return found.doc
}

export const DOCS = {
  agency: { immigration: valid(agencies, 0), police: valid(agencies, 1) },
  dataset: { towers: valid(datasets, 0), immunisation: valid(datasets, 1) },
  notice: { waves: valid(notices, 0), flood: valid(notices, 1) },
  goal: { minimal: valid(goals, 0), full: valid(goals, 1) },
  legal: { perda: valid(legal, 0), pergub: valid(legal, 1), circular: valid(legal, 2) },
  news: { announcement: valid(news, 0), article: valid(news, 1) },
  profile: { minimal: valid(profiles, 0), full: valid(profiles, 1) },
  plan: { rpjmd: valid(plans, 0), renstra: valid(plans, 1), rkpd: valid(plans, 2), renja: valid(plans, 3) },
  ppidEntry: { periodic: valid(ppidEntries, 0), anyTime: valid(ppidEntries, 1), immediate: valid(ppidEntries, 2) },
  ppidReport: { minimal: valid(ppidReports, 0), full: valid(ppidReports, 1) },
  programme: { programme: valid(programmes, 0), activity: valid(programmes, 1), subActivity: valid(programmes, 2) },
  service: { information: valid(services, 0), samsat: valid(services, 1), passport: valid(services, 2) },
  target: { minimal: valid(targets, 0), full: valid(targets, 1) },
  vision: { minimal: valid(visions, 0), full: valid(visions, 1) },
}
