import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { datasets } from '../types/datasets.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof datasets.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  opd: 3,
  title: 'Jumlah Menara Telekomunikasi per Kabupaten/Kota di Provinsi Banten',
  slug: 'jumlah-menara-telekomunikasi',
  custodian: 'Bidang Statistik Diskominfo SP',
  definition: 'Banyaknya menara telekomunikasi berizin yang berdiri di setiap kabupaten/kota pada akhir tahun.',
  period: '2021-2025',
  frequency: 'tahunan',
  regionCode: '36',
  licence: 'cc_by_4_0',
  files: [{ format: 'csv', file: 201 }],
  ownerUnit: 'Bidang Statistik',
  lastReviewedAt: '2026-01-30',
}

const full: Doc = {
  id: 2,
  opd: 5,
  title: 'Cakupan Imunisasi Dasar Lengkap Kota Serang',
  slug: 'cakupan-imunisasi-dasar-lengkap-kota-serang',
  custodian: 'Bidang Statistik Diskominfo SP',
  definition: 'Persentase bayi usia 0-11 bulan yang telah mendapat imunisasi dasar lengkap terhadap jumlah sasaran bayi di Kota Serang.',
  unit: 'persen',
  period: '2025',
  frequency: 'bulanan',
  regionCode: '36.73',
  licence: 'cc0_1_0',
  files: [
    { format: 'csv', file: 202 },
    { format: 'json', file: 203 },
  ],
  releaseDate: '2025-02-14',
  lastUpdated: '2026-01-10',
  ownerUnit: 'Bidang Pencegahan dan Pengendalian Penyakit',
  lastReviewedAt: '2026-01-30',
  createdAt: '2025-02-14T02:00:00.000Z',
  updatedAt: '2026-01-10T02:00:00.000Z',
}

export const examples = defineExamples({
  type: datasets,
  valid: [
    { name: 'Dataset tahunan tingkat provinsi dengan satu berkas CSV (minimal)', doc: minimal },
    { name: 'Dataset bulanan kota dengan CSV dan JSON (lengkap)', doc: full },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa judul', doc: without(minimal, 'title'), errorPath: 'title' },
    { name: 'tanpa slug', doc: without(minimal, 'slug'), errorPath: 'slug' },
    { name: 'tanpa walidata', doc: without(minimal, 'custodian'), errorPath: 'custodian' },
    { name: 'tanpa definisi', doc: without(minimal, 'definition'), errorPath: 'definition' },
    { name: 'tanpa periode', doc: without(minimal, 'period'), errorPath: 'period' },
    { name: 'tanpa frekuensi', doc: without(minimal, 'frequency'), errorPath: 'frequency' },
    { name: 'tanpa kode wilayah', doc: without(minimal, 'regionCode'), errorPath: 'regionCode' },
    { name: 'tanpa lisensi', doc: without(minimal, 'licence'), errorPath: 'licence' },
    { name: 'tanpa berkas', doc: without(minimal, 'files'), errorPath: 'files' },
    { name: 'berkas tanpa format', doc: without(minimal, 'files.0.format'), errorPath: 'files.0.format' },
    { name: 'berkas tanpa file', doc: without(minimal, 'files.0.file'), errorPath: 'files.0.file' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'OPD dengan id 0', doc: withValue(minimal, 'opd', 0), errorPath: 'opd' },
    { name: 'slug dengan spasi', doc: withValue(minimal, 'slug', 'jumlah menara'), errorPath: 'slug' },
    { name: 'definisi terlalu pendek', doc: withValue(minimal, 'definition', 'Menara'), errorPath: 'definition' },
    { name: 'frekuensi tidak dikenal', doc: withValue(minimal, 'frequency', 'mingguan'), errorPath: 'frequency' },
    { name: 'kode wilayah tanpa titik', doc: withValue(minimal, 'regionCode', '3673'), errorPath: 'regionCode' },
    { name: 'kode wilayah satu digit kabupaten', doc: withValue(minimal, 'regionCode', '36.7'), errorPath: 'regionCode' },
    { name: 'lisensi tidak dikenal', doc: withValue(minimal, 'licence', 'cc-by-sa-4.0'), errorPath: 'licence' },
    { name: 'daftar berkas kosong', doc: withValue(minimal, 'files', []), errorPath: 'files' },
    { name: 'format berkas XLSX', doc: withValue(minimal, 'files.0.format', 'xlsx'), errorPath: 'files.0.format' },
    { name: 'file dengan id 0', doc: withValue(minimal, 'files.0.file', 0), errorPath: 'files.0.file' },
    { name: 'tanggal rilis berformat HH-BB-TTTT', doc: withValue(full, 'releaseDate', '14-02-2025'), errorPath: 'releaseDate' },
    { name: 'pembaruan terakhir hanya tahun', doc: withValue(full, 'lastUpdated', '2026'), errorPath: 'lastUpdated' },
    { name: 'tanggal tinjau berformat garis miring', doc: withValue(minimal, 'lastReviewedAt', '2026/01/30'), errorPath: 'lastReviewedAt' },
  ],
})
