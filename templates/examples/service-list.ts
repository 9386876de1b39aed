import type { ServiceSummary, TemplateProps } from '../props.ts'
import { SERVICE_CATEGORY } from '../../schemas/index.ts'
import { DOCS } from './docs.ts'
import { serviceSummaries } from './dinkes.ts'
import { opdSite, portalSite } from './site.ts'

const catalogue: ServiceSummary[] = [
  ...serviceSummaries,
  { name: DOCS.service.information.name, summary: DOCS.service.information.summary, category: 'informasi', href: '/diskominfo/layanan/permohonan-informasi-publik/', provider: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', providerKey: 'diskominfo', online: false },
  { name: DOCS.service.samsat.name, summary: DOCS.service.samsat.summary, category: 'pajak', href: '/bapenda/layanan/pengesahan-stnk-tahunan-roda-dua/', provider: 'Badan Pendapatan Daerah', providerKey: 'bapenda', online: true },
  { name: DOCS.service.passport.name, summary: DOCS.service.passport.summary, category: 'kependudukan', href: '/layanan/instansi-vertikal/penerbitan-paspor/', provider: DOCS.agency.immigration.name, providerKey: 'instansi-vertikal', online: true },
]

const categories = [...new Set(catalogue.map((s) => s.category))].sort().map((value) => ({ value, label: SERVICE_CATEGORY.labels[value].id, href: `/layanan/kategori/${value}/` }))

export const examples = {
  opd: { site: opdSite, heading: 'Layanan Dinas Kesehatan', services: serviceSummaries },
  katalog: {
    site: portalSite,
    heading: 'Katalog Layanan Publik',
    services: catalogue,
    filters: {
      categories,
      providers: [
        { value: 'bapenda', label: 'Badan Pendapatan Daerah' },
        { value: 'dinkes', label: 'Dinas Kesehatan' },
        { value: 'diskominfo', label: 'Dinas Komunikasi, Informatika, Statistik dan Persandian' },
        { value: 'instansi-vertikal', label: 'Instansi vertikal' },
      ],
      online: '/layanan/daring/',
    },
  },
  kosong: { site: opdSite, heading: 'Layanan Dinas Kesehatan', services: [] },
} satisfies Record<string, TemplateProps['service-list']>
