import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { newsSummaries, profile, serviceSummaries } from './dinkes.ts'
import { opdSite } from './site.ts'

export const examples = {
  lengkap: { site: opdSite, profile, notices: [], news: newsSummaries, services: serviceSummaries },
  'dengan-peringatan': {
    site: opdSite,
    profile,
    notices: [{ notice: DOCS.notice.flood, issuer: 'Badan Penanggulangan Bencana Daerah', href: '/informasi-serta-merta/banjir-ciujung/' }],
    news: newsSummaries,
    services: serviceSummaries,
  },
  kosong: { site: opdSite, notices: [], news: [], services: [] },
} satisfies Record<string, TemplateProps['opd-home']>
