import type { LegalBasis } from '../define.ts'
import { budgetRealisations } from '../types/budget-realisations.ts'
import { opdProfiles } from '../types/opd-profiles.ts'
import { services } from '../types/services.ts'
import { skmResults } from '../types/skm-results.ts'
import { t, type Text } from '../text.ts'
import { CATEGORY_FRESHNESS_DAYS, type PlanType } from '../vocabularies.ts'

/** Who a rule applies to. */
export type AppliesTo = 'every_opd' | 'public_service_opd' | 'province'

/**
 * What a rule checks, as data: a closed set of checks with their parameters, evaluated by `evaluate`.
 * `type` names a content type slug of this package.
 */
export type Check =
  /** At least one published document of the type. */
  | { kind: 'exists'; type: string }
  /** Every published document of the type reviewed within `maxAgeDays` of the report date. */
  | { kind: 'fresh'; type: string; field: string; maxAgeDays: number }
  /** An enacted plan of the type whose period covers the report year. */
  | { kind: 'plan'; planType: PlanType }
  /** Budget realisation of the report year whose latest position date is within `maxAgeDays`. */
  | { kind: 'realisation'; maxAgeDays: number }
  /** Lines above their ceiling carry an explanation. */
  | { kind: 'realisation_explained' }
  /** Programmes of the report year exist, each with at least one indicator. */
  | { kind: 'programmes' }
  /** Cascade links resolve: goals to a mission of the vision in force, targets to goals, programmes to targets, activities to parents. */
  | { kind: 'cascade' }
  /** A satisfaction survey ended within `maxAgeDays`. */
  | { kind: 'skm'; maxAgeDays: number }
  /** The annual information-service report of the year before the report year. */
  | { kind: 'ppid_report' }
  /** Published PPID entries of the `berkala` category reviewed within `maxAgeDays`, and at least one entry. */
  | { kind: 'ppid_register'; maxAgeDays: number }
  /** The vision and missions in force in the report year. */
  | { kind: 'vision' }
  /** At least one service of a vertical agency is listed on the portal. */
  | { kind: 'external_services' }
  /** The province links the national complaint channel (SP4N-LAPOR!), shown on every site. */
  | { kind: 'complaint_channel' }
  /** No external address of the unit's published content failed its latest check (the link checker's results). */
  | { kind: 'links' }
  /** No complaint (or request for information) left unanswered past its deadline (working days, the province's calendar). */
  | { kind: 'answered_in_time'; channel: 'complaints' | 'requests' }

export interface Rule {
  /** Stable id: reports, overrides and history refer to it. */
  id: string
  title: Text
  legalBasis: LegalBasis[]
  appliesTo: AppliesTo
  check: Check
  /** Relative importance in the score. */
  weight: number
  /** What to fill in to meet it. */
  fix: Text
  /** A fact behind the rule could not be checked against an official text (STANDARD.md). */
  unverified?: boolean
}

const BERKALA = CATEGORY_FRESHNESS_DAYS.berkala!
const UU_KIP = 'UU 14/2008'
const UU_YANLIK = 'UU 25/2009'

/** Bumped whenever a rule, weight or parameter changes: every report names the version it used. */
export const RULEBOOK_VERSION = '2026.11.3'

/** One rule per obligation of STANDARD.md. */
export const RULES: readonly Rule[] = [
  {
    id: 'opd.profil.ada',
    title: t('Profil OPD dipublikasikan', 'OPD profile published'),
    legalBasis: [{ instrument: UU_KIP, article: 'Ps. 9 ayat (2) huruf a' }],
    appliesTo: 'every_opd',
    check: { kind: 'exists', type: 'opd-profiles' },
    weight: 3,
    fix: t('Isi dan ajukan formulir Profil OPD (dasar hukum, alamat, tugas, struktur, pimpinan, PPID).', 'Fill in and submit the OPD profile form.'),
  },
  {
    id: 'opd.profil.segar',
    title: t('Profil OPD ditinjau dalam 6 bulan terakhir', 'OPD profile reviewed in the last 6 months'),
    legalBasis: [{ instrument: UU_KIP, article: 'Ps. 9 ayat (4)' }],
    appliesTo: 'every_opd',
    check: { kind: 'fresh', type: opdProfiles.slug, field: opdProfiles.freshness!.field, maxAgeDays: opdProfiles.freshness!.maxAgeDays },
    weight: 2,
    fix: t('Tinjau profil OPD, perbarui yang berubah, dan isi tanggal peninjauan.', 'Review the profile and set its review date.'),
  },
  {
    id: 'opd.renstra.berlaku',
    title: t('Renstra yang berlaku tahun ini ditetapkan dan dipublikasikan', 'Strategic plan (Renstra) in force published'),
    legalBasis: [{ instrument: 'UU 25/2004' }, { instrument: 'Permendagri 86/2017' }],
    appliesTo: 'every_opd',
    check: { kind: 'plan', planType: 'renstra' },
    weight: 3,
    fix: t('Unggah Renstra yang berlaku (status ditetapkan, periode mencakup tahun ini).', 'Upload the Renstra in force.'),
    unverified: true,
  },
  {
    id: 'opd.renja.tahun_ini',
    title: t('Renja tahun berjalan ditetapkan dan dipublikasikan', 'Current-year work plan (Renja) published'),
    legalBasis: [{ instrument: 'UU 25/2004' }, { instrument: 'Permendagri 86/2017' }, { instrument: UU_KIP, article: 'Ps. 11 ayat (1) huruf d' }],
    appliesTo: 'every_opd',
    check: { kind: 'plan', planType: 'renja' },
    weight: 3,
    fix: t('Unggah Renja tahun berjalan yang sudah ditetapkan.', 'Upload the enacted Renja of the current year.'),
  },
  {
    id: 'opd.tujuan.kaskade',
    title: t('Tujuan, sasaran dan program terhubung ke misi RPJMD', 'Goals, targets and programmes linked to the RPJMD missions'),
    legalBasis: [{ instrument: 'Permendagri 86/2017' }],
    appliesTo: 'every_opd',
    check: { kind: 'cascade' },
    weight: 2,
    fix: t('Isi tujuan (dengan nomor misi), sasaran per tujuan, dan hubungkan setiap program ke sasarannya.', 'Link goals to missions, targets to goals and programmes to targets.'),
  },
  {
    id: 'opd.program.tahun_ini',
    title: t('Program tahun berjalan dengan indikatornya', 'Current-year programmes with indicators'),
    legalBasis: [{ instrument: 'Permendagri 90/2019' }, { instrument: UU_KIP, article: 'Ps. 9 ayat (2) huruf b' }],
    appliesTo: 'every_opd',
    check: { kind: 'programmes' },
    weight: 2,
    fix: t('Isi program, kegiatan dan sub kegiatan tahun berjalan beserta indikator dan pagunya.', 'Fill in the current-year programmes with indicators.'),
  },
  {
    id: 'opd.realisasi.triwulan',
    title: t('Realisasi anggaran tahun berjalan tidak lebih tua dari satu triwulan', 'Current-year budget realisation no older than a quarter'),
    legalBasis: [{ instrument: UU_KIP, article: 'Ps. 9 ayat (2) huruf c' }, { instrument: 'PP 71/2010', article: 'LRA' }],
    appliesTo: 'every_opd',
    check: { kind: 'realisation', maxAgeDays: budgetRealisations.freshness!.maxAgeDays },
    weight: 3,
    fix: t('Unggah realisasi anggaran tahun berjalan dengan posisi akhir bulan atau triwulan terakhir.', 'Publish the latest current-year realisation.'),
  },
  {
    id: 'opd.realisasi.pagu',
    title: t('Realisasi di atas pagu dijelaskan', 'Realisation above ceiling explained'),
    legalBasis: [{ instrument: 'PP 12/2019' }],
    appliesTo: 'every_opd',
    check: { kind: 'realisation_explained' },
    weight: 1,
    fix: t('Beri penjelasan pada setiap baris yang realisasinya melebihi pagu.', 'Explain every line above its ceiling.'),
  },
  {
    id: 'opd.layanan.ada',
    title: t('Standar pelayanan setiap layanan dipublikasikan', 'Service standards published'),
    legalBasis: [{ instrument: UU_YANLIK, article: 'Ps. 15 dan 21' }, { instrument: 'Permenpan RB 15/2014' }],
    appliesTo: 'public_service_opd',
    check: { kind: 'exists', type: 'services' },
    weight: 3,
    fix: t('Isi formulir layanan publik dengan ke-14 komponen standar pelayanan.', 'Fill in each service with its 14 components.'),
  },
  {
    id: 'opd.layanan.segar',
    title: t('Standar pelayanan dievaluasi dalam setahun terakhir', 'Service standards reviewed in the last year'),
    legalBasis: [{ instrument: 'Permenpan RB 15/2014' }],
    appliesTo: 'public_service_opd',
    check: { kind: 'fresh', type: services.slug, field: services.freshness!.field, maxAgeDays: services.freshness!.maxAgeDays },
    weight: 1,
    fix: t('Evaluasi standar pelayanan dan perbarui tanggal peninjauannya.', 'Review each service standard.'),
  },
  {
    id: 'opd.skm.tahunan',
    title: t('Survei kepuasan masyarakat dalam 12 bulan terakhir', 'Satisfaction survey in the last 12 months'),
    legalBasis: [{ instrument: 'Permenpan RB 14/2017' }],
    appliesTo: 'public_service_opd',
    check: { kind: 'skm', maxAgeDays: skmResults.freshness!.maxAgeDays },
    weight: 2,
    fix: t('Lakukan SKM dan masukkan hasilnya (jumlah responden dan nilai U1-U9).', 'Run the SKM and enter its results.'),
  },
  {
    id: 'opd.ppid.daftar',
    title: t('Daftar informasi publik tersedia dan berkala diperbarui', 'Public information list kept up to date'),
    legalBasis: [{ instrument: UU_KIP, article: 'Ps. 9 dan 11' }],
    appliesTo: 'every_opd',
    check: { kind: 'ppid_register', maxAgeDays: BERKALA },
    weight: 2,
    fix: t('Isi daftar informasi publik dan tinjau setiap informasi berkala paling lambat 6 bulan sekali.', 'Keep the register and review periodic entries every 6 months.'),
  },
  {
    id: 'opd.ppid.laporan',
    title: t('Laporan layanan informasi publik tahun lalu', 'Last year’s information-service report'),
    legalBasis: [{ instrument: UU_KIP, article: 'Ps. 12' }],
    appliesTo: 'every_opd',
    check: { kind: 'ppid_report' },
    weight: 2,
    fix: t('Isi laporan tahunan layanan informasi publik tahun lalu.', 'Publish last year’s information-service report.'),
  },
  {
    id: 'opd.tautan.aktif',
    title: t('Tautan keluar dapat dibuka', 'External links work'),
    legalBasis: [{ instrument: UU_KIP, article: 'Ps. 7 ayat (2)' }],
    appliesTo: 'every_opd',
    check: { kind: 'links' },
    weight: 1,
    fix: t('Perbaiki atau hapus alamat web yang tidak dapat dibuka (layanan daring, LHKPN, formulir PPID, tautan informasi).', 'Fix or remove the addresses that do not open.'),
  },
  {
    id: 'opd.aduan.tepat_waktu',
    title: t('Pengaduan dijawab dalam batas waktu', 'Complaints answered in time'),
    legalBasis: [{ instrument: UU_YANLIK, article: 'Ps. 36-37' }, { instrument: 'Perpres 76/2013' }],
    appliesTo: 'every_opd',
    check: { kind: 'answered_in_time', channel: 'complaints' },
    weight: 2,
    fix: t('Jawab pengaduan yang melewati batas waktu di admin (Pengaduan dan aspirasi), lalu ubah statusnya menjadi Dijawab.', 'Answer the overdue complaints in the admin and set them to Answered.'),
    unverified: true,
  },
  {
    id: 'opd.ppid.permohonan.tepat_waktu',
    title: t('Permohonan informasi dijawab dalam batas waktu', 'Requests for information answered in time'),
    legalBasis: [{ instrument: UU_KIP, article: 'Ps. 22 ayat (7)-(8)' }, { instrument: UU_KIP, article: 'Ps. 36 ayat (2)' }],
    appliesTo: 'every_opd',
    check: { kind: 'answered_in_time', channel: 'requests' },
    weight: 2,
    fix: t('Putuskan permohonan informasi yang melewati 10 hari kerja (17 bila diperpanjang), dan tanggapi keberatan dalam 30 hari kerja.', 'Decide the requests past 10 working days (17 if extended) and answer objections within 30.'),
  },
  {
    id: 'provinsi.rpjpd',
    title: t('RPJPD yang berlaku dipublikasikan', 'RPJPD in force published'),
    legalBasis: [{ instrument: 'UU 25/2004' }, { instrument: 'Permendagri 86/2017' }],
    appliesTo: 'province',
    check: { kind: 'plan', planType: 'rpjpd' },
    weight: 3,
    fix: t('Unggah Perda RPJPD yang berlaku.', 'Upload the RPJPD in force.'),
  },
  {
    id: 'provinsi.rpjmd',
    title: t('RPJMD yang berlaku dipublikasikan', 'RPJMD in force published'),
    legalBasis: [{ instrument: 'UU 25/2004' }, { instrument: 'Permendagri 86/2017' }],
    appliesTo: 'province',
    check: { kind: 'plan', planType: 'rpjmd' },
    weight: 3,
    fix: t('Unggah Perda RPJMD yang berlaku.', 'Upload the RPJMD in force.'),
  },
  {
    id: 'provinsi.rkpd',
    title: t('RKPD tahun berjalan dipublikasikan', 'Current-year RKPD published'),
    legalBasis: [{ instrument: 'UU 25/2004' }, { instrument: 'Permendagri 86/2017' }],
    appliesTo: 'province',
    check: { kind: 'plan', planType: 'rkpd' },
    weight: 3,
    fix: t('Unggah Pergub RKPD tahun berjalan.', 'Upload the current-year RKPD.'),
  },
  {
    id: 'provinsi.visi',
    title: t('Visi dan misi gubernur yang berlaku', 'Governor’s vision and missions in force'),
    legalBasis: [{ instrument: 'UU 25/2004' }],
    appliesTo: 'province',
    check: { kind: 'vision' },
    weight: 2,
    fix: t('Isi visi dan misi untuk periode RPJMD yang berjalan.', 'Fill in the vision and missions of the RPJMD period.'),
  },
  {
    id: 'provinsi.instansi_vertikal',
    title: t('Layanan instansi vertikal tercantum di portal', 'Vertical-agency services listed on the portal'),
    legalBasis: [{ instrument: UU_YANLIK, article: 'Ps. 23' }],
    appliesTo: 'province',
    check: { kind: 'external_services' },
    weight: 1,
    fix: t('Tambahkan layanan instansi vertikal (imigrasi, Samsat, BPN, BPJS) dengan tautannya.', 'List the vertical agencies’ services.'),
    unverified: true,
  },
  {
    id: 'provinsi.kanal_pengaduan',
    title: t('Kanal pengaduan SP4N-LAPOR! ditautkan di setiap situs', 'SP4N-LAPOR! complaint channel linked on every site'),
    legalBasis: [{ instrument: 'Perpres 95/2018' }, { instrument: UU_YANLIK, article: 'Ps. 36' }],
    appliesTo: 'province',
    check: { kind: 'complaint_channel' },
    weight: 2,
    fix: t('Isi alamat SP4N-LAPOR! pada data Provinsi.', 'Set the SP4N-LAPOR! address in the province record.'),
  },
  {
    id: 'provinsi.tautan.aktif',
    title: t('Tautan keluar portal dapat dibuka', 'The portal’s external links work'),
    legalBasis: [{ instrument: UU_KIP, article: 'Ps. 7 ayat (2)' }],
    appliesTo: 'province',
    check: { kind: 'links' },
    weight: 1,
    fix: t('Perbaiki alamat web yang tidak dapat dibuka pada data Provinsi, instansi vertikal dan layanannya.', 'Fix the addresses that do not open in the province record, agencies and their services.'),
  },
]

/** The content type (or `province` record) where what a check looks for is filled in: where to fix a failure. */
export const fixedIn = (check: Check): string => {
  switch (check.kind) {
    case 'exists':
    case 'fresh':
      return check.type
    case 'plan':
      return 'planning-documents'
    case 'realisation':
    case 'realisation_explained':
      return 'budget-realisations'
    case 'programmes':
      return 'programmes'
    case 'cascade':
      return 'goals'
    case 'skm':
      return 'skm-results'
    case 'ppid_report':
      return 'ppid-reports'
    case 'ppid_register':
      return 'ppid-entries'
    case 'vision':
      return 'visions'
    case 'external_services':
      return 'services'
    case 'complaint_channel':
      return 'province'
    case 'links':
      return 'link-checks'
    case 'answered_in_time':
      return check.channel === 'complaints' ? 'complaints' : 'information-requests'
  }
}
