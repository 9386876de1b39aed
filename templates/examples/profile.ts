import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { profile } from './dinkes.ts'
import { image, opdSite } from './site.ts'

export const examples = {
  lengkap: {
    site: opdSite,
    profile,
    headPhoto: image('/dinkes/media/kepala-dinas', 480, 600, 'Foto resmi Kepala Dinas Kesehatan Provinsi Banten'),
    orgChart: image('/dinkes/media/struktur-organisasi', 1200, 800, 'Bagan struktur organisasi Dinas Kesehatan: Kepala Dinas, Sekretariat, empat bidang dan dua UPTD'),
  },
  minimal: { site: { ...opdSite, siteName: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', shortName: 'Diskominfo SP', home: '/diskominfo/' }, profile: DOCS.profile.minimal },
  'belum-terbit': { site: { ...opdSite, siteName: 'Badan Penghubung', shortName: 'Banhub', home: '/badan-penghubung/' } },
} satisfies Record<string, TemplateProps['profile']>
