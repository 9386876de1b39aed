/** Content of the example OPD, Dinas Kesehatan Provinsi Banten (figures are illustrative). */
import type { BudgetRow, NewsSummary, ProgrammeNode, Published, ServiceSummary } from '../props.ts'
import type { opdProfiles, programmes, services } from '../../schemas/index.ts'
import { DOCS } from './docs.ts'

type Service = Published<typeof services>
type Programme = Published<typeof programmes>

export const profile: Published<typeof opdProfiles> = {
  ...DOCS.profile.full,
  id: 21,
  opd: 5,
  address: 'Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Jl. Syech Nawawi Al Bantani, Palima, Curug, Kota Serang 42171',
  phone: '(0254) 267050',
  email: 'dinkes@contoh.bantenprov.go.id',
  duties:
    'Membantu Gubernur melaksanakan urusan pemerintahan bidang kesehatan yang menjadi kewenangan daerah provinsi dan tugas pembantuan yang ditugaskan kepada daerah provinsi.',
  head: {
    name: 'Contoh: Nama Kepala Dinas (fiktif)',
    position: 'Kepala Dinas Kesehatan Provinsi Banten',
    photo: 43,
    lhkpnUrl: 'https://elhkpn.kpk.go.id/portal/user/pengumuman_lhkpn/contoh-dinkes',
  },
  subUnits: [
    { name: 'UPTD Laboratorium Kesehatan Daerah', address: 'Jl. Raya Serang-Pandeglang Km. 4, Kota Serang' },
    { name: 'UPTD Pelatihan Kesehatan' },
  ],
  affairs: [{ code: '1.02' }],
  serviceHours: 'Senin-Kamis 07.30-16.00, Jumat 07.30-16.30',
  ppid: {
    contact: 'Meja Layanan PPID Dinas Kesehatan, Gedung Dinkes lantai 1 KP3B; telepon (0254) 267050; email ppid.dinkes@contoh.bantenprov.go.id',
    requestProcedure: DOCS.profile.full.ppid.requestProcedure,
    objectionProcedure: DOCS.profile.full.ppid.objectionProcedure,
    disputeProcedure: DOCS.profile.full.ppid.disputeProcedure,
    requestFormUrl: 'https://dinkes.contoh.bantenprov.go.id/ppid/formulir-permohonan',
  },
  ownerUnit: 'Sekretariat - Subbagian Umum dan Kepegawaian',
  lastReviewedAt: '2026-02-03',
}

const base = DOCS.service.information

export const doctorPermit: Service = {
  ...base,
  id: 31,
  opd: 5,
  name: 'Penerbitan Izin Praktik Dokter',
  slug: 'izin-praktik-dokter',
  category: 'kesehatan',
  summary: 'Penerbitan surat izin praktik bagi dokter dan dokter spesialis yang berpraktik di rumah sakit milik Pemerintah Provinsi Banten.',
  components: {
    requirements:
      'Surat Tanda Registrasi (STR) yang masih berlaku\nSurat keterangan sehat dari dokter yang memiliki izin praktik\nSurat pernyataan tempat praktik\nRekomendasi organisasi profesi\nPas foto berwarna ukuran 4x6 cm',
    procedure:
      'Pemohon mengajukan berkas melalui aplikasi perizinan daring atau loket; petugas memverifikasi berkas; tim teknis melakukan peninjauan; Kepala Dinas menandatangani izin; izin elektronik dikirim kepada pemohon.',
    completionTime: '5 hari kerja sejak berkas dinyatakan lengkap dan benar',
    cost: { amount: 0, basis: 'Tidak dipungut biaya' },
    product: 'Surat Izin Praktik (SIP) dokter dalam bentuk dokumen elektronik bertanda tangan elektronik',
    complaints: 'Kotak saran di loket pelayanan, email pengaduan Dinas Kesehatan, dan SP4N-LAPOR!; jawaban paling lambat 14 hari kerja.',
    legalBasis: 'UU 17/2023 tentang Kesehatan; PP 28/2024 tentang Peraturan Pelaksanaan UU Kesehatan; Pergub Banten tentang Pelimpahan Kewenangan Perizinan (contoh)',
    facilities: 'Loket pelayanan, ruang tunggu, komputer layanan mandiri, toilet dan jalur kursi roda',
    competence: 'Memahami regulasi perizinan tenaga medis; mampu mengoperasikan aplikasi perizinan; berkomunikasi dengan santun',
    supervision: 'Kepala Bidang Sumber Daya Kesehatan dan Inspektorat Provinsi Banten',
    staffCount: 4,
    guarantee: 'Izin terbit dalam 5 hari kerja tanpa biaya bila berkas lengkap',
    security: 'Data pemohon dilindungi sesuai UU 27/2022; dokumen ditandatangani secara elektronik dan dapat diverifikasi',
    evaluation: 'Evaluasi triwulanan atas waktu penyelesaian dan hasil SKM',
  },
  pledge:
    'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.',
  onlineUrl: 'https://perizinan.contoh.bantenprov.go.id',
  location: 'Loket Pelayanan Perizinan, Gedung Dinas Kesehatan, KP3B, Kota Serang',
  ownerUnit: 'Bidang Sumber Daya Kesehatan',
  lastReviewedAt: '2026-01-22',
}

export const labTest: Service = {
  ...doctorPermit,
  id: 32,
  name: 'Pemeriksaan Kualitas Air Minum di Laboratorium Kesehatan Daerah',
  slug: 'pemeriksaan-kualitas-air-minum',
  summary: 'Pemeriksaan parameter fisika, kimia dan mikrobiologi sampel air minum untuk masyarakat, depot air minum dan badan usaha.',
  components: {
    ...doctorPermit.components,
    requirements: 'Formulir permintaan pemeriksaan; sampel air minimal 2 liter dalam wadah steril dari Labkesda; identitas pemohon',
    procedure: 'Pemohon mengambil wadah steril, menyerahkan sampel ke loket, membayar retribusi, laboratorium memeriksa sampel, hasil diserahkan kepada pemohon.',
    completionTime: '7 hari kerja sejak sampel diterima',
    cost: { amount: 185_000, basis: 'Retribusi pelayanan laboratorium sesuai Perda Provinsi Banten tentang Pajak Daerah dan Retribusi Daerah (contoh), per sampel' },
    product: 'Laporan hasil uji laboratorium',
    staffCount: 9,
  },
  location: 'UPTD Laboratorium Kesehatan Daerah, Jl. Raya Serang-Pandeglang Km. 4, Kota Serang',
  ownerUnit: 'UPTD Laboratorium Kesehatan Daerah',
}
delete labTest.onlineUrl

export const serviceSummaries: ServiceSummary[] = [
  { name: doctorPermit.name, summary: doctorPermit.summary, category: 'kesehatan', href: '/dinkes/layanan/izin-praktik-dokter/', provider: 'Dinas Kesehatan', providerKey: 'dinkes', online: true },
  { name: labTest.name, summary: labTest.summary, category: 'kesehatan', href: '/dinkes/layanan/pemeriksaan-kualitas-air-minum/', provider: 'Dinas Kesehatan', providerKey: 'dinkes', online: false },
]

export const newsSummaries: NewsSummary[] = [
  {
    title: 'Dinas Kesehatan Gelar Pekan Imunisasi di Delapan Kabupaten/Kota',
    date: '2026-03-10',
    summary: 'Pekan imunisasi menyasar bayi dan balita yang belum mendapat imunisasi dasar lengkap di seluruh kabupaten/kota di Banten.',
    kind: 'berita',
    href: '/dinkes/berita/pekan-imunisasi-2026/',
  },
  {
    title: 'Pengumuman Jadwal Pelayanan Izin Praktik Selama Cuti Bersama',
    date: '2026-03-02',
    summary: 'Loket pelayanan izin praktik tutup pada cuti bersama; permohonan daring tetap diterima dan diproses pada hari kerja berikutnya.',
    kind: 'pengumuman',
    href: '/dinkes/berita/jadwal-pelayanan-cuti-bersama/',
  },
]

const programme = (doc: Omit<Programme, 'opd' | 'ownerUnit' | 'lastReviewedAt' | 'fundingSource' | 'personInCharge'> & Partial<Programme>): Programme => ({
  opd: 5,
  personInCharge: 'Kepala Bidang Pelayanan Kesehatan',
  fundingSource: 'pad',
  ownerUnit: 'Sekretariat - Subbagian Program dan Keuangan',
  lastReviewedAt: '2026-01-20',
  ...doc,
})

const p1 = programme({
  id: 101,
  level: 'programme',
  code: '1.02.02',
  name: 'Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat',
  year: 2026,
  target: 7,
  indicators: [{ name: 'Persentase fasilitas pelayanan kesehatan yang terakreditasi', unit: 'persen', year: 2026, target: 90 }],
  ceiling: 48_650_000_000,
})
const a1 = programme({
  id: 102,
  level: 'activity',
  code: '1.02.02.1.01',
  name: 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Provinsi',
  year: 2026,
  parent: 101,
  indicators: [{ name: 'Jumlah fasilitas pelayanan kesehatan yang ditingkatkan sarananya', unit: 'unit', year: 2026, target: 12 }],
  ceiling: 31_200_000_000,
})
const s1 = programme({
  id: 103,
  level: 'sub_activity',
  code: '1.02.02.1.01.0009',
  name: 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan',
  year: 2026,
  parent: 102,
  indicators: [
    { name: 'Jumlah alat kesehatan yang diadakan', unit: 'unit', year: 2025, target: 140, realised: 146 },
    { name: 'Jumlah alat kesehatan yang diadakan', unit: 'unit', year: 2026, target: 160 },
  ],
  schedule: 'Maret-November',
  ceiling: 24_750_000_000,
  fundingSource: 'dak',
})
const s2 = programme({
  id: 104,
  level: 'sub_activity',
  code: '1.02.02.1.01.0020',
  name: 'Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa (ODMK)',
  year: 2026,
  parent: 102,
  indicators: [{ name: 'Persentase ODMK yang mendapat pelayanan kesehatan sesuai standar', unit: 'persen', year: 2026, target: 100 }],
  ceiling: 6_450_000_000,
})

export const programmeTree: ProgrammeNode[] = [
  {
    programme: p1,
    href: '/dinkes/program/2026/1.02.02/',
    children: [
      {
        programme: a1,
        href: '/dinkes/program/2026/1.02.02.1.01/',
        children: [
          { programme: s1, href: '/dinkes/program/2026/1.02.02.1.01.0009/', children: [] },
          { programme: s2, href: '/dinkes/program/2026/1.02.02.1.01.0020/', children: [] },
        ],
      },
    ],
  },
]

export const budgetRows: BudgetRow[] = [
  {
    code: '1.02.01.1.02.0001',
    name: 'Pelaksanaan Administrasi Keuangan Perangkat Daerah',
    href: '/dinkes/program/2025/1.02.01.1.02.0001/',
    originalCeiling: 1_845_250_000,
    revisedCeiling: 1_790_000_000,
    realisation: 1_752_318_411,
    physicalPercent: 100,
  },
  {
    code: '1.02.02.1.01.0009',
    name: 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan',
    href: '/dinkes/program/2025/1.02.02.1.01.0009/',
    originalCeiling: 24_750_000_000,
    revisedCeiling: 23_900_000_000,
    realisation: 24_161_875_250,
    physicalPercent: 100,
    explanation: 'Realisasi melebihi pagu perubahan karena pembayaran adendum kontrak alat kesehatan; koreksi sedang diproses bersama BPKAD.',
  },
  {
    code: '1.02.02.1.01.0020',
    name: 'Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa (ODMK)',
    originalCeiling: 6_450_000_000,
    revisedCeiling: 6_450_000_000,
    realisation: 5_311_004_333,
    physicalPercent: 87.5,
  },
  {
    code: '1.02.02.1.02.0017',
    name: 'Pengelolaan Surveilans Kesehatan',
    originalCeiling: 2_375_500_000,
    revisedCeiling: 2_410_500_000,
    realisation: 2_198_462_007,
    physicalPercent: 95,
  },
  {
    code: '1.02.05.1.01.0003',
    name: 'Penanggulangan Krisis Kesehatan Akibat Bencana',
    originalCeiling: 0,
    revisedCeiling: 350_000_000,
    realisation: 312_740_000,
    physicalPercent: 100,
    explanation: 'Pagu baru pada APBD Perubahan untuk penanganan kesehatan korban banjir.',
  },
  {
    code: '1.02.05.1.01.0004',
    name: 'Cadangan Penanganan Kejadian Luar Biasa',
    originalCeiling: 0,
    revisedCeiling: 0,
    realisation: 0,
  },
]
