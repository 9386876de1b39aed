import { PLAN_RULES, slugify, type PlanType } from '../../schemas/index.ts'
import { MARKERS } from './markers.ts'
import { file, ref, type DemoProvince, type SeedDoc, type SeedUser } from './types.ts'

/**
 * The demo province: Banten's OPDs (STANDARD.md section 5) with plausible SAMPLE content. Every person is
 * fictional, every contact is a sample address, and texts say "(data contoh)". Dates are relative to
 * the seeding day so that the demo stays current.
 *
 * Deliberately incomplete or stale, so that compliance reports have something to find:
 * - badan-penghubung: no profile, programmes, budget or plans at all;
 * - biro-organisasi: profile last reviewed 400 days ago (stale after 183);
 * - dispar: budget realisation older than a quarter;
 * - distan: no Renja for the current year;
 * - desdm: serves the public but lists no service;
 * - dkp: no annual PPID service report;
 * - rsud-malingping: stale profile and no SKM survey.
 */

interface OpdRow {
  slug: string
  name: string
  acronym: string
  kind: 'sekretariat' | 'dinas' | 'badan' | 'biro' | 'inspektorat' | 'satuan' | 'rumah_sakit'
  /** Permendagri 90 government-affairs codes, first one used for the programme tree. */
  affairs: string[]
  /** Subject of the OPD's main programme, e.g. "Informasi dan Komunikasi Publik". */
  topic: string
  services?: [name: string, category: string][]
}

const OPDS: OpdRow[] = [
  { slug: 'setda', name: 'Sekretariat Daerah', acronym: 'Setda', kind: 'sekretariat', affairs: ['4.01'], topic: 'Pemerintahan dan Kesejahteraan Rakyat' },
  { slug: 'setwan', name: 'Sekretariat DPRD', acronym: 'Setwan', kind: 'sekretariat', affairs: ['4.02'], topic: 'Dukungan Pelaksanaan Tugas dan Fungsi DPRD' },
  { slug: 'inspektorat', name: 'Inspektorat', acronym: 'Inspektorat', kind: 'inspektorat', affairs: ['6.01'], topic: 'Penyelenggaraan Pengawasan' },
  { slug: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah', acronym: 'Bappeda', kind: 'badan', affairs: ['5.01'], topic: 'Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah' },
  { slug: 'bapenda', name: 'Badan Pendapatan Daerah', acronym: 'Bapenda', kind: 'badan', affairs: ['5.02'], topic: 'Pengelolaan Pendapatan Daerah', services: [['Keberatan dan pengurangan pajak daerah', 'pajak']] },
  { slug: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', acronym: 'BPKAD', kind: 'badan', affairs: ['5.02'], topic: 'Pengelolaan Keuangan Daerah' },
  { slug: 'bkd', name: 'Badan Kepegawaian Daerah', acronym: 'BKD', kind: 'badan', affairs: ['5.03'], topic: 'Kepegawaian Daerah' },
  { slug: 'bpsdmd', name: 'Badan Pengembangan Sumber Daya Manusia Daerah', acronym: 'BPSDMD', kind: 'badan', affairs: ['5.04'], topic: 'Pengembangan Sumber Daya Manusia' },
  { slug: 'kesbangpol', name: 'Badan Kesatuan Bangsa dan Politik', acronym: 'Kesbangpol', kind: 'badan', affairs: ['8.01'], topic: 'Penguatan Ideologi Pancasila dan Karakter Kebangsaan', services: [['Surat keterangan terdaftar organisasi kemasyarakatan', 'perizinan']] },
  { slug: 'bpbd', name: 'Badan Penanggulangan Bencana Daerah', acronym: 'BPBD', kind: 'badan', affairs: ['1.05'], topic: 'Penanggulangan Bencana', services: [['Layanan informasi dan pengaduan kebencanaan', 'informasi']] },
  { slug: 'badan-penghubung', name: 'Badan Penghubung Daerah', acronym: 'Banhub', kind: 'badan', affairs: ['4.01'], topic: 'Penghubung Daerah' },
  { slug: 'dindikbud', name: 'Dinas Pendidikan dan Kebudayaan', acronym: 'Dindikbud', kind: 'dinas', affairs: ['1.01', '2.22'], topic: 'Pengelolaan Pendidikan', services: [['Legalisasi ijazah SMA, SMK dan SLB', 'pendidikan'], ['Izin pendirian satuan pendidikan menengah', 'perizinan']] },
  { slug: 'dinkes', name: 'Dinas Kesehatan', acronym: 'Dinkes', kind: 'dinas', affairs: ['1.02'], topic: 'Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat', services: [['Rekomendasi izin operasional rumah sakit kelas B', 'kesehatan'], ['Layanan ambulans gawat darurat terpadu', 'kesehatan']] },
  { slug: 'dpupr', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', acronym: 'DPUPR', kind: 'dinas', affairs: ['1.03'], topic: 'Penyelenggaraan Jalan', services: [['Rekomendasi teknis pemanfaatan ruang milik jalan provinsi', 'perizinan']] },
  { slug: 'perkim', name: 'Dinas Perumahan dan Permukiman', acronym: 'Perkim', kind: 'dinas', affairs: ['1.04'], topic: 'Pengembangan Perumahan' },
  { slug: 'dinsos', name: 'Dinas Sosial', acronym: 'Dinsos', kind: 'dinas', affairs: ['1.06'], topic: 'Rehabilitasi Sosial', services: [['Rekomendasi bantuan sosial bagi penyandang disabilitas', 'sosial']] },
  { slug: 'disnakertrans', name: 'Dinas Tenaga Kerja dan Transmigrasi', acronym: 'Disnakertrans', kind: 'dinas', affairs: ['2.07', '3.32'], topic: 'Penempatan Tenaga Kerja', services: [['Pengesahan peraturan perusahaan', 'ketenagakerjaan']] },
  { slug: 'dp3akkb', name: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Kependudukan dan Keluarga Berencana', acronym: 'DP3AKKB', kind: 'dinas', affairs: ['2.08', '2.14'], topic: 'Perlindungan Perempuan dan Anak', services: [['Pendampingan korban kekerasan terhadap perempuan dan anak', 'sosial']] },
  { slug: 'dkp-pangan', name: 'Dinas Ketahanan Pangan', acronym: 'DKP Pangan', kind: 'dinas', affairs: ['2.09'], topic: 'Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat' },
  { slug: 'dlhk', name: 'Dinas Lingkungan Hidup dan Kehutanan', acronym: 'DLHK', kind: 'dinas', affairs: ['2.11', '3.28'], topic: 'Pengendalian Pencemaran dan Kerusakan Lingkungan Hidup', services: [['Penerbitan persetujuan lingkungan', 'perizinan']] },
  { slug: 'dpmd', name: 'Dinas Pemberdayaan Masyarakat dan Desa', acronym: 'DPMD', kind: 'dinas', affairs: ['2.13'], topic: 'Pemberdayaan Lembaga Kemasyarakatan dan Desa' },
  { slug: 'dishub', name: 'Dinas Perhubungan', acronym: 'Dishub', kind: 'dinas', affairs: ['2.15'], topic: 'Penyelenggaraan Lalu Lintas dan Angkutan Jalan', services: [['Izin trayek angkutan antarkota dalam provinsi', 'transportasi']] },
  { slug: 'diskominfo', name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian', acronym: 'Diskominfo', kind: 'dinas', affairs: ['2.16', '2.20', '2.21'], topic: 'Informasi dan Komunikasi Publik', services: [['Permohonan informasi publik', 'informasi'], ['Permohonan subdomain dan surel dinas', 'informasi']] },
  { slug: 'diskumkm', name: 'Dinas Koperasi dan Usaha Kecil Menengah', acronym: 'Diskumkm', kind: 'dinas', affairs: ['2.17'], topic: 'Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro', services: [['Pendampingan izin usaha koperasi', 'perizinan']] },
  { slug: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', acronym: 'DPMPTSP', kind: 'dinas', affairs: ['2.18'], topic: 'Pelayanan Penanaman Modal', services: [['Perizinan berusaha berbasis risiko', 'perizinan'], ['Konsultasi investasi', 'perizinan']] },
  { slug: 'dispora', name: 'Dinas Kepemudaan dan Olahraga', acronym: 'Dispora', kind: 'dinas', affairs: ['2.19'], topic: 'Pengembangan Kapasitas Daya Saing Kepemudaan', services: [['Peminjaman fasilitas olahraga provinsi', 'lainnya']] },
  { slug: 'dispusip', name: 'Dinas Perpustakaan dan Kearsipan', acronym: 'Dispusip', kind: 'dinas', affairs: ['2.23', '2.24'], topic: 'Pembinaan Perpustakaan', services: [['Keanggotaan dan layanan baca perpustakaan daerah', 'pendidikan']] },
  { slug: 'dkp', name: 'Dinas Kelautan dan Perikanan', acronym: 'DKP', kind: 'dinas', affairs: ['3.25'], topic: 'Pengelolaan Perikanan Tangkap', services: [['Surat izin penangkapan ikan untuk kapal hingga 30 GT', 'perizinan']] },
  { slug: 'dispar', name: 'Dinas Pariwisata', acronym: 'Dispar', kind: 'dinas', affairs: ['3.26'], topic: 'Peningkatan Daya Tarik Destinasi Pariwisata', services: [['Pendaftaran usaha pariwisata', 'perizinan']] },
  { slug: 'distan', name: 'Dinas Pertanian', acronym: 'Distan', kind: 'dinas', affairs: ['3.27'], topic: 'Penyediaan dan Pengembangan Sarana Pertanian', services: [['Rekomendasi izin usaha perbenihan', 'perizinan']] },
  { slug: 'desdm', name: 'Dinas Energi dan Sumber Daya Mineral', acronym: 'ESDM', kind: 'dinas', affairs: ['3.29'], topic: 'Pengelolaan Energi Terbarukan', services: [] },
  { slug: 'disperindag', name: 'Dinas Perindustrian dan Perdagangan', acronym: 'Disperindag', kind: 'dinas', affairs: ['3.30', '3.31'], topic: 'Stabilisasi Harga Barang Kebutuhan Pokok', services: [['Tera dan tera ulang alat ukur', 'perizinan']] },
  { slug: 'satpol-pp', name: 'Satuan Polisi Pamong Praja', acronym: 'Satpol PP', kind: 'satuan', affairs: ['1.05'], topic: 'Peningkatan Ketenteraman dan Ketertiban Umum', services: [['Pengaduan gangguan ketertiban umum', 'lainnya']] },
  { slug: 'biro-pemerintahan', name: 'Biro Pemerintahan', acronym: 'Biro Pem', kind: 'biro', affairs: ['4.01'], topic: 'Fasilitasi Penyelenggaraan Pemerintahan' },
  { slug: 'biro-hukum', name: 'Biro Hukum', acronym: 'Biro Hukum', kind: 'biro', affairs: ['4.01'], topic: 'Fasilitasi Penyusunan Produk Hukum Daerah' },
  { slug: 'biro-kesra', name: 'Biro Kesejahteraan Rakyat', acronym: 'Biro Kesra', kind: 'biro', affairs: ['4.01'], topic: 'Fasilitasi Kesejahteraan Rakyat' },
  { slug: 'biro-perekonomian', name: 'Biro Perekonomian', acronym: 'Biro Ekon', kind: 'biro', affairs: ['4.01'], topic: 'Fasilitasi Kebijakan Perekonomian' },
  { slug: 'biro-adpem', name: 'Biro Administrasi Pembangunan', acronym: 'Biro Adpem', kind: 'biro', affairs: ['4.01'], topic: 'Pengendalian Administrasi Pembangunan' },
  { slug: 'biro-organisasi', name: 'Biro Organisasi', acronym: 'Biro Org', kind: 'biro', affairs: ['4.01'], topic: 'Penataan Kelembagaan dan Reformasi Birokrasi' },
  { slug: 'biro-umum', name: 'Biro Umum', acronym: 'Biro Umum', kind: 'biro', affairs: ['4.01'], topic: 'Pelayanan Administrasi Umum' },
  { slug: 'rsud-banten', name: 'RSUD Banten', acronym: 'RSUD Banten', kind: 'rumah_sakit', affairs: ['1.02'], topic: 'Pelayanan Kesehatan Rujukan', services: [['Rawat jalan poliklinik spesialis', 'kesehatan'], ['Instalasi gawat darurat 24 jam', 'kesehatan']] },
  { slug: 'rsud-malingping', name: 'RSUD Malingping', acronym: 'RSUD Malingping', kind: 'rumah_sakit', affairs: ['1.02'], topic: 'Pelayanan Kesehatan Rujukan Wilayah Selatan', services: [['Rawat jalan poliklinik', 'kesehatan']] },
]

/** What is deliberately missing, by OPD slug (see the file comment). */
const GAPS = {
  noContent: ['badan-penghubung'],
  staleProfile: ['biro-organisasi', 'rsud-malingping'],
  staleBudget: ['dispar'],
  noRenja: ['distan'],
  noPpidReport: ['dkp'],
  noSkm: ['rsud-malingping'],
}

/** OPDs that keep exempted (dikecualikan) PPID entries, with what and why. */
const EXEMPTED: Record<string, [title: string, reason: string]> = {
  diskominfo: ['Kunci dan konfigurasi persandian jaringan intra pemerintah', 'UU 14/2008 Ps. 17 huruf c: membahayakan pertahanan dan keamanan'],
  bapenda: ['Data rinci wajib pajak kendaraan bermotor', 'UU 14/2008 Ps. 17 huruf h: rahasia pribadi'],
  bkd: ['Berkas pemeriksaan disiplin pegawai', 'UU 14/2008 Ps. 17 huruf h: rahasia pribadi'],
  inspektorat: ['Kertas kerja pemeriksaan yang sedang berjalan', 'UU 14/2008 Ps. 17 huruf a: menghambat proses penegakan hukum'],
  'rsud-banten': ['Rekam medis pasien', 'UU 14/2008 Ps. 17 huruf h angka 2: riwayat kesehatan pribadi'],
}

const DAY = 24 * 60 * 60 * 1000
const iso = (date: Date) => date.toISOString().slice(0, 10)

/** A small deterministic number from a string, to vary amounts without randomness. */
const spread = (text: string, modulo: number) => [...text].reduce((h, c) => (h * 33 + c.charCodeAt(0)) % 104729, 5381) % modulo

/** Lexical rich text with one paragraph per string, as Payload stores it. */
const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})

const indicator = (name: string, unit: string, year: number, target: number, realised?: number) => ({ name, unit, year, target, ...(realised === undefined ? {} : { realised }) })

const SERVICE_TEXT = (service: string, opd: OpdRow) => ({
  requirements: `1. Surat permohonan kepada Kepala ${opd.name}.\n2. Fotokopi KTP pemohon.\n3. Dokumen pendukung sesuai jenis layanan ${service.toLowerCase()}. (data contoh)`,
  procedure: '1. Pemohon mengajukan berkas di loket atau secara daring.\n2. Petugas memeriksa kelengkapan.\n3. Berkas diproses dan diverifikasi.\n4. Produk layanan diserahkan kepada pemohon.',
  completionTime: `${3 + spread(service, 12)} hari kerja sejak berkas lengkap`,
  cost: { amount: 0, basis: 'Tidak dipungut biaya' },
  product: `Dokumen hasil layanan ${service.toLowerCase()}`,
  complaints: 'Pengaduan melalui SP4N-LAPOR!, kotak saran di loket, surel PPID, atau telepon kantor pada jam layanan.',
  legalBasis: 'UU 25/2009 tentang Pelayanan Publik; Permenpan RB 15/2014 tentang Pedoman Standar Pelayanan; Pergub Banten tentang standar pelayanan (contoh).',
  facilities: 'Ruang tunggu, loket layanan, toilet, jalur dan kursi roda bagi penyandang disabilitas, pojok laktasi.',
  competence: 'Pelaksana memahami peraturan layanan, mampu mengoperasikan aplikasi layanan, dan berkomunikasi dengan santun.',
  supervision: `Pengawasan melekat oleh atasan langsung dan Sekretaris ${opd.acronym}, serta pengawasan fungsional Inspektorat.`,
  staffCount: 2 + spread(service, 6),
  guarantee: 'Layanan diberikan sesuai standar; bila waktu penyelesaian terlampaui, pemohon mendapat penjelasan tertulis.',
  security: 'Data pemohon dijaga kerahasiaannya; ruang layanan dilengkapi alat pemadam api ringan dan jalur evakuasi.',
  evaluation: 'Evaluasi kinerja pelaksana setiap triwulan dan survei kepuasan masyarakat setiap semester.',
})

export const demoProvince = (today: Date): DemoProvince => {
  const year = today.getUTCFullYear()
  const daysAgo = (n: number) => iso(new Date(today.getTime() - n * DAY))
  const daysAhead = (n: number) => iso(new Date(today.getTime() + n * DAY))
  // End of the last completed month of the current year; in January, the 15th (the first position date).
  const positionDate = today.getUTCMonth() === 0 ? `${year}-01-15` : iso(new Date(Date.UTC(year, today.getUTCMonth(), 0)))
  const monthsElapsed = Math.max(1, today.getUTCMonth())
  const recent = (slug: string) => daysAgo(10 + spread(slug, 60))

  const c: Record<string, SeedDoc[]> = {}
  const add = (collection: string, doc: SeedDoc) => (c[collection] ??= []).push(doc)
  const published = (doc: Record<string, unknown>): SeedDoc => ({ ...doc, _status: 'published' })
  const draft = (doc: Record<string, unknown>): SeedDoc => ({ ...doc, _status: 'draft' })

  for (const opd of OPDS) {
    add('opds', published({ _key: opd.slug, name: opd.name, acronym: opd.acronym, slug: opd.slug, kind: opd.kind, servesPublic: opd.services !== undefined }))
  }

  add('agencies', published({ _key: 'imigrasi', name: 'Kantor Imigrasi Kelas I TPI Serang', kind: 'imigrasi', address: 'Jl. Jenderal Sudirman No. 1, Serang, Banten (data contoh)', phone: '(0254) 000101', website: 'https://serang.imigrasi.go.id', ownerUnit: 'Diskominfo - Bidang Layanan E-Government', lastReviewedAt: daysAgo(20) }))
  add('agencies', published({ _key: 'samsat', name: 'Samsat Provinsi Banten (Polda Banten, Bapenda, Jasa Raharja)', kind: 'kepolisian', address: 'Jl. Syekh Nawawi Al Bantani, Serang, Banten (data contoh)', phone: '(0254) 000102', website: 'https://samsat.bantenprov.go.id', ownerUnit: 'Diskominfo - Bidang Layanan E-Government', lastReviewedAt: daysAgo(20) }))
  add('agencies', published({ _key: 'bpn', name: 'Kantor Wilayah Badan Pertanahan Nasional Provinsi Banten', kind: 'pertanahan', address: 'Jl. Raya Pandeglang, Serang, Banten (data contoh)', phone: '(0254) 000103', website: 'https://www.atrbpn.go.id', ownerUnit: 'Diskominfo - Bidang Layanan E-Government', lastReviewedAt: daysAgo(20) }))

  add('visions', published({
    _key: 'rpjmd-2025',
    periodStart: 2025,
    periodEnd: 2029,
    vision: 'Banten Maju, Adil, Merata, dan Tidak Korupsi',
    missions: [
      'Mewujudkan tata kelola pemerintahan yang bersih, transparan dan melayani (rumusan contoh)',
      'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing (rumusan contoh)',
      'Memperkuat perekonomian daerah yang inklusif dan berkelanjutan (rumusan contoh)',
      'Membangun infrastruktur yang merata dan berwawasan lingkungan (rumusan contoh)',
      'Mewujudkan kehidupan masyarakat yang aman, tertib dan berbudaya (rumusan contoh)',
    ].map((text, i) => ({ number: i + 1, text })),
    ownerUnit: 'Bappeda - Bidang Perencanaan Makro',
    lastReviewedAt: daysAgo(30),
  }))

  const plan = (type: PlanType, title: string, start: number, opd?: string) => {
    const rule = PLAN_RULES[type]
    const end = rule.years === 20 ? start + 20 : start + rule.years - 1
    return published({
      ...(opd ? { opd: ref('opds', opd) } : {}),
      type,
      title,
      periodStart: start,
      periodEnd: end,
      instrumentKind: rule.instrument,
      number: `${1 + spread(title, 30)} Tahun ${start - (rule.years === 1 ? 1 : 0)}`,
      date: rule.years === 1 ? `${start - 1}-12-${15 + spread(title, 10)}` : `${start}-0${1 + spread(title, 6)}-1${spread(title, 9)}`,
      file: file('pdf', title, { opd }),
      status: 'enacted',
      ownerUnit: opd ? 'Sekretariat - Subbagian Perencanaan' : 'Bappeda - Bidang Perencanaan Makro',
      lastReviewedAt: daysAgo(25),
    })
  }
  add('planning-documents', plan('rpjpd', 'RPJPD Provinsi Banten 2025-2045', 2025))
  add('planning-documents', plan('rpjmd', 'RPJMD Provinsi Banten 2025-2029', 2025))
  add('planning-documents', plan('rkpd', `RKPD Provinsi Banten Tahun ${year}`, year))

  const users: SeedUser[] = [
    { email: `admin.${MARKERS.user}@demo.bantenprov.go.id`, password: 'demo-admin-2026!', name: 'Contoh Admin Kominfo', role: 'kominfo-admin', opds: [] },
    { email: `penelaah.${MARKERS.user}@demo.bantenprov.go.id`, password: 'demo-penelaah-2026!', name: 'Contoh Penelaah Kominfo', role: 'kominfo-reviewer', opds: [] },
    { email: `auditor.${MARKERS.user}@demo.bantenprov.go.id`, password: 'demo-auditor-2026!', name: 'Contoh Auditor', role: 'auditor', opds: [] },
    { email: `editor.diskominfo.${MARKERS.user}@demo.bantenprov.go.id`, password: 'demo-editor-2026!', name: 'Contoh Editor Diskominfo', role: 'opd-editor', opds: ['diskominfo'] },
    { email: `kepala.diskominfo.${MARKERS.user}@demo.bantenprov.go.id`, password: 'demo-kepala-2026!', name: 'Contoh Kepala Diskominfo', role: 'opd-head', opds: ['diskominfo'] },
    { email: `editor.dinkes.${MARKERS.user}@demo.bantenprov.go.id`, password: 'demo-editor-dinkes-2026!', name: 'Contoh Editor Dinkes', role: 'opd-editor', opds: ['dinkes'] },
  ]

  let ticket = 0
  OPDS.forEach((opd, index) => {
    if (GAPS.noContent.includes(opd.slug)) return
    const o = ref('opds', opd.slug)
    const owner = `${opd.acronym} - Sekretariat`
    const reviewed = GAPS.staleProfile.includes(opd.slug) ? daysAgo(400) : recent(opd.slug)
    const phone = `(0254) ${String(200100 + index).padStart(6, '0')}`
    const mail = `${opd.slug}@contoh.bantenprov.go.id`

    add('opd-profiles', published({
      opd: o,
      legalBasis: { title: 'Peraturan Daerah Provinsi Banten tentang Pembentukan dan Susunan Perangkat Daerah', number: '8 Tahun 2016', date: '2016-11-21' },
      address: `Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Jl. Syekh Nawawi Al Bantani, Curug, Kota Serang (data contoh, ${opd.acronym})`,
      phone,
      email: mail,
      duties: `${opd.name} melaksanakan urusan pemerintahan bidang ${opd.topic.toLowerCase()} yang menjadi kewenangan provinsi serta tugas pembantuan (data contoh).`,
      orgChart: file('png', `Struktur organisasi ${opd.acronym}`, { alt: `Bagan struktur organisasi ${opd.name}: kepala, sekretariat dan bidang-bidang`, opd: opd.slug }),
      head: { name: `Contoh Kepala ${opd.acronym} (fiktif)`, position: opd.kind === 'biro' ? 'Kepala Biro' : opd.kind === 'rumah_sakit' ? 'Direktur' : `Kepala ${opd.kind === 'dinas' ? 'Dinas' : opd.kind === 'badan' ? 'Badan' : opd.name}` },
      subUnits: opd.kind === 'dinas' ? [{ name: `UPTD ${opd.topic.split(' ').slice(0, 3).join(' ')} Wilayah I`, address: 'Kota Serang (data contoh)' }] : [],
      serviceHours: 'Senin-Kamis 07.30-16.00, Jumat 07.30-16.30',
      affairs: opd.affairs.map((code) => ({ code })),
      ppid: {
        contact: `Meja PPID Pembantu ${opd.acronym}, lantai 1; telepon ${phone}; surel ppid.${mail}`,
        requestProcedure: 'Pemohon mengisi formulir permohonan informasi, menyerahkan fotokopi identitas, dan menerima tanda bukti permohonan; jawaban diberikan paling lambat 10 hari kerja.',
        objectionProcedure: 'Pemohon dapat mengajukan keberatan kepada atasan PPID paling lambat 30 hari kerja setelah permohonan ditolak atau tidak ditanggapi.',
        disputeProcedure: 'Bila keberatan tidak memuaskan, pemohon dapat mengajukan sengketa informasi kepada Komisi Informasi Provinsi Banten paling lambat 14 hari kerja.',
        requestFormUrl: 'https://ppid.bantenprov.go.id/formulir-permohonan',
      },
      ownerUnit: owner,
      lastReviewedAt: reviewed,
    }))

    const missionNumber = 1 + (index % 5)
    add('goals', published({
      _key: opd.slug,
      opd: o,
      vision: ref('visions', 'rpjmd-2025'),
      missionNumber,
      statement: `Meningkatnya kualitas ${opd.topic.toLowerCase()} di Provinsi Banten`,
      indicators: [indicator(`Indeks kinerja ${opd.topic.toLowerCase()}`, 'indeks', year, 70 + spread(opd.slug, 20), year > 2025 ? 65 + spread(opd.slug, 15) : undefined)],
      ownerUnit: owner,
      lastReviewedAt: recent(opd.slug),
    }))
    add('targets', published({
      _key: opd.slug,
      opd: o,
      goal: ref('goals', opd.slug),
      statement: `Meningkatnya cakupan layanan ${opd.topic.toLowerCase()}`,
      indicators: [indicator(`Persentase capaian layanan ${opd.acronym}`, 'persen', year, 80 + spread(opd.slug, 15))],
      ownerUnit: owner,
      lastReviewedAt: recent(opd.slug),
    }))

    const urusan = opd.affairs[0]!
    const rows: { key: string; code: string; ceiling: number }[] = []
    const programme = (suffix: string, name: string) => {
      const code = `${urusan}.${suffix}`
      add('programmes', published({ _key: `${opd.slug}/${code}`, opd: o, level: 'programme', code, name, year, target: ref('targets', opd.slug), personInCharge: `Sekretaris ${opd.acronym}`, indicators: [indicator(`Capaian ${name.toLowerCase()}`, 'persen', year, 90)], ceiling: 0, fundingSource: 'pad', ownerUnit: owner, lastReviewedAt: recent(opd.slug) }))
      return code
    }
    const activity = (parent: string, n: number, name: string) => {
      const code = `${parent}.1.${String(n).padStart(2, '0')}`
      add('programmes', published({ _key: `${opd.slug}/${code}`, opd: o, level: 'activity', code, name, year, parent: ref('programmes', `${opd.slug}/${parent}`), personInCharge: `Kepala Bidang ${opd.acronym}`, indicators: [indicator(`Jumlah dokumen ${name.toLowerCase()}`, 'dokumen', year, 4)], ceiling: 0, fundingSource: 'pad', ownerUnit: owner, lastReviewedAt: recent(opd.slug) }))
      return code
    }
    const subActivity = (parent: string, n: number, name: string) => {
      const code = `${parent}.${String(n).padStart(4, '0')}`
      const ceiling = (4 + spread(code, 40)) * 125_000_000
      rows.push({ key: `${opd.slug}/${code}`, code, ceiling })
      add('programmes', published({ _key: `${opd.slug}/${code}`, opd: o, level: 'sub_activity', code, name, year, parent: ref('programmes', `${opd.slug}/${parent}`), personInCharge: `Kepala Seksi ${opd.acronym}`, indicators: [indicator(`Jumlah kegiatan ${name.toLowerCase()}`, 'kegiatan', year, 12)], schedule: 'Januari-Desember', ceiling, fundingSource: spread(code, 3) === 0 ? 'dau' : 'pad', ownerUnit: owner, lastReviewedAt: recent(opd.slug) }))
    }
    const support = programme('01', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi')
    const supportActivity = activity(support, 2, 'Administrasi Keuangan Perangkat Daerah')
    subActivity(supportActivity, 1, 'Penyediaan Gaji dan Tunjangan ASN')
    const main = programme('02', `Program ${opd.topic}`)
    const mainActivity = activity(main, 1, `Pengelolaan ${opd.topic} Daerah Provinsi`)
    subActivity(mainActivity, 1, `Penyelenggaraan ${opd.topic} Tingkat Provinsi`)
    subActivity(mainActivity, 2, `Koordinasi dan Sinkronisasi ${opd.topic}`)
    if (opd.slug === 'diskominfo') {
      add('programmes', draft({ opd: o, level: 'programme', code: '2.16.03', name: `Program Aplikasi Informatika ${MARKERS.draft}`, year, target: ref('targets', opd.slug), personInCharge: 'Kepala Bidang E-Government', indicators: [indicator('Indeks SPBE', 'indeks', year, 3.5)], ceiling: 0, fundingSource: 'pad', ownerUnit: owner, lastReviewedAt: recent(opd.slug) }))
    }

    add('planning-documents', plan('renstra', `Renstra ${opd.name} 2025-2029`, 2025, opd.slug))
    if (!GAPS.noRenja.includes(opd.slug)) add('planning-documents', plan('renja', `Renja ${opd.name} Tahun ${year}`, year, opd.slug))

    const stale = GAPS.staleBudget.includes(opd.slug)
    const budgetYear = stale && today.getUTCMonth() < 5 ? year - 1 : year
    const budgetDate = stale ? (budgetYear === year ? `${year}-01-31` : `${year - 1}-12-31`) : positionDate
    const share = stale ? 0.05 : Math.min(0.95, (monthsElapsed / 12) * (0.75 + spread(opd.slug, 30) / 100))
    add('budget-realisations', published({
      opd: o,
      fiscalYear: budgetYear,
      positionDate: budgetDate,
      lines: rows.map((row, i) => ({
        subActivity: ref('programmes', row.key),
        spendingClass: i === 0 ? 'operasi' : i === 2 ? 'modal' : 'operasi',
        fundingSource: 'pad',
        originalCeiling: row.ceiling,
        ...(today.getUTCMonth() >= 9 ? { revisedCeiling: row.ceiling + 50_000_000 * (i % 2) } : {}),
        realisation: Math.round(row.ceiling * share),
        physicalPercent: Math.min(100, Math.round(share * 100) + 5),
      })),
      ownerUnit: `${opd.acronym} - Subbagian Keuangan`,
      lastReviewedAt: stale ? daysAgo(150) : recent(opd.slug),
    }))

    for (const [name, category] of opd.services ?? []) {
      const key = slugify(name)
      add('services', published({
        _key: key,
        kind: 'internal',
        opd: o,
        name,
        slug: key,
        category,
        summary: `${name} oleh ${opd.name} Provinsi Banten (data contoh).`,
        components: SERVICE_TEXT(name, opd),
        pledge: `Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan ${name.toLowerCase()} sesuai standar pelayanan yang telah ditetapkan. (maklumat contoh)`,
        onlineUrl: `https://${opd.slug}.bantenprov.go.id/layanan/${key}`,
        location: `Loket layanan ${opd.acronym}, KP3B Curug, Kota Serang`,
        ownerUnit: `${opd.acronym} - Bidang Pelayanan`,
        lastReviewedAt: recent(key),
      }))
      if (!GAPS.noSkm.includes(opd.slug)) {
        const respondents = 100 + spread(key, 300)
        const scoreSums = Object.fromEntries(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'].map((u) => [u, Math.round(respondents * (2.9 + spread(key + u, 100) / 100))]))
        // Fieldwork ended two months before the seed, whatever its date: the demo's surveys stay within 12 months.
        const surveyEnd = daysAgo(60)
        const surveyYear = Number(surveyEnd.slice(0, 4))
        add('skm-results', published({ opd: o, service: ref('services', key), year: surveyYear, period: `Tahun ${surveyYear}`, surveyEnd, respondents, scoreSums, ownerUnit: `${opd.acronym} - Bidang Pelayanan`, lastReviewedAt: daysAgo(40) }))
      }
    }
    if (opd.slug === 'diskominfo') {
      add('services', draft({ kind: 'internal', opd: o, name: `Layanan Satu Data ${MARKERS.draft}`, slug: 'layanan-satu-data-draf', category: 'informasi', summary: `Rancangan layanan ${MARKERS.draft} yang belum ditelaah.`, components: SERVICE_TEXT('Layanan Satu Data', opd), pledge: 'Maklumat pelayanan masih dalam rancangan (contoh).', location: 'Loket Diskominfo, KP3B Curug', ownerUnit: 'Diskominfo - Bidang Statistik', lastReviewedAt: daysAgo(3) }))
    }

    const entries: [string, 'berkala' | 'serta_merta' | 'setiap_saat', string][] = [
      [`Laporan realisasi anggaran ${opd.acronym} Tahun ${year - 1}`, 'berkala', 'Laporan realisasi anggaran per program, kegiatan dan sub kegiatan.'],
      [`Rencana kerja ${opd.acronym} Tahun ${year}`, 'setiap_saat', 'Rencana kerja tahunan beserta pagu indikatif per program.'],
      [`Profil dan struktur organisasi ${opd.acronym}`, 'berkala', 'Profil, tugas dan fungsi, serta struktur organisasi.'],
    ]
    if (opd.slug === 'bpbd') entries.push(['Peringatan dini cuaca ekstrem dan potensi banjir', 'serta_merta', 'Informasi peringatan dini bencana hidrometeorologi untuk masyarakat Banten.'])
    for (const [title, category, summary] of entries) {
      add('ppid-entries', published({ opd: o, title, category, summary: `${summary} (data contoh)`, format: 'Softcopy dan hardcopy', retention: '5 tahun', url: `https://${opd.slug}.bantenprov.go.id/ppid`, ownerUnit: `PPID Pembantu ${opd.acronym}`, lastReviewedAt: recent(title) }))
    }
    const exempted = EXEMPTED[opd.slug]
    if (exempted) {
      const [title, reason] = exempted
      add('ppid-entries', published({
        opd: o,
        title: `${title} ${MARKERS.exempted}`,
        category: 'dikecualikan',
        summary: `Informasi yang dikecualikan ${MARKERS.exempted}: tidak untuk publik.`,
        ownerUnit: `PPID Pembantu ${opd.acronym}`,
        lastReviewedAt: daysAgo(60),
        exemption: { legalReason: `${reason} ${MARKERS.exempted}`, consequenceTest: `Pembukaan informasi ini dapat merugikan kepentingan yang dilindungi undang-undang ${MARKERS.exempted}.`, until: daysAhead(5 * 365) },
      }))
    }
    if (opd.slug === 'diskominfo') {
      add('ppid-entries', draft({ opd: o, title: `Daftar aplikasi daerah ${MARKERS.draft}`, category: 'setiap_saat', summary: `Rancangan daftar ${MARKERS.draft} yang belum ditelaah.`, ownerUnit: 'PPID Pembantu Diskominfo', lastReviewedAt: daysAgo(2) }))
    }
    if (!GAPS.noPpidReport.includes(opd.slug)) {
      const requests = 20 + spread(opd.slug, 80)
      const refused = spread(opd.slug, 4)
      const partlyGranted = spread(opd.slug + 'p', 5)
      add('ppid-reports', published({ opd: o, year: year - 1, requests, granted: requests - refused - partlyGranted, partlyGranted, refused, averageResponseDays: 3 + spread(opd.slug, 6), refusalReasons: refused > 0 ? 'Informasi yang diminta termasuk informasi yang dikecualikan.' : undefined, objections: Math.min(refused, 1), disputes: 0, ownerUnit: `PPID Pembantu ${opd.acronym}`, lastReviewedAt: daysAgo(80) }))
    }

    add('news', published({
      opd: o,
      kind: 'berita',
      title: `${opd.acronym} gelar rapat koordinasi ${opd.topic.toLowerCase()}`,
      slug: `rakor-${slugify(opd.acronym)}-${year}`,
      date: daysAgo(5 + spread(opd.slug, 40)),
      summary: `${opd.name} menggelar rapat koordinasi untuk menyelaraskan program tahun ${year} (berita contoh).`,
      body: richText(`${opd.name} Provinsi Banten menggelar rapat koordinasi di KP3B, Kota Serang. Rapat membahas capaian program dan rencana triwulan berikutnya.`, 'Berita ini adalah data contoh untuk demonstrasi portal.'),
      ownerUnit: `${opd.acronym} - Subbagian Umum`,
      lastReviewedAt: daysAgo(5),
    }))
    if (opd.slug === 'diskominfo' || opd.slug === 'dinkes') {
      add('news', draft({ opd: o, kind: 'pengumuman', title: `Pengumuman belum terbit ${MARKERS.draft}`, slug: `pengumuman-draf-${opd.slug}`, date: daysAgo(1), summary: `Naskah pengumuman ${MARKERS.draft} masih menunggu telaah Kominfo.`, body: richText(`Isi draf ${MARKERS.draft}.`), ownerUnit: `${opd.acronym} - Subbagian Umum`, lastReviewedAt: daysAgo(1) }))
    }
  })

  const complaint = (opd: string, subject: string, answered: boolean, daysOld: number) => {
    ticket += 1
    return published({
      opd: ref('opds', opd),
      // Fixed sample tickets (the CMS makes random ones): 12 characters of Crockford base 32.
      ticket: `ADU-${year}-SAMP-${String(ticket).padStart(4, '0')}-0000`,
      subject,
      status: answered ? 'answered' : 'received',
      receivedAt: daysAgo(daysOld),
      dueAt: daysAgo(daysOld - 10),
      ...(answered ? { answer: 'Terima kasih atas laporan Anda. Petugas telah menindaklanjuti dan masalah telah ditangani (jawaban contoh).', answeredAt: daysAgo(daysOld - 5) } : {}),
      message: `Laporan warga ${MARKERS.personal}: ${subject.toLowerCase()}, mohon ditindaklanjuti.`,
      reporter: { name: `Warga Contoh ${MARKERS.personal}`, email: `warga.${MARKERS.personal.toLowerCase()}@contoh.invalid`, phone: '0812 0000 0000' },
    })
  }
  add('complaints', complaint('dpupr', 'Jalan provinsi berlubang di ruas Pandeglang-Labuan', true, 30))
  add('complaints', complaint('dinkes', 'Antrean layanan ambulans terlalu lama', false, 4))
  add('complaints', complaint('dishub', 'Lampu lalu lintas mati di simpang Ciceri', true, 20))
  add('complaints', complaint('diskominfo', 'Situs layanan perizinan tidak dapat diakses', false, 2))

  add('news', published({ kind: 'pengumuman', title: 'Pengumuman jadwal pelayanan publik hari libur nasional', slug: `jadwal-layanan-libur-${year}`, date: daysAgo(3), summary: 'Jadwal pelayanan publik di lingkungan Pemerintah Provinsi Banten selama libur nasional (pengumuman contoh).', body: richText('Pelayanan publik tetap dibuka dengan jadwal khusus. Data contoh.'), ownerUnit: 'Diskominfo - Bidang IKP', lastReviewedAt: daysAgo(3) }))

  add('emergency-notices', published({
    opd: ref('opds', 'bpbd'),
    title: 'Peringatan dini banjir di wilayah Kabupaten Lebak dan Pandeglang (contoh)',
    issuedAt: daysAgo(1),
    expiresAt: daysAhead(3),
    hazard: 'Curah hujan tinggi berpotensi menyebabkan banjir dan longsor di bantaran sungai Ciujung dan Cidurian (contoh).',
    affected: 'Warga di bantaran sungai dan lereng perbukitan di Kabupaten Lebak dan Pandeglang.',
    evacuation: 'Menuju titik kumpul di kantor kecamatan terdekat; jalur evakuasi ditandai papan hijau.',
    avoidance: 'Hindari bantaran sungai, amankan dokumen penting, dan ikuti arahan petugas.',
    help: 'Hubungi Pusdalops BPBD Banten di 112 atau posko siaga di kecamatan.',
    announcer: 'BPBD Provinsi Banten bersama BMKG.',
    announcementProcedure: 'Melalui situs resmi, media sosial, radio daerah, dan pengeras suara di desa.',
    actions: 'Tim reaksi cepat disiagakan, perahu karet dan logistik disiapkan di posko.',
    ownerUnit: 'BPBD - Pusdalops',
    lastReviewedAt: daysAgo(1),
  }))

  const legal = (key: string, kind: string, number: string, lawYear: number, title: string, status: string, supersedes?: string) =>
    published({ _key: key, kind, number, year: lawYear, title, status, ...(supersedes ? { supersedes: ref('legal-documents', supersedes) } : {}), file: file('pdf', `${kind.toUpperCase()} ${number} Tahun ${lawYear}`), ownerUnit: 'Biro Hukum - Bagian Perundang-undangan', lastReviewedAt: daysAgo(45) })
  add('legal-documents', legal('perda-2016-8', 'perda', '8', 2016, 'Pembentukan dan Susunan Perangkat Daerah Provinsi Banten', 'diubah'))
  add('legal-documents', legal('perda-rpjmd', 'perda', '2', 2025, 'Rencana Pembangunan Jangka Menengah Daerah Provinsi Banten Tahun 2025-2029', 'berlaku'))
  add('legal-documents', legal('pergub-rkpd', 'pergub', '40', year - 1, `Rencana Kerja Pemerintah Daerah Provinsi Banten Tahun ${year}`, 'berlaku'))
  add('legal-documents', legal('pergub-kip', 'pergub', '12', 2021, 'Pedoman Pengelolaan Informasi dan Dokumentasi di Lingkungan Pemerintah Provinsi Banten', 'berlaku'))

  const dataset = (opd: string, title: string, definition: string, unit: string, rows: [string, number][]) =>
    published({
      opd: ref('opds', opd),
      title,
      slug: slugify(title),
      custodian: 'Diskominfo - Bidang Statistik (walidata)',
      definition,
      unit,
      period: `${rows[0]![0]}-${rows[rows.length - 1]![0]}`,
      frequency: 'tahunan',
      regionCode: '36',
      licence: 'cc_by_4_0',
      files: [
        { format: 'csv', file: file('csv', slugify(title), { opd, content: `tahun,nilai\n${rows.map(([y, v]) => `${y},${v}`).join('\n')}\n` }) },
        { format: 'json', file: file('json', `${slugify(title)}-json`, { opd, content: JSON.stringify(rows.map(([tahun, nilai]) => ({ tahun, nilai }))) }) },
      ],
      releaseDate: daysAgo(200),
      lastUpdated: daysAgo(30),
      ownerUnit: 'Diskominfo - Bidang Statistik',
      lastReviewedAt: daysAgo(30),
    })
  add('datasets', dataset('dinkes', 'Jumlah fasilitas kesehatan di Provinsi Banten', 'Jumlah rumah sakit, puskesmas dan klinik yang terdaftar per tahun (data contoh).', 'unit', [['2022', 1180], ['2023', 1204], ['2024', 1237]]))
  add('datasets', dataset('dindikbud', 'Jumlah SMA dan SMK negeri di Provinsi Banten', 'Jumlah satuan pendidikan menengah negeri kewenangan provinsi per tahun (data contoh).', 'sekolah', [['2022', 312], ['2023', 318], ['2024', 321]]))
  add('datasets', dataset('diskominfo', 'Indeks SPBE Provinsi Banten', 'Nilai indeks Sistem Pemerintahan Berbasis Elektronik hasil evaluasi nasional (data contoh).', 'indeks', [['2022', 2.9], ['2023', 3.1], ['2024', 3.3]]))

  const external = (key: string, agency: string, name: string, category: string, onlineUrl: string, cost: number, basis: string) =>
    published({
      kind: 'external',
      agency: ref('agencies', agency),
      name,
      slug: key,
      category,
      summary: `${name} oleh instansi vertikal di Provinsi Banten; informasi dirujuk dari situs resmi instansi (data contoh).`,
      components: { ...SERVICE_TEXT(name, { name: 'instansi terkait', acronym: 'instansi' } as OpdRow), cost: { amount: cost, basis } },
      pledge: 'Maklumat pelayanan mengikuti ketentuan instansi penyelenggara (rujukan contoh).',
      onlineUrl,
      location: 'Kantor instansi penyelenggara di Kota Serang dan layanan daring',
      ownerUnit: 'Diskominfo - Bidang Layanan E-Government',
      lastReviewedAt: daysAgo(20),
    })
  add('services', external('paspor', 'imigrasi', 'Penerbitan paspor biasa', 'kependudukan', 'https://www.imigrasi.go.id', 350_000, 'PP 45/2024 tentang PNBP Kementerian Imigrasi (contoh)'))
  add('services', external('pajak-kendaraan', 'samsat', 'Pembayaran pajak kendaraan bermotor dan pengesahan STNK', 'pajak', 'https://samsat.bantenprov.go.id', 0, 'Perda Provinsi Banten tentang Pajak Daerah; besaran sesuai kendaraan (contoh)'))
  add('services', external('sertifikat-tanah', 'bpn', 'Pendaftaran tanah pertama kali (sertifikat tanah)', 'pertanahan', 'https://www.atrbpn.go.id', 50_000, 'PP 128/2015 tentang PNBP Kementerian ATR/BPN (contoh)'))

  const order = ['opds', 'agencies', 'visions', 'planning-documents', 'opd-profiles', 'goals', 'targets', 'programmes', 'budget-realisations', 'services', 'skm-results', 'ppid-entries', 'ppid-reports', 'complaints', 'news', 'emergency-notices', 'legal-documents', 'datasets']
  return {
    province: {
      name: 'Provinsi Banten',
      regionCode: '36',
      domain: 'bantenprov.go.id',
      lpseUrl: 'https://lpse.bantenprov.go.id',
      sirupUrl: 'https://sirup.lkpp.go.id',
      ppidUrl: 'https://ppid.bantenprov.go.id',
      openDataUrl: 'https://satudata.bantenprov.go.id',
      laporUrl: 'https://www.lapor.go.id',
    },
    // National holidays and joint leave days of the SKB (SAMPLE dates: Kominfo keeps the real list each year).
    citizen: {
      complaintDays: 5,
      retentionDays: 730,
      holidays: [
        ['2026-01-01', 'Tahun Baru 2026 Masehi'],
        ['2026-03-20', 'Idulfitri 1447 H'],
        ['2026-03-21', 'Idulfitri 1447 H'],
        ['2026-05-01', 'Hari Buruh Internasional'],
        ['2026-06-01', 'Hari Lahir Pancasila'],
        ['2026-08-17', 'Hari Kemerdekaan RI'],
        ['2026-12-24', 'Cuti bersama Natal'],
        ['2026-12-25', 'Kelahiran Yesus Kristus'],
        ['2027-01-01', 'Tahun Baru 2027 Masehi'],
      ].map(([date, name]) => ({ date: date!, name: `${name} (contoh)` })),
    },
    collections: order.map((slug) => [slug, c[slug] ?? []]),
    users,
  }
}
