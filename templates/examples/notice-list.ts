import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { portalSite } from './site.ts'

export const examples = {
  'aktif-dan-arsip': {
    site: portalSite,
    active: [{ notice: DOCS.notice.flood, issuer: 'Badan Penanggulangan Bencana Daerah', href: '/informasi-serta-merta/banjir-ciujung/' }],
    past: [{ notice: DOCS.notice.waves, issuer: 'Pemerintah Provinsi Banten', href: '/informasi-serta-merta/gelombang-tinggi/' }],
  },
  kosong: { site: portalSite, active: [], past: [] },
} satisfies Record<string, TemplateProps['notice-list']>
