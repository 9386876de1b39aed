import type { TemplateProps } from '../props.ts'
import { opdSite } from './site.ts'

export const examples = {
  'tiga-tahun': {
    site: opdSite,
    years: [
      { year: 2026, positionDate: '2026-03-31', href: '/dinkes/anggaran/2026/', ceiling: 412_385_750_000, realisation: 58_204_113_900 },
      { year: 2025, positionDate: '2025-12-31', href: '/dinkes/anggaran/2025/', ceiling: 398_900_500_000, realisation: 371_455_980_214 },
      { year: 2024, positionDate: '2024-12-31', href: '/dinkes/anggaran/2024/', ceiling: 0, realisation: 0 },
    ],
  },
  kosong: { site: opdSite, years: [] },
} satisfies Record<string, TemplateProps['budget-index']>
