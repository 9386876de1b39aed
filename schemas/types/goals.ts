import { z } from 'zod'
import { indicators, opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { ref } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'

/** OPD goal (tujuan), linked to the RPJMD mission it serves. */
export const goals = defineType({
  slug: 'goals',
  name: t('Tujuan', 'Goal'),
  plural: t('Tujuan', 'Goals'),
  level: 'opd',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'Permendagri 86/2017', article: 'Renstra PD' }],
  freshness: null,
  titleField: 'statement',
  fields: z.object({
    opd: opdRef(),
    vision: field(ref(), t('Visi RPJMD', 'RPJMD vision'), 'The vision and missions document this goal serves.', { relationTo: 'visions' }),
    missionNumber: field(z.number().int().min(1), t('Nomor misi', 'Mission number'), 'Number of the RPJMD mission this goal serves.'),
    statement: field(z.string().min(5), t('Tujuan', 'Goal'), 'The goal statement.', { widget: 'textarea' }),
    indicators: indicators(),
    ...stewardship,
  }),
})
