import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { opdSite } from './site.ts'

export const examples = {
  lengkap: {
    site: opdSite,
    vision: DOCS.vision.full,
    goals: [
      { goal: DOCS.goal.full, targets: [DOCS.target.minimal, DOCS.target.full] },
      {
        goal: {
          ...DOCS.goal.minimal,
          id: 9,
          missionNumber: 2,
          statement: 'Meningkatnya derajat kesehatan masyarakat Banten',
          indicators: [{ name: 'Angka kematian ibu per 100.000 kelahiran hidup', unit: 'per 100.000 KH', year: 2026, target: 180 }],
        },
        targets: [],
      },
    ],
  },
  'tanpa-visi': { site: opdSite, goals: [] },
} satisfies Record<string, TemplateProps['vision-mission']>
