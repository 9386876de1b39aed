import type { TemplateProps } from '../props.ts'
import { portalSite } from './site.ts'

export const examples = {
  sebagian: {
    site: portalSite,
    opdName: 'Dinas Kelautan dan Perikanan',
    at: '2026-11-28',
    rulebookVersion: '2026.11.1',
    score: 93.1,
    categoryLabel: 'Informatif',
    obligations: [
      { title: 'Profil OPD dipublikasikan', legalBasis: 'UU 14/2008 Ps. 9 ayat (2) huruf a', met: true, evidence: { label: 'Profil', href: '/dkp/profil/' }, problems: [] },
      { title: 'Realisasi anggaran tahun berjalan tidak lebih tua dari satu triwulan', legalBasis: 'UU 14/2008 Ps. 9 ayat (2) huruf c; PP 71/2010 LRA', met: true, evidence: { label: 'Anggaran', href: '/dkp/anggaran/' }, problems: [] },
      { title: 'Laporan layanan informasi publik tahun lalu', legalBasis: 'UU 14/2008 Ps. 12', met: false, evidence: { label: 'PPID', href: '/dkp/ppid/' }, problems: ['Belum ada laporan layanan informasi tahun 2025'] },
    ],
  },
} satisfies Record<string, TemplateProps['compliance-evidence']>
