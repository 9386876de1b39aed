import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { opdSite, portalSite } from './site.ts'

export const examples = {
  lengkap: {
    site: opdSite,
    datasets: [
      { dataset: DOCS.dataset.immunisation, href: '/dinkes/data/cakupan-imunisasi-dasar-lengkap-kota-serang/' },
      { dataset: DOCS.dataset.towers, href: '/diskominfo/data/jumlah-menara-telekomunikasi/' },
    ],
    structured: [
      { title: 'Layanan publik Dinas Kesehatan', description: 'Layanan publik Dinas Kesehatan dengan komponen standar pelayanannya.', href: '/dinkes/data/layanan-publik/' },
      { title: 'Realisasi anggaran Dinas Kesehatan', description: 'Pagu dan realisasi anggaran per sub kegiatan dan per tahun anggaran.', href: '/dinkes/data/realisasi-anggaran/' },
    ],
    catalog: '/dinkes/data/catalog.jsonld',
    api: '/api/',
  },
  portal: {
    site: portalSite,
    datasets: [],
    structured: [{ title: 'Katalog layanan publik Provinsi Banten', description: 'Semua layanan publik OPD dan instansi vertikal.', href: '/data/layanan-publik/' }],
    others: [{ title: 'Jumlah fasilitas kesehatan di Provinsi Banten', description: 'Jumlah rumah sakit, puskesmas dan klinik per tahun.', href: '/dinkes/data/jumlah-fasilitas-kesehatan/', producer: 'Dinas Kesehatan' }],
    catalog: '/data/catalog.jsonld',
    api: '/api/',
  },
  kosong: { site: opdSite, datasets: [] },
} satisfies Record<string, TemplateProps['dataset-list']>
