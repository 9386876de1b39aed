import { t, type Text } from '../text.ts'

/**
 * The findings of the background paper on Banten's e-government (STANDARD.md section 1), each with the
 * rules that detect it. A test builds the state the paper describes and asserts that exactly these rules fail.
 */
export const PAPER_FINDINGS: readonly { finding: number; summary: Text; rules: string[] }[] = [
  { finding: 1, summary: t('Informasi hanya satu arah: warga tidak dapat menyampaikan aspirasi', 'One-way content: citizens cannot speak back'), rules: ['provinsi.kanal_pengaduan'] },
  {
    finding: 2,
    summary: t('Informasi perencanaan (RPJPD, RPJMD, RKPD) tidak tersedia', 'Planning information missing'),
    rules: ['provinsi.rpjpd', 'provinsi.rpjmd', 'provinsi.rkpd', 'opd.renstra.berlaku', 'opd.renja.tahun_ini'],
  },
  // Uniform sites come from the shared templates; what a rule can see is whether the standardised records exist.
  { finding: 3, summary: t('Situs OPD tidak seragam', 'OPD sites not uniform'), rules: ['opd.layanan.ada', 'opd.layanan.segar'] },
  { finding: 4, summary: t('Realisasi anggaran tahun berjalan per program tidak tersedia', 'Current-year spending per programme missing'), rules: ['opd.realisasi.triwulan'] },
  { finding: 5, summary: t('Informasi layanan publik tidak terintegrasi di portal', 'Service information not integrated on the portal'), rules: ['opd.layanan.ada'] },
  { finding: 6, summary: t('Layanan instansi vertikal tidak dapat dijangkau', 'Vertical-agency services unreachable'), rules: ['provinsi.instansi_vertikal'] },
  { finding: 7, summary: t('Tidak ada aturan informasi apa yang wajib disediakan setiap OPD', 'No rule on what each OPD must publish'), rules: ['opd.ppid.daftar', 'opd.ppid.laporan'] },
  // Owner units (roles, not people) are required fields of every type: the schemas answer it, no report rule does.
  { finding: 8, summary: t('Rotasi pegawai memutus pengelolaan situs', 'Staff rotation breaks website management'), rules: [] },
]
