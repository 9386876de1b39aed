import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { opdSite } from './site.ts'

export const examples = {
  lengkap: {
    site: opdSite,
    dataset: DOCS.dataset.immunisation,
    files: [
      { href: '/dinkes/berkas/5b0e2a9c.csv', name: 'cakupan-imunisasi-2025.csv', format: 'CSV', bytes: 18_944 },
      { href: '/dinkes/berkas/e71d4f03.json', name: 'cakupan-imunisasi-2025.json', format: 'JSON', bytes: 42_310 },
    ],
    catalog: '/dinkes/data/catalog.jsonld',
  },
  minimal: { site: opdSite, dataset: DOCS.dataset.towers, files: [{ href: '/diskominfo/berkas/11aa90cd.csv', name: 'menara-telekomunikasi.csv', format: 'CSV', bytes: 2_048 }] },
} satisfies Record<string, TemplateProps['dataset']>
