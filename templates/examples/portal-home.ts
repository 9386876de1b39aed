import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { newsSummaries } from './dinkes.ts'
import { portalSite } from './site.ts'

const links = [
  { label: 'Katalog layanan publik', href: '/layanan/', description: 'Semua layanan OPD dan instansi vertikal di Banten beserta standar pelayanannya.' },
  { label: 'Direktori OPD', href: '/opd/', description: 'Alamat, kontak dan laman setiap organisasi perangkat daerah.' },
  { label: 'Perencanaan daerah', href: '/perencanaan/', description: 'RPJPD, RPJMD dan RKPD beserta visi dan misi gubernur.' },
  { label: 'Realisasi anggaran', href: '/anggaran/', description: 'Pagu dan realisasi belanja seluruh OPD tahun berjalan.' },
  { label: 'SP4N-LAPOR!', href: 'https://www.lapor.go.id', description: 'Sampaikan pengaduan dan aspirasi kepada pemerintah.' },
]

export const examples = {
  lengkap: {
    site: portalSite,
    notices: [{ notice: DOCS.notice.flood, issuer: 'Badan Penanggulangan Bencana Daerah', href: '/informasi-serta-merta/banjir-ciujung/' }],
    news: newsSummaries.map((n) => ({ ...n, source: 'Dinas Kesehatan' })),
    opdCount: 42,
    serviceCount: 187,
    links,
  },
  'tanpa-peringatan': { site: portalSite, notices: [], news: [], opdCount: 42, serviceCount: 187, links },
} satisfies Record<string, TemplateProps['portal-home']>
