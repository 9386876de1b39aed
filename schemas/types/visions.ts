import { z } from 'zod'
import { periodInOrder, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { year } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'

/** The governor's vision and missions for an RPJMD period (province level, kept by Kominfo). */
export const visions = defineType({
  slug: 'visions',
  name: t('Visi dan misi', 'Vision and mission'),
  plural: t('Visi dan misi', 'Visions and missions'),
  level: 'province',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'UU 25/2004', article: 'Ps. 5 ayat (2)' }, { instrument: 'Permendagri 86/2017' }],
  freshness: null,
  titleField: 'vision',
  fields: z.object({
    periodStart: field(year(), t('Awal periode', 'Period start'), 'First year of the RPJMD period.'),
    periodEnd: field(year(), t('Akhir periode', 'Period end'), 'Last year of the RPJMD period.'),
    vision: field(z.string().min(5), t('Visi', 'Vision'), 'The vision statement, e.g. "Banten Maju, Adil, Merata, dan Tidak Korupsi".'),
    missions: field(
      z
        .array(
          z.object({
            number: field(z.number().int().min(1), t('Nomor misi', 'Mission number'), 'Order of the mission; goals link to it.'),
            text: field(z.string().min(5), t('Misi', 'Mission'), 'The mission statement.', { widget: 'textarea' }),
          }),
        )
        .min(1),
      t('Misi', 'Missions'),
      'Numbered missions that serve the vision.',
    ),
    ...stewardship,
  }),
  crossRules: [
    periodInOrder,
    (doc) => {
      const seen = new Set<number>()
      return doc.missions.flatMap((m, i) => {
        if (!seen.has(m.number)) {
          seen.add(m.number)
          return []
        }
        return [{ path: ['missions', i, 'number'], message: t(`Nomor misi ${m.number} sudah dipakai`, `Mission number ${m.number} is used twice`) }]
      })
    },
  ],
})
