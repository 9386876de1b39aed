import type { TemplateProps } from '../props.ts'
import { portalSite } from './site.ts'

const trend = (...scores: number[]) => scores.map((score, i) => ({ month: `2026-${String(12 - scores.length + i).padStart(2, '0')}`, score }))

const categories = (counts: number[]) =>
  ['Informatif', 'Menuju Informatif', 'Cukup Informatif', 'Kurang Informatif', 'Tidak Informatif'].map((label, i) => ({ label, min: [90, 80, 60, 40, 0][i]!, count: counts[i]! }))

export const examples = {
  campuran: {
    site: portalSite,
    at: '2026-11-28',
    rulebookVersion: '2026.11.2+1a2b3c4d',
    warnings: ['Aturan opd.profil.segar dilonggarkan menjadi 365 hari, melewati batas hukum 183 hari'],
    province: { score: 100, categoryLabel: 'Informatif' },
    categories: categories([2, 1, 0, 0, 1]),
    opds: [
      { name: 'Dinas Kesehatan', href: '/dinkes/', evidence: '/kepatuhan/dinkes/', score: 100, categoryLabel: 'Informatif', trend: trend(82.6, 91.3, 100), failures: [] },
      { name: 'Biro Organisasi', href: '/biro-organisasi/', evidence: '/kepatuhan/biro-organisasi/', score: 91.3, categoryLabel: 'Informatif', trend: trend(100, 100, 95.7, 91.3), failures: [{ title: 'Profil OPD ditinjau dalam 6 bulan terakhir', legalBasis: 'UU 14/2008 Ps. 9 ayat (4)', message: 'Terakhir ditinjau 2025-10-24 (400 hari lalu; batas 183 hari)', item: 'Profil OPD', since: '2026-04-24' }] },
      { name: 'Dinas Pariwisata', href: '/dispar/', evidence: '/kepatuhan/dispar/', score: 89.6, categoryLabel: 'Menuju Informatif', trend: trend(89.6), failures: [{ title: 'Realisasi anggaran tahun berjalan tidak lebih tua dari satu triwulan', legalBasis: 'UU 14/2008 Ps. 9 ayat (2) huruf c; PP 71/2010 LRA', message: 'Posisi realisasi terakhir 2026-06-30 (151 hari lalu; batas 92 hari)' }] },
      { name: 'Badan Penghubung Daerah', href: '/badan-penghubung/', evidence: '/kepatuhan/badan-penghubung/', score: 4.3, categoryLabel: 'Tidak Informatif', trend: trend(4.3, 4.3), failures: [{ title: 'Profil OPD dipublikasikan', legalBasis: 'UU 14/2008 Ps. 9 ayat (2) huruf a', message: 'Belum ada profil OPD yang dipublikasikan' }] },
    ],
    download: '/kepatuhan/laporan.json',
  },
  kosong: { site: portalSite, at: '2026-11-28', rulebookVersion: '2026.11.2', warnings: [], province: { score: 100, categoryLabel: 'Informatif' }, categories: categories([0, 0, 0, 0, 0]), opds: [], download: '/kepatuhan/laporan.json' },
} satisfies Record<string, TemplateProps['compliance']>
