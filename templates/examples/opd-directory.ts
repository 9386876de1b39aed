import type { TemplateProps } from '../props.ts'
import { portalSite } from './site.ts'

export const examples = {
  lengkap: {
    site: portalSite,
    opds: [
      { name: 'Badan Penanggulangan Bencana Daerah', acronym: 'BPBD', kind: 'badan', href: '/bpbd/', servesPublic: true, services: 3 },
      { name: 'Biro Hukum', acronym: 'Biro Hukum', kind: 'biro', href: '/biro-hukum/', servesPublic: false, services: 0 },
      { name: 'Dinas Kesehatan', acronym: 'Dinkes', kind: 'dinas', href: '/dinkes/', servesPublic: true, services: 12 },
      { name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', acronym: 'Diskominfo SP', kind: 'dinas', href: '/diskominfo/', servesPublic: true, services: 5 },
      { name: 'RSUD Malingping', acronym: 'RSUD Malingping', kind: 'rumah_sakit', href: '/rsud-malingping/', servesPublic: true, services: 24 },
    ],
  },
  kosong: { site: portalSite, opds: [] },
} satisfies Record<string, TemplateProps['opd-directory']>
