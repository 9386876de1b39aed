import type { TemplateProps } from '../props.ts'
import { opdSite, portalSite } from './site.ts'

export const examples = {
  lengkap: {
    site: opdSite,
    dataset: {
      title: 'Realisasi anggaran Dinas Kesehatan',
      description: 'Pagu murni, pagu perubahan dan realisasi anggaran Dinas Kesehatan per sub kegiatan dan per tahun anggaran.',
      producer: 'Dinas Kesehatan',
      custodian: 'Dinas Kesehatan',
      period: '2025-2026',
      frequency: 'bulanan',
      regionCode: '36',
      licence: 'cc_by_4_0',
      keywords: ['APBD', 'realisasi anggaran', 'keuangan daerah'],
      modified: '2026-10-31',
    },
    source: { label: 'Anggaran', href: '/dinkes/anggaran/' },
    files: [
      { href: '/dinkes/anggaran/2026/realisasi.csv', name: 'Realisasi anggaran 2026 (CSV)', format: 'CSV', bytes: 3_412 },
      { href: '/dinkes/anggaran/2026/realisasi.json', name: 'Realisasi anggaran 2026 (JSON)', format: 'JSON', bytes: 9_870 },
      { href: '/dinkes/anggaran/2025/realisasi.csv', name: 'Realisasi anggaran 2025 (CSV)', format: 'CSV', bytes: 3_106 },
      { href: '/dinkes/anggaran/2025/realisasi.json', name: 'Realisasi anggaran 2025 (JSON)', format: 'JSON', bytes: 9_004 },
    ],
    catalog: '/dinkes/data/catalog.jsonld',
  },
  minimal: {
    site: portalSite,
    dataset: {
      title: 'Skor kepatuhan keterbukaan informasi OPD Provinsi Banten',
      description: 'Skor setiap OPD terhadap kewajiban publikasi UU 14/2008 dan UU 25/2009.',
      producer: 'Provinsi Banten',
      custodian: 'Provinsi Banten',
      period: '2026',
      frequency: 'harian',
      regionCode: '36',
      licence: 'cc0_1_0',
      keywords: ['kepatuhan'],
    },
    files: [{ href: '/kepatuhan/laporan.csv', name: 'Skor kepatuhan (CSV)', format: 'CSV', bytes: 512 }],
    catalog: '/data/catalog.jsonld',
  },
} satisfies Record<string, TemplateProps['open-dataset']>
