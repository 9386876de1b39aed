import { z } from 'zod'
import { opdRef, periodInOrder, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { formatted, ref, year } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { INSTRUMENT_KIND, PLAN_RULES, PLAN_STATUS, PLAN_TYPE } from '../vocabularies.ts'

/** Planning documents: province RPJPD, RPJMD and RKPD; OPD Renstra, Renja and performance reports. */
export const planningDocuments = defineType({
  slug: 'planning-documents',
  name: t('Dokumen perencanaan', 'Planning document'),
  plural: t('Dokumen perencanaan', 'Planning documents'),
  level: 'mixed',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'UU 25/2004' }, { instrument: 'Permendagri 86/2017' }, { instrument: 'UU 14/2008', article: 'Ps. 11 ayat (1) huruf d' }],
  freshness: null,
  titleField: 'title',
  fields: z.object({
    opd: opdRef().optional(),
    type: field(PLAN_TYPE.schema(), t('Jenis dokumen', 'Type'), 'RPJPD, RPJMD and RKPD are the province\'s; the others belong to an OPD.'),
    title: field(z.string().min(5), t('Judul', 'Title'), 'Title as enacted.'),
    periodStart: field(year(), t('Awal periode', 'Period start'), 'First year covered.'),
    periodEnd: field(year(), t('Akhir periode', 'Period end'), 'Last year covered.'),
    instrumentKind: field(INSTRUMENT_KIND.schema(), t('Jenis produk hukum', 'Instrument kind'), 'The legal instrument that enacts it.'),
    number: field(z.string().min(1), t('Nomor', 'Number'), 'Number of the instrument.'),
    date: field(formatted('date'), t('Tanggal penetapan', 'Date enacted'), 'Date of the instrument.'),
    file: field(ref(), t('Berkas dokumen (PDF)', 'Document file (PDF)'), 'The full document as PDF.', { upload: 'documents', mimeTypes: ['application/pdf'] }),
    status: field(PLAN_STATUS.schema(), t('Status', 'Status'), 'Draft, enacted or revoked; only enacted plans count as published plans.'),
    ...stewardship,
  }),
  crossRules: [
    periodInOrder,
    (doc) => {
      const rule = PLAN_RULES[doc.type]
      const years = doc.periodEnd - doc.periodStart + 1
      // 20-year plans are named by their boundary years (RPJPD 2025-2045), shorter ones by the years they cover (RPJMD 2025-2029).
      const named = rule.years === 20 && doc.periodEnd - doc.periodStart === 20
      return years === rule.years || named || doc.periodEnd < doc.periodStart
        ? []
        : [{ path: ['periodEnd'], message: t(`Periode ${doc.type.toUpperCase()} harus ${rule.years} tahun`, `A ${doc.type.toUpperCase()} period is ${rule.years} years`) }]
    },
    (doc) => {
      const level = PLAN_RULES[doc.type].level
      if (level === 'opd' && doc.opd === undefined) return [{ path: ['opd'], message: t('Dokumen perencanaan OPD wajib memiliki OPD', 'An OPD planning document needs its OPD') }]
      if (level === 'province' && doc.opd !== undefined && doc.opd !== null)
        return [{ path: ['opd'], message: t('RPJPD, RPJMD dan RKPD adalah dokumen provinsi: kosongkan OPD', 'RPJPD, RPJMD and RKPD belong to the province: leave OPD empty') }]
      return []
    },
  ],
})
