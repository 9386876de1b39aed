import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted, ref, year } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { SKM_ELEMENTS, type SkmElement } from '../vocabularies.ts'

const ELEMENT_KEYS = Object.keys(SKM_ELEMENTS) as SkmElement[]

const scoreSums = z.object(
  Object.fromEntries(
    ELEMENT_KEYS.map((key) => [
      key,
      field(z.number().int().min(1), t(`${key.toUpperCase()} ${SKM_ELEMENTS[key].id}`, `${key.toUpperCase()} ${SKM_ELEMENTS[key].en}`), `Sum of the 1-4 answers on element ${key.toUpperCase()} over all questionnaires.`),
    ]),
  ) as Record<SkmElement, z.ZodNumber>,
)

/** Citizen satisfaction survey (SKM) result of one service unit for one period; IKM and grade are computed. */
export const skmResults = defineType({
  slug: 'skm-results',
  name: t('Hasil SKM', 'Satisfaction survey result'),
  plural: t('Hasil SKM', 'Satisfaction survey results'),
  level: 'opd',
  category: 'berkala',
  legalBasis: [{ instrument: 'Permenpan RB 14/2017' }, { instrument: 'UU 25/2009', article: 'Ps. 39' }],
  freshness: { field: 'surveyEnd', maxAgeDays: 365, why: t('SKM dilakukan paling sedikit sekali setahun', 'The survey is run at least once a year') },
  titleField: 'period',
  fields: z.object({
    opd: opdRef(),
    service: field(ref().optional(), t('Layanan', 'Service'), 'The service surveyed; empty for the whole unit.', { relationTo: 'services' }),
    year: field(year(), t('Tahun', 'Year'), 'Survey year.'),
    period: field(z.string().min(3), t('Periode', 'Period'), 'e.g. "Semester I 2026".'),
    surveyEnd: field(formatted('date'), t('Akhir survei', 'Survey end'), 'Last day of fieldwork.'),
    respondents: field(z.number().int().min(1), t('Jumlah responden', 'Respondents'), 'Number of valid questionnaires.'),
    scoreSums: field(scoreSums, t('Jumlah nilai per unsur', 'Score sums per element'), 'Per element U1-U9, the sum of answers 1-4 over all questionnaires.'),
    ...stewardship,
  }),
  crossRules: [
    (doc) =>
      ELEMENT_KEYS.flatMap((key) => {
        const sum = doc.scoreSums[key]
        return sum < doc.respondents || sum > doc.respondents * 4
          ? [{ path: ['scoreSums', key], message: t(`Jumlah nilai harus antara ${doc.respondents} dan ${doc.respondents * 4} (1-4 per responden)`, `Sum must be between ${doc.respondents} and ${doc.respondents * 4} (1-4 per respondent)`) }]
          : []
      }),
  ],
})
