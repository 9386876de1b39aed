import { z } from 'zod'
import { indicators, opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { ref } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'

/** OPD target (sasaran) under a goal; programmes serve targets. */
export const targets = defineType({
  slug: 'targets',
  name: t('Sasaran', 'Target'),
  plural: t('Sasaran', 'Targets'),
  level: 'opd',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'Permendagri 86/2017', article: 'Renstra PD' }],
  freshness: null,
  titleField: 'statement',
  fields: z.object({
    opd: opdRef(),
    goal: field(ref(), t('Tujuan', 'Goal'), 'The goal this target serves.', { relationTo: 'goals' }),
    statement: field(z.string().min(5), t('Sasaran', 'Target'), 'The target statement.', { widget: 'textarea' }),
    indicators: indicators(),
    ...stewardship,
  }),
})
