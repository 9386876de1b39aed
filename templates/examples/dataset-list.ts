import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { opdSite } from './site.ts'

export const examples = {
  lengkap: {
    site: opdSite,
    datasets: [
      { dataset: DOCS.dataset.immunisation, href: '/dinkes/data/cakupan-imunisasi-dasar-lengkap-kota-serang/' },
      { dataset: DOCS.dataset.towers, href: '/diskominfo/data/jumlah-menara-telekomunikasi/' },
    ],
  },
  kosong: { site: opdSite, datasets: [] },
} satisfies Record<string, TemplateProps['dataset-list']>
