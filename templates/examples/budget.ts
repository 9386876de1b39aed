import type { BudgetRow, TemplateProps } from '../props.ts'
import { budgetRows } from './dinkes.ts'
import { opdSite, portalSite } from './site.ts'

const OPD_NAMES = [
  'Dinas Pendidikan dan Kebudayaan', 'Dinas Kesehatan', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Perumahan Rakyat dan Kawasan Permukiman',
  'Dinas Sosial', 'Dinas Tenaga Kerja dan Transmigrasi', 'Dinas Lingkungan Hidup dan Kehutanan', 'Dinas Perhubungan',
  'Dinas Komunikasi, Informatika, Statistik dan Persandian', 'Dinas Koperasi dan UKM', 'Dinas Penanaman Modal dan PTSP', 'Dinas Pemuda dan Olahraga',
]

// 45 rows: more than the chart shows (40), to exercise its limit; amounts derived from the index so output is stable.
const provinceRows: BudgetRow[] = Array.from({ length: 45 }, (_, i) => {
  const ceiling = 25_000_000_000 + i * 3_517_250_125
  return {
    code: `OPD ${String(i + 1).padStart(2, '0')}`,
    name: i < OPD_NAMES.length ? OPD_NAMES[i]! : `Perangkat Daerah Contoh ${i + 1}`,
    href: `/anggaran/2026/opd-${i + 1}/`,
    originalCeiling: ceiling,
    realisation: Math.floor((ceiling * ((i * 7) % 30)) / 100),
  }
})

export const examples = {
  opd: {
    site: opdSite,
    heading: 'Realisasi Anggaran Dinas Kesehatan 2025',
    fiscalYear: 2025,
    positionDate: '2025-12-31',
    rowLabel: 'Sub kegiatan',
    rows: budgetRows,
    downloads: { csv: '/dinkes/anggaran/2025/realisasi-2025.csv', json: '/dinkes/anggaran/2025/realisasi-2025.json' },
  },
  'triwulan-i': {
    site: opdSite,
    heading: 'Realisasi Anggaran Dinas Kesehatan 2026',
    fiscalYear: 2026,
    positionDate: '2026-03-31',
    rowLabel: 'Sub kegiatan',
    rows: budgetRows.slice(1, 4).map(({ revisedCeiling: _, explanation: __, ...row }) => ({ ...row, realisation: Math.floor(row.realisation / 5) })),
    downloads: { csv: '/dinkes/anggaran/2026/realisasi-2026.csv', json: '/dinkes/anggaran/2026/realisasi-2026.json' },
  },
  provinsi: {
    site: portalSite,
    heading: 'Realisasi Anggaran Pemerintah Provinsi Banten 2026',
    fiscalYear: 2026,
    positionDate: '2026-06-30',
    rowLabel: 'OPD',
    rows: provinceRows,
    downloads: { csv: '/anggaran/2026/realisasi-2026.csv', json: '/anggaran/2026/realisasi-2026.json' },
  },
  kosong: {
    site: opdSite,
    heading: 'Realisasi Anggaran Dinas Kesehatan 2027',
    fiscalYear: 2027,
    positionDate: '2027-01-31',
    rowLabel: 'Sub kegiatan',
    rows: [],
    downloads: { csv: '/dinkes/anggaran/2027/realisasi-2027.csv', json: '/dinkes/anggaran/2027/realisasi-2027.json' },
  },
} satisfies Record<string, TemplateProps['budget']>
