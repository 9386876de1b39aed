import { z } from 'zod'
import { t, type Text } from './text.ts'

/**
 * A closed list of values with their labels; `schema()` is the zod enum carrying the labels. Values are
 * identifiers (letters, digits, `_`): GraphQL enums can hold nothing else, and the API must return the
 * very values the standard defines.
 */
export const vocabulary = <const K extends string>(labels: Record<K, Text>) => {
  const values = Object.keys(labels) as [K, ...K[]]
  return { values, labels, schema: () => z.enum(values).meta({ options: labels }) }
}

/** Information categories of UU 14/2008 (Keterbukaan Informasi Publik). */
export const INFORMATION_CATEGORY = vocabulary({
  berkala: t('Berkala (Ps. 9)', 'Periodic (Art. 9)'),
  serta_merta: t('Serta merta (Ps. 10)', 'Immediate (Art. 10)'),
  setiap_saat: t('Setiap saat (Ps. 11)', 'Available at any time (Art. 11)'),
  dikecualikan: t('Dikecualikan (Ps. 17)', 'Exempted (Art. 17)'),
})
export type InformationCategory = (typeof INFORMATION_CATEGORY.values)[number]

/** How long information of each category stays fresh, in days (null: no periodic deadline). */
export const CATEGORY_FRESHNESS_DAYS: Record<InformationCategory, number | null> = {
  berkala: 183,
  serta_merta: 0,
  setiap_saat: null,
  dikecualikan: null,
}

export const OPD_KIND = vocabulary({
  sekretariat: t('Sekretariat', 'Secretariat'),
  dinas: t('Dinas', 'Agency (dinas)'),
  badan: t('Badan', 'Board (badan)'),
  biro: t('Biro', 'Bureau (biro)'),
  inspektorat: t('Inspektorat', 'Inspectorate'),
  satuan: t('Satuan', 'Unit (satuan)'),
  rumah_sakit: t('Rumah Sakit', 'Hospital'),
})

/** Planning documents (UU 25/2004, Permendagri 86/2017). */
export const PLAN_TYPE = vocabulary({
  rpjpd: t('RPJPD (20 tahun)', 'RPJPD (20-year plan)'),
  rpjmd: t('RPJMD (5 tahun)', 'RPJMD (5-year plan)'),
  rkpd: t('RKPD (tahunan)', 'RKPD (annual plan)'),
  renstra: t('Renstra PD (5 tahun)', 'Renstra PD (5-year OPD plan)'),
  renja: t('Renja PD (tahunan)', 'Renja PD (annual OPD plan)'),
  lkjip: t('LKjIP', 'LKjIP (performance report)'),
  iku: t('IKU', 'IKU (key performance indicators)'),
  perjanjian_kinerja: t('Perjanjian Kinerja', 'Performance agreement'),
})
export type PlanType = (typeof PLAN_TYPE.values)[number]

export const INSTRUMENT_KIND = vocabulary({
  perda: t('Peraturan Daerah (Perda)', 'Regional regulation (Perda)'),
  pergub: t('Peraturan Gubernur (Pergub)', 'Governor regulation (Pergub)'),
  kepgub: t('Keputusan Gubernur', 'Governor decree'),
  keputusan_kepala_pd: t('Keputusan Kepala Perangkat Daerah', 'Decision of the OPD head'),
  laporan_kinerja: t('Laporan kinerja', 'Performance report'),
})

/** Level, length in years and legal instrument of each plan type; (unverified) marks facts not yet checked against an official text. */
export const PLAN_RULES: Record<PlanType, { level: 'province' | 'opd'; years: number; instrument: string; unverified?: boolean }> = {
  rpjpd: { level: 'province', years: 20, instrument: 'perda' },
  rpjmd: { level: 'province', years: 5, instrument: 'perda' },
  rkpd: { level: 'province', years: 1, instrument: 'pergub' },
  renstra: { level: 'opd', years: 5, instrument: 'keputusan_kepala_pd', unverified: true },
  renja: { level: 'opd', years: 1, instrument: 'keputusan_kepala_pd' },
  lkjip: { level: 'opd', years: 1, instrument: 'laporan_kinerja' },
  iku: { level: 'opd', years: 1, instrument: 'laporan_kinerja' },
  perjanjian_kinerja: { level: 'opd', years: 1, instrument: 'laporan_kinerja' },
}

export const PLAN_STATUS = vocabulary({
  draft: t('Rancangan', 'Draft'),
  enacted: t('Ditetapkan', 'Enacted'),
  revoked: t('Dicabut', 'Revoked'),
})

export const PROGRAMME_LEVEL = vocabulary({
  programme: t('Program', 'Programme'),
  activity: t('Kegiatan', 'Activity'),
  sub_activity: t('Sub kegiatan', 'Sub-activity'),
})

export const FUNDING_SOURCE = vocabulary({
  pad: t('Pendapatan Asli Daerah (PAD)', 'Own-source revenue (PAD)'),
  dau: t('Dana Alokasi Umum (DAU)', 'General allocation fund (DAU)'),
  dak: t('Dana Alokasi Khusus (DAK)', 'Special allocation fund (DAK)'),
  dbh: t('Dana Bagi Hasil (DBH)', 'Revenue-sharing fund (DBH)'),
  blud: t('Pendapatan BLUD', 'Public service agency revenue (BLUD)'),
  lainnya: t('Lain-lain pendapatan yang sah', 'Other lawful revenue'),
})

/** Spending classes of the regional budget (PP 12/2019). */
export const SPENDING_CLASS = vocabulary({
  operasi: t('Belanja operasi', 'Operating spending'),
  modal: t('Belanja modal', 'Capital spending'),
  tidak_terduga: t('Belanja tidak terduga', 'Unexpected spending'),
  transfer: t('Belanja transfer', 'Transfer spending'),
})

export const SERVICE_KIND = vocabulary({
  internal: t('Layanan OPD provinsi', 'Provincial OPD service'),
  external: t('Layanan instansi vertikal', 'Vertical agency service'),
})

export const SERVICE_CATEGORY = vocabulary({
  kependudukan: t('Kependudukan dan identitas', 'Civil registry and identity'),
  perizinan: t('Perizinan dan investasi', 'Permits and investment'),
  kesehatan: t('Kesehatan', 'Health'),
  pendidikan: t('Pendidikan', 'Education'),
  sosial: t('Sosial', 'Social welfare'),
  pajak: t('Pajak dan retribusi', 'Taxes and levies'),
  pertanahan: t('Pertanahan', 'Land'),
  transportasi: t('Transportasi', 'Transport'),
  informasi: t('Informasi publik', 'Public information'),
  ketenagakerjaan: t('Ketenagakerjaan', 'Employment'),
  lainnya: t('Lainnya', 'Other'),
})

/** The 14 components of a public service standard (UU 25/2009 Ps. 21, Permenpan RB 15/2014). */
export const SERVICE_COMPONENTS = {
  requirements: { group: 'delivery', label: t('Persyaratan', 'Requirements') },
  procedure: { group: 'delivery', label: t('Sistem, mekanisme dan prosedur', 'System, mechanism and procedure') },
  completionTime: { group: 'delivery', label: t('Jangka waktu penyelesaian', 'Completion time') },
  cost: { group: 'delivery', label: t('Biaya/tarif', 'Cost/tariff') },
  product: { group: 'delivery', label: t('Produk pelayanan', 'Service product') },
  complaints: { group: 'delivery', label: t('Penanganan pengaduan, saran dan masukan', 'Complaints, suggestions and feedback') },
  legalBasis: { group: 'management', label: t('Dasar hukum', 'Legal basis') },
  facilities: { group: 'management', label: t('Sarana, prasarana dan/atau fasilitas', 'Facilities') },
  competence: { group: 'management', label: t('Kompetensi pelaksana', 'Staff competence') },
  supervision: { group: 'management', label: t('Pengawasan internal', 'Internal supervision') },
  staffCount: { group: 'management', label: t('Jumlah pelaksana', 'Number of staff') },
  guarantee: { group: 'management', label: t('Jaminan pelayanan', 'Service guarantee') },
  security: { group: 'management', label: t('Jaminan keamanan dan keselamatan pelayanan', 'Security and safety guarantee') },
  evaluation: { group: 'management', label: t('Evaluasi kinerja pelaksana', 'Staff performance evaluation') },
} as const satisfies Record<string, { group: 'delivery' | 'management'; label: Text }>
export type ServiceComponent = keyof typeof SERVICE_COMPONENTS

/** The nine elements of the citizen satisfaction survey, SKM (Permenpan RB 14/2017). */
export const SKM_ELEMENTS = {
  u1: t('Persyaratan', 'Requirements'),
  u2: t('Sistem, mekanisme dan prosedur', 'Procedure'),
  u3: t('Waktu penyelesaian', 'Completion time'),
  u4: t('Biaya/tarif', 'Cost'),
  u5: t('Produk spesifikasi jenis pelayanan', 'Product'),
  u6: t('Kompetensi pelaksana', 'Staff competence'),
  u7: t('Perilaku pelaksana', 'Staff behaviour'),
  u8: t('Penanganan pengaduan, saran dan masukan', 'Complaint handling'),
  u9: t('Sarana dan prasarana', 'Facilities'),
} as const satisfies Record<string, Text>
export type SkmElement = keyof typeof SKM_ELEMENTS

export const AGENCY_KIND = vocabulary({
  imigrasi: t('Kantor Imigrasi', 'Immigration office'),
  kepolisian: t('Kepolisian (Samsat)', 'Police (vehicle registration)'),
  pertanahan: t('Kantor Pertanahan (BPN)', 'Land office (BPN)'),
  bpjs: t('BPJS', 'Social security (BPJS)'),
  pajak: t('Kantor Pajak', 'Tax office'),
  lainnya: t('Instansi vertikal lainnya', 'Other vertical agency'),
})

export const LEGAL_KIND = vocabulary({
  perda: t('Peraturan Daerah', 'Regional regulation'),
  pergub: t('Peraturan Gubernur', 'Governor regulation'),
  kepgub: t('Keputusan Gubernur', 'Governor decree'),
  sk: t('Surat Keputusan', 'Decree (SK)'),
  se: t('Surat Edaran', 'Circular'),
})

export const LEGAL_STATUS = vocabulary({
  berlaku: t('Berlaku', 'In force'),
  dicabut: t('Dicabut', 'Revoked'),
  diubah: t('Diubah', 'Amended'),
})

export const UPDATE_FREQUENCY = vocabulary({
  harian: t('Harian', 'Daily'),
  bulanan: t('Bulanan', 'Monthly'),
  triwulanan: t('Triwulanan', 'Quarterly'),
  semesteran: t('Semesteran', 'Half-yearly'),
  tahunan: t('Tahunan', 'Yearly'),
})

export const LICENCE = vocabulary({
  cc_by_4_0: t('CC BY 4.0', 'CC BY 4.0'),
  cc0_1_0: t('CC0 1.0 (domain publik)', 'CC0 1.0 (public domain)'),
  odbl_1_0: t('ODbL 1.0', 'ODbL 1.0'),
})

export const NEWS_KIND = vocabulary({
  berita: t('Berita', 'News'),
  pengumuman: t('Pengumuman', 'Announcement'),
})

export const COMPLAINT_STATUS = vocabulary({
  received: t('Diterima', 'Received'),
  in_progress: t('Ditindaklanjuti', 'In progress'),
  answered: t('Dijawab', 'Answered'),
  closed: t('Selesai', 'Closed'),
})

export const DATA_FORMAT = vocabulary({
  csv: t('CSV', 'CSV'),
  json: t('JSON', 'JSON'),
})
