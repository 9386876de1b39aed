import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { currentCeiling } from '../compute.ts'
import { defineType } from '../define.ts'
import { formatted, percent, ref, rupiah, year } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { FUNDING_SOURCE, SPENDING_CLASS } from '../vocabularies.ts'

/** Budget realisation of one OPD at one position date (LRA, PP 71/2010; APBD, PP 12/2019). */
export const budgetRealisations = defineType({
  slug: 'budget-realisations',
  name: t('Realisasi anggaran', 'Budget realisation'),
  plural: t('Realisasi anggaran', 'Budget realisations'),
  level: 'opd',
  category: 'berkala',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 9 ayat (2) huruf c' }, { instrument: 'PP 71/2010', article: 'LRA' }, { instrument: 'PP 12/2019' }],
  freshness: {
    field: 'positionDate',
    maxAgeDays: 92,
    why: t('Realisasi tahun berjalan tidak lebih tua dari satu triwulan', 'Current-year realisation no older than one quarter'),
  },
  titleField: 'ownerUnit',
  fields: z.object({
    opd: opdRef(),
    fiscalYear: field(year(), t('Tahun anggaran', 'Fiscal year'), 'The APBD year.'),
    positionDate: field(formatted('date'), t('Posisi per tanggal', 'Position date'), 'Month or quarter end the figures are taken at.'),
    lines: field(
      z
        .array(
          z.object({
            subActivity: field(ref(), t('Sub kegiatan', 'Sub-activity'), 'The budgeted sub-activity this line reports on.', { relationTo: 'programmes' }),
            spendingClass: field(SPENDING_CLASS.schema(), t('Jenis belanja', 'Spending class'), 'Operasi, modal, tidak terduga or transfer.'),
            fundingSource: field(FUNDING_SOURCE.schema(), t('Sumber dana', 'Funding source'), 'Where the money comes from.'),
            originalCeiling: field(rupiah(), t('Pagu murni (Rp)', 'Original ceiling (Rp)'), 'Ceiling in the original APBD, whole Rupiah.'),
            revisedCeiling: field(rupiah().optional(), t('Pagu perubahan (Rp)', 'Revised ceiling (Rp)'), 'Ceiling in the revised APBD, once it exists.'),
            realisation: field(rupiah(), t('Realisasi keuangan (Rp)', 'Financial realisation (Rp)'), 'Money spent up to the position date, whole Rupiah.'),
            physicalPercent: field(percent().optional(), t('Realisasi fisik (%)', 'Physical realisation (%)'), 'Share of the physical work done.'),
            explanation: field(z.string().optional(), t('Penjelasan', 'Explanation'), 'Required when realisation exceeds the ceiling.', { widget: 'textarea' }),
          }),
        )
        .min(1),
      t('Rincian per sub kegiatan', 'Lines per sub-activity'),
      'One line per sub-activity; totals roll up to activity, programme and OPD. Percentages are computed, never typed.',
    ),
    ...stewardship,
  }),
  crossRules: [
    (doc) =>
      Number(doc.positionDate.slice(0, 4)) === doc.fiscalYear
        ? []
        : [{ path: ['positionDate'], message: t('Tanggal posisi harus di dalam tahun anggaran', 'The position date must fall in the fiscal year') }],
    (doc) =>
      doc.lines.flatMap((line, i) =>
        line.realisation > currentCeiling(line) && !line.explanation?.trim()
          ? [{ path: ['lines', i, 'explanation'], message: t('Realisasi melebihi pagu: wajib diberi penjelasan', 'Realisation exceeds the ceiling: an explanation is required') }]
          : [],
      ),
  ],
})
