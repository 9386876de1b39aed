import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { cascade } from './planning.ts'
import { pdf, portalSite } from './site.ts'

export const examples = {
  lengkap: {
    site: portalSite,
    vision: DOCS.vision.full,
    documents: [
      { document: DOCS.plan.rpjmd, file: pdf('/berkas/a41c77d0.pdf', 'RPJMD Provinsi Banten 2025-2029.pdf', 12_884_901) },
      { document: DOCS.plan.rkpd, file: pdf('/berkas/b2e09f14.pdf', 'RKPD Provinsi Banten 2026.pdf', 7_340_032) },
    ],
    cascade,
  },
  'tanpa-visi': { site: portalSite, documents: [], cascade: [] },
} satisfies Record<string, TemplateProps['province-planning']>
