import { z } from 'zod'
import { indicators, opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { FORMATS, formatted, ref, rupiah, year } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { FUNDING_SOURCE, PROGRAMME_LEVEL } from '../vocabularies.ts'

const CODE_FORMAT = { programme: FORMATS.programme, activity: FORMATS.activity, sub_activity: FORMATS.subActivity } as const

/** One row of the programme tree: programme, activity (kegiatan) or sub-activity (sub kegiatan), Permendagri 90/2019. */
export const programmes = defineType({
  slug: 'programmes',
  name: t('Program/kegiatan', 'Programme/activity'),
  plural: t('Program dan kegiatan', 'Programmes and activities'),
  level: 'opd',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 11 ayat (1) huruf d' }, { instrument: 'Permendagri 90/2019' }],
  freshness: null,
  titleField: 'name',
  fields: z.object({
    opd: opdRef(),
    level: field(PROGRAMME_LEVEL.schema(), t('Tingkat', 'Level'), 'Programme, activity or sub-activity; decides the code format.'),
    code: field(
      formatted('programmeTree'),
      t('Kode', 'Code'),
      'Permendagri 90/2019 code: U.BB.PP, U.BB.PP.L.KK or U.BB.PP.L.KK.SSSS, with the province level digit.',
    ),
    name: field(z.string().min(5), t('Nomenklatur', 'Name'), 'Official nomenclature, e.g. "Program Informasi dan Komunikasi Publik".'),
    year: field(year(), t('Tahun anggaran', 'Fiscal year'), 'Fiscal year of this budgeted row.'),
    parent: field(ref().optional(), t('Induk', 'Parent'), 'Programme of an activity, activity of a sub-activity.', { relationTo: 'programmes' }),
    target: field(ref().optional(), t('Sasaran', 'Target'), 'OPD target (sasaran) a programme serves.', { relationTo: 'targets' }),
    personInCharge: field(z.string().min(3), t('Penanggung jawab', 'Person in charge'), 'Position answering for delivery, e.g. "Kepala Bidang IKP".'),
    indicators: indicators(),
    schedule: field(z.string().optional(), t('Jadwal pelaksanaan', 'Schedule'), 'When the work happens, e.g. "Januari-Desember".'),
    ceiling: field(rupiah(), t('Pagu anggaran (Rp)', 'Budget ceiling (Rp)'), 'Budget ceiling (pagu) in whole Rupiah.'),
    fundingSource: field(FUNDING_SOURCE.schema(), t('Sumber dana', 'Funding source'), 'Where the money comes from.'),
    ...stewardship,
  }),
  crossRules: [
    (doc) =>
      CODE_FORMAT[doc.level].pattern.test(doc.code) ? [] : [{ path: ['code'], message: CODE_FORMAT[doc.level].message }],
    (doc) =>
      doc.level !== 'programme' && doc.parent === undefined
        ? [{ path: ['parent'], message: t('Kegiatan dan sub kegiatan wajib memiliki induk', 'Activities and sub-activities need a parent') }]
        : [],
    (doc) =>
      doc.level === 'programme' && doc.target === undefined
        ? [{ path: ['target'], message: t('Program wajib terhubung ke sasaran', 'A programme must link to a target') }]
        : [],
  ],
})
