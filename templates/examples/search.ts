import type { TemplateProps } from '../props.ts'
import { portalSite } from './site.ts'

export const examples = {
  portal: {
    site: portalSite,
    opds: [
      { value: 'Badan Penanggulangan Bencana Daerah', label: 'BPBD' },
      { value: 'Dinas Kesehatan', label: 'Dinas Kesehatan' },
      { value: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', label: 'Diskominfo SP' },
      { value: 'Provinsi Banten', label: 'Portal Provinsi Banten' },
    ],
    types: ['Layanan', 'Berita', 'Produk hukum', 'Data', 'Informasi publik'],
  },
} satisfies Record<string, TemplateProps['search']>
