import type { SkmView, TemplateProps } from '../props.ts'
import { ikm, ikmGrade, nrr, SKM_ELEMENTS, type SkmElement } from '../../schemas/index.ts'
import { examples as skmResults } from '../../schemas/examples/skm-results.ts'
import { DOCS } from './docs.ts'
import { doctorPermit, labTest } from './dinkes.ts'
import { opdSite, portalSite } from './site.ts'

/** The SKM view as the builder computes it from a stored result. */
const skmView = (index: number): SkmView => {
  const result = skmResults.valid[index]!.doc
  const value = ikm(result.scoreSums, result.respondents)
  const grade = ikmGrade(value)!
  return {
    year: result.year,
    period: result.period,
    respondents: result.respondents,
    ikm: value,
    grade: grade.grade,
    gradeLabel: grade.label.id,
    elements: (Object.keys(SKM_ELEMENTS) as SkmElement[]).map((key) => ({ key, label: SKM_ELEMENTS[key].id, nrr: nrr(result.scoreSums[key], result.respondents) })),
  }
}

const dinkes = { name: 'Dinas Kesehatan', href: '/dinkes/' }

export const examples = {
  'gratis-dengan-skm': { site: opdSite, service: doctorPermit, provider: dinkes, skm: skmView(0) },
  'berbayar-tanpa-skm': { site: opdSite, service: labTest, provider: dinkes },
  'samsat-berbayar': { site: portalSite, service: DOCS.service.samsat, provider: { name: 'Badan Pendapatan Daerah', href: '/bapenda/' }, skm: skmView(1) },
  'instansi-vertikal': { site: portalSite, service: DOCS.service.passport, provider: { name: DOCS.agency.immigration.name, href: DOCS.agency.immigration.website }, agency: DOCS.agency.immigration },
} satisfies Record<string, TemplateProps['service']>
