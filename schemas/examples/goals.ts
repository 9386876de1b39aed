import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { goals } from '../types/goals.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof goals.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  opd: 3,
  vision: 2,
  missionNumber: 1,
  statement: 'Meningkatnya keterbukaan informasi publik dan kualitas tata kelola pemerintahan berbasis elektronik',
  indicators: [{ name: 'Indeks Keterbukaan Informasi Publik Provinsi Banten', unit: 'indeks', year: 2026, target: 85 }],
  ownerUnit: 'Sekretariat - Subbagian Program dan Keuangan',
  lastReviewedAt: '2026-01-20',
}

const full: Doc = {
  ...minimal,
  id: 2,
  indicators: [
    { name: 'Indeks Keterbukaan Informasi Publik Provinsi Banten', unit: 'indeks', year: 2025, target: 82, realised: 83.4 },
    { name: 'Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)', unit: 'indeks', year: 2025, target: 3.5, realised: 3.62 },
    { name: 'Indeks Keterbukaan Informasi Publik Provinsi Banten', unit: 'indeks', year: 2026, target: 85 },
  ],
  createdAt: '2025-04-01T02:00:00.000Z',
  updatedAt: '2026-01-20T02:00:00.000Z',
}

export const examples = defineExamples({
  type: goals,
  valid: [
    { name: 'Tujuan dengan satu indikator tanpa realisasi', doc: minimal },
    { name: 'Tujuan dengan indikator dan realisasi tahun lalu', doc: full },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa visi RPJMD', doc: without(minimal, 'vision'), errorPath: 'vision' },
    { name: 'tanpa nomor misi', doc: without(minimal, 'missionNumber'), errorPath: 'missionNumber' },
    { name: 'tanpa pernyataan tujuan', doc: without(minimal, 'statement'), errorPath: 'statement' },
    { name: 'tanpa indikator', doc: without(minimal, 'indicators'), errorPath: 'indicators' },
    { name: 'indikator tanpa nama', doc: without(minimal, 'indicators.0.name'), errorPath: 'indicators.0.name' },
    { name: 'indikator tanpa satuan', doc: without(minimal, 'indicators.0.unit'), errorPath: 'indicators.0.unit' },
    { name: 'indikator tanpa tahun', doc: without(minimal, 'indicators.0.year'), errorPath: 'indicators.0.year' },
    { name: 'indikator tanpa target', doc: without(minimal, 'indicators.0.target'), errorPath: 'indicators.0.target' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'OPD dengan id negatif', doc: withValue(minimal, 'opd', -3), errorPath: 'opd' },
    { name: 'visi dengan id desimal', doc: withValue(minimal, 'vision', 2.5), errorPath: 'vision' },
    { name: 'nomor misi 0', doc: withValue(minimal, 'missionNumber', 0), errorPath: 'missionNumber' },
    { name: 'nomor misi desimal', doc: withValue(minimal, 'missionNumber', 1.5), errorPath: 'missionNumber' },
    { name: 'daftar indikator kosong', doc: withValue(minimal, 'indicators', []), errorPath: 'indicators' },
    { name: 'tahun indikator desimal', doc: withValue(minimal, 'indicators.0.year', 2026.5), errorPath: 'indicators.0.year' },
    { name: 'target indikator berupa teks', doc: withValue(minimal, 'indicators.0.target', 'delapan puluh lima'), errorPath: 'indicators.0.target' },
    { name: 'realisasi indikator berupa teks', doc: withValue(full, 'indicators.0.realised', '83,4'), errorPath: 'indicators.0.realised' },
    { name: 'tanggal tinjau tanpa tanda hubung', doc: withValue(minimal, 'lastReviewedAt', '20260120'), errorPath: 'lastReviewedAt' },
  ],
})
