import type { Published, TemplateProps } from '../props.ts'
import type { ppidEntries } from '../../schemas/index.ts'
import { DOCS } from './docs.ts'
import { profile } from './dinkes.ts'
import { opdSite, pdf } from './site.ts'

// Should never reach a page; the template drops it if a builder bug lets it through.
const exempted = { ...DOCS.ppidEntry.periodic, id: 99, category: 'dikecualikan', title: 'Rekam Medis Pasien RSUD', summary: 'Rekam medis pasien rumah sakit milik Pemerintah Provinsi Banten.' } satisfies Published<typeof ppidEntries>

export const examples = {
  lengkap: {
    site: opdSite,
    entries: [
      { entry: { ...DOCS.ppidEntry.periodic, title: 'Laporan Realisasi Anggaran Dinas Kesehatan Tahun 2025' }, file: pdf('/dinkes/berkas/7d1e90aa.pdf', 'LRA Dinkes 2025.pdf', 1_258_291) },
      { entry: DOCS.ppidEntry.immediate },
      { entry: DOCS.ppidEntry.anyTime, file: pdf('/dinkes/berkas/0c44b3f1.pdf', 'SOP Layanan Informasi Publik.pdf', 356_352) },
      { entry: exempted },
    ],
    procedures: profile.ppid,
    reports: [DOCS.ppidReport.minimal, { ...DOCS.ppidReport.full, year: 2024 }],
    counted: [
      { year: 2026, received: 12, granted: 8, partly: 2, refused: 1, refusedBy: [{ ground: 'Ps. 17 huruf b', count: 2 }, { ground: 'Ps. 17 huruf h', count: 1 }], objections: 1, medianDays: 6 },
      { year: 2025, received: 30, granted: 27, partly: 1, refused: 2, refusedBy: [{ ground: 'Ps. 17 huruf h', count: 3 }], objections: 0, medianDays: 7.5 },
    ],
  },
  kosong: { site: opdSite, entries: [], reports: [] },
} satisfies Record<string, TemplateProps['ppid']>
