import type { TemplateProps } from '../props.ts'
import { programmeTree } from './dinkes.ts'
import { opdSite } from './site.ts'

export const examples = {
  'dua-tahun': { site: opdSite, years: [{ year: 2026, programmes: programmeTree }, { year: 2025, programmes: [] }], downloads: { csv: '/dinkes/program/program.csv', json: '/dinkes/program/program.json' } },
  kosong: { site: opdSite, years: [] },
} satisfies Record<string, TemplateProps['programme-list']>
