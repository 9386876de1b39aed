import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { budgetRealisations } from '../types/budget-realisations.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof budgetRealisations.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  opd: 3,
  fiscalYear: 2026,
  positionDate: '2026-03-31',
  lines: [{ subActivity: 12, spendingClass: 'operasi', fundingSource: 'dau', originalCeiling: 385_000_000, realisation: 72_450_000 }],
  ownerUnit: 'Sekretariat - Subbagian Program dan Keuangan',
  lastReviewedAt: '2026-04-07',
}

const full: Doc = {
  id: 2,
  opd: 3,
  fiscalYear: 2025,
  positionDate: '2025-12-31',
  lines: [
    {
      subActivity: 12,
      spendingClass: 'operasi',
      fundingSource: 'dau',
      originalCeiling: 385_000_000,
      revisedCeiling: 350_000_000,
      realisation: 341_275_500,
      physicalPercent: 100,
      explanation: 'Pagu dikurangi pada APBD Perubahan karena efisiensi belanja perjalanan dinas.',
    },
    {
      subActivity: 14,
      spendingClass: 'modal',
      fundingSource: 'pad',
      originalCeiling: 1_200_000_000,
      revisedCeiling: 1_150_000_000,
      realisation: 1_162_500_000,
      physicalPercent: 100,
      explanation: 'Realisasi melebihi pagu perubahan karena pembayaran adendum kontrak perangkat jaringan; koreksi sedang diproses bersama BPKAD.',
    },
    { subActivity: 15, spendingClass: 'tidak_terduga', fundingSource: 'pad', originalCeiling: 0, revisedCeiling: 25_000_000, realisation: 24_800_000, physicalPercent: 100 },
  ],
  ownerUnit: 'Sekretariat - Subbagian Program dan Keuangan',
  lastReviewedAt: '2026-01-12',
  createdAt: '2026-01-08T02:00:00.000Z',
  updatedAt: '2026-01-12T02:00:00.000Z',
}

export const examples = defineExamples({
  type: budgetRealisations,
  valid: [
    { name: 'Realisasi triwulan I satu sub kegiatan (minimal)', doc: minimal },
    { name: 'Realisasi akhir tahun dengan pagu perubahan dan penjelasan pagu terlampaui', doc: full },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa tahun anggaran', doc: without(minimal, 'fiscalYear'), errorPath: 'fiscalYear' },
    { name: 'tanpa tanggal posisi', doc: without(minimal, 'positionDate'), errorPath: 'positionDate' },
    { name: 'tanpa rincian', doc: without(minimal, 'lines'), errorPath: 'lines' },
    { name: 'rincian tanpa sub kegiatan', doc: without(minimal, 'lines.0.subActivity'), errorPath: 'lines.0.subActivity' },
    { name: 'rincian tanpa jenis belanja', doc: without(minimal, 'lines.0.spendingClass'), errorPath: 'lines.0.spendingClass' },
    { name: 'rincian tanpa sumber dana', doc: without(minimal, 'lines.0.fundingSource'), errorPath: 'lines.0.fundingSource' },
    { name: 'rincian tanpa pagu murni', doc: without(minimal, 'lines.0.originalCeiling'), errorPath: 'lines.0.originalCeiling' },
    { name: 'rincian tanpa realisasi', doc: without(minimal, 'lines.0.realisation'), errorPath: 'lines.0.realisation' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'OPD berupa teks kosong', doc: withValue(minimal, 'opd', ''), errorPath: 'opd' },
    { name: 'tahun anggaran desimal', doc: withValue(minimal, 'fiscalYear', 2026.5), errorPath: 'fiscalYear' },
    { name: 'tahun anggaran dua digit', doc: withValue(minimal, 'fiscalYear', 26), errorPath: 'fiscalYear' },
    { name: 'tanggal posisi hanya bulan', doc: withValue(minimal, 'positionDate', '2026-03'), errorPath: 'positionDate' },
    { name: 'rincian kosong', doc: withValue(minimal, 'lines', []), errorPath: 'lines' },
    { name: 'sub kegiatan dengan id 0', doc: withValue(minimal, 'lines.0.subActivity', 0), errorPath: 'lines.0.subActivity' },
    { name: 'jenis belanja tidak dikenal', doc: withValue(minimal, 'lines.0.spendingClass', 'barang_jasa'), errorPath: 'lines.0.spendingClass' },
    { name: 'sumber dana tidak dikenal', doc: withValue(minimal, 'lines.0.fundingSource', 'apbn'), errorPath: 'lines.0.fundingSource' },
    { name: 'pagu murni negatif', doc: withValue(minimal, 'lines.0.originalCeiling', -385_000_000), errorPath: 'lines.0.originalCeiling' },
    { name: 'pagu murni dengan sen', doc: withValue(minimal, 'lines.0.originalCeiling', 385_000_000.75), errorPath: 'lines.0.originalCeiling' },
    { name: 'pagu murni berupa teks rupiah', doc: withValue(minimal, 'lines.0.originalCeiling', 'Rp385.000.000'), errorPath: 'lines.0.originalCeiling' },
    { name: 'pagu perubahan negatif', doc: withValue(full, 'lines.0.revisedCeiling', -1), errorPath: 'lines.0.revisedCeiling' },
    { name: 'pagu perubahan dengan sen', doc: withValue(full, 'lines.0.revisedCeiling', 350_000_000.5), errorPath: 'lines.0.revisedCeiling' },
    { name: 'realisasi negatif', doc: withValue(minimal, 'lines.0.realisation', -72_450_000), errorPath: 'lines.0.realisation' },
    { name: 'realisasi dengan sen', doc: withValue(minimal, 'lines.0.realisation', 72_450_000.25), errorPath: 'lines.0.realisation' },
    { name: 'realisasi fisik di atas 100 persen', doc: withValue(full, 'lines.0.physicalPercent', 120), errorPath: 'lines.0.physicalPercent' },
    { name: 'realisasi fisik negatif', doc: withValue(full, 'lines.0.physicalPercent', -5), errorPath: 'lines.0.physicalPercent' },
    { name: 'tanggal tinjau berformat garis miring', doc: withValue(minimal, 'lastReviewedAt', '2026/04/07'), errorPath: 'lastReviewedAt' },
    { name: 'tanggal posisi di luar tahun anggaran', doc: withValue(minimal, 'positionDate', '2025-12-31'), errorPath: 'positionDate' },
    { name: 'realisasi melebihi pagu murni tanpa penjelasan', doc: withValue(minimal, 'lines.0.realisation', 400_000_000), errorPath: 'lines.0.explanation' },
    { name: 'realisasi melebihi pagu perubahan tanpa penjelasan', doc: without(full, 'lines.1.explanation'), errorPath: 'lines.1.explanation' },
    { name: 'penjelasan pagu terlampaui hanya spasi', doc: withValue(full, 'lines.1.explanation', '   '), errorPath: 'lines.1.explanation' },
  ],
})
