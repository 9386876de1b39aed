import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { targets } from '../types/targets.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof targets.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  opd: 3,
  goal: 1,
  statement: 'Meningkatnya kualitas layanan informasi publik Pemerintah Provinsi Banten',
  indicators: [{ name: 'Persentase permohonan informasi yang dijawab tepat waktu', unit: 'persen', year: 2026, target: 95 }],
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2026-01-20',
}

const full: Doc = {
  ...minimal,
  id: 2,
  goal: 2,
  statement: 'Meningkatnya kematangan Sistem Pemerintahan Berbasis Elektronik di lingkup Pemerintah Provinsi Banten',
  indicators: [
    { name: 'Persentase OPD yang terhubung ke pusat data pemerintah daerah', unit: 'persen', year: 2025, target: 80, realised: 84 },
    { name: 'Jumlah layanan publik yang tersedia secara daring', unit: 'layanan', year: 2025, target: 40, realised: 37 },
  ],
  ownerUnit: 'Bidang Aplikasi Informatika',
  createdAt: '2025-04-01T02:00:00.000Z',
  updatedAt: '2026-01-20T02:00:00.000Z',
}

export const examples = defineExamples({
  type: targets,
  valid: [
    { name: 'Sasaran dengan satu indikator', doc: minimal },
    { name: 'Sasaran SPBE dengan realisasi indikator', doc: full },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa tujuan', doc: without(minimal, 'goal'), errorPath: 'goal' },
    { name: 'tanpa pernyataan sasaran', doc: without(minimal, 'statement'), errorPath: 'statement' },
    { name: 'tanpa indikator', doc: without(minimal, 'indicators'), errorPath: 'indicators' },
    { name: 'indikator tanpa nama', doc: without(minimal, 'indicators.0.name'), errorPath: 'indicators.0.name' },
    { name: 'indikator tanpa satuan', doc: without(minimal, 'indicators.0.unit'), errorPath: 'indicators.0.unit' },
    { name: 'indikator tanpa tahun', doc: without(minimal, 'indicators.0.year'), errorPath: 'indicators.0.year' },
    { name: 'indikator tanpa target', doc: without(minimal, 'indicators.0.target'), errorPath: 'indicators.0.target' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'tujuan dengan id 0', doc: withValue(minimal, 'goal', 0), errorPath: 'goal' },
    { name: 'pernyataan sasaran terlalu pendek', doc: withValue(minimal, 'statement', 'IKP'), errorPath: 'statement' },
    { name: 'daftar indikator kosong', doc: withValue(minimal, 'indicators', []), errorPath: 'indicators' },
    { name: 'tahun indikator sebelum 2000', doc: withValue(minimal, 'indicators.0.year', 1999), errorPath: 'indicators.0.year' },
    { name: 'tahun indikator desimal', doc: withValue(minimal, 'indicators.0.year', 2026.5), errorPath: 'indicators.0.year' },
    { name: 'target indikator berupa teks', doc: withValue(minimal, 'indicators.0.target', '95%'), errorPath: 'indicators.0.target' },
    { name: 'tanggal tinjau dengan hari 32', doc: withValue(minimal, 'lastReviewedAt', '2026-01-32'), errorPath: 'lastReviewedAt' },
  ],
})
