import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { year } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'

const count = (id: string, en: string, doc: string) => field(z.number().int().min(0), t(id, en), doc)

/** Annual information-service report (UU 14/2008 Ps. 12). */
export const ppidReports = defineType({
  slug: 'ppid-reports',
  name: t('Laporan layanan informasi', 'Information service report'),
  plural: t('Laporan layanan informasi', 'Information service reports'),
  level: 'opd',
  category: 'berkala',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 12' }, { instrument: 'Perki 1/2021', article: 'Ps. 36' }],
  freshness: { field: 'lastReviewedAt', maxAgeDays: 456, why: t('Laporan tahunan terbit paling lambat triwulan pertama tahun berikutnya', 'The annual report is due within the first quarter of the next year') },
  titleField: 'year',
  fields: z.object({
    opd: opdRef(),
    year: field(year(), t('Tahun laporan', 'Report year'), 'The year the report covers.'),
    requests: count('Jumlah permohonan', 'Requests', 'Information requests received in the year.'),
    granted: count('Dikabulkan seluruhnya', 'Granted', 'Requests granted in full.'),
    partlyGranted: count('Dikabulkan sebagian', 'Partly granted', 'Requests granted in part.'),
    refused: count('Ditolak', 'Refused', 'Requests refused.'),
    averageResponseDays: field(z.number().min(0), t('Rata-rata waktu layanan (hari kerja)', 'Average response time (working days)'), 'Mean working days from request to answer.'),
    refusalReasons: field(z.string().optional(), t('Alasan penolakan', 'Refusal reasons'), 'Why requests were refused.', { widget: 'textarea' }),
    objections: count('Jumlah keberatan', 'Objections', 'Objections filed.'),
    disputes: count('Jumlah sengketa', 'Disputes', 'Disputes taken to the Komisi Informasi.'),
    ...stewardship,
  }),
  crossRules: [
    (doc) =>
      doc.granted + doc.partlyGranted + doc.refused > doc.requests
        ? [{ path: ['refused'], message: t('Jumlah dikabulkan dan ditolak melebihi jumlah permohonan', 'Granted and refused add up to more than the requests') }]
        : [],
  ],
})
