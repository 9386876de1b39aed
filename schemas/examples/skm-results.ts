import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { skmResults } from '../types/skm-results.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof skmResults.fields> & SystemFields

const ELEMENTS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const

// 400 questionnaires: every sum lies between 400 (all answers 1) and 1600 (all answers 4); IKM here is about 82 (grade B).
const minimal: Doc = {
  id: 1,
  opd: 3,
  year: 2025,
  period: 'Tahun 2025',
  surveyEnd: '2025-11-28',
  respondents: 400,
  scoreSums: { u1: 1312, u2: 1296, u3: 1248, u4: 1420, u5: 1304, u6: 1336, u7: 1368, u8: 1260, u9: 1280 },
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2025-12-10',
}

const full: Doc = {
  id: 2,
  opd: 8,
  service: 2,
  year: 2026,
  period: 'Semester I 2026',
  surveyEnd: '2026-06-26',
  respondents: 120,
  scoreSums: { u1: 402, u2: 390, u3: 371, u4: 415, u5: 398, u6: 410, u7: 425, u8: 366, u9: 388 },
  ownerUnit: 'Bidang Pajak Daerah - UPTD Samsat Kota Serang',
  lastReviewedAt: '2026-07-06',
  createdAt: '2026-07-01T02:00:00.000Z',
  updatedAt: '2026-07-06T02:00:00.000Z',
}

export const examples = defineExamples({
  type: skmResults,
  valid: [
    { name: 'SKM tahunan seluruh unit layanan (minimal)', doc: minimal },
    { name: 'SKM semester untuk satu layanan', doc: full },
    {
      name: 'Semua jawaban bernilai 4 (batas atas)',
      doc: { ...minimal, id: 3, respondents: 50, scoreSums: { u1: 200, u2: 200, u3: 200, u4: 200, u5: 200, u6: 200, u7: 200, u8: 200, u9: 200 } },
    },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa tahun', doc: without(minimal, 'year'), errorPath: 'year' },
    { name: 'tanpa periode', doc: without(minimal, 'period'), errorPath: 'period' },
    { name: 'tanpa akhir survei', doc: without(minimal, 'surveyEnd'), errorPath: 'surveyEnd' },
    { name: 'tanpa jumlah responden', doc: without(minimal, 'respondents'), errorPath: 'respondents' },
    { name: 'tanpa jumlah nilai', doc: without(minimal, 'scoreSums'), errorPath: 'scoreSums' },
    { name: 'tanpa nilai U1', doc: without(minimal, 'scoreSums.u1'), errorPath: 'scoreSums.u1' },
    { name: 'tanpa nilai U2', doc: without(minimal, 'scoreSums.u2'), errorPath: 'scoreSums.u2' },
    { name: 'tanpa nilai U3', doc: without(minimal, 'scoreSums.u3'), errorPath: 'scoreSums.u3' },
    { name: 'tanpa nilai U4', doc: without(minimal, 'scoreSums.u4'), errorPath: 'scoreSums.u4' },
    { name: 'tanpa nilai U5', doc: without(minimal, 'scoreSums.u5'), errorPath: 'scoreSums.u5' },
    { name: 'tanpa nilai U6', doc: without(minimal, 'scoreSums.u6'), errorPath: 'scoreSums.u6' },
    { name: 'tanpa nilai U7', doc: without(minimal, 'scoreSums.u7'), errorPath: 'scoreSums.u7' },
    { name: 'tanpa nilai U8', doc: without(minimal, 'scoreSums.u8'), errorPath: 'scoreSums.u8' },
    { name: 'tanpa nilai U9', doc: without(minimal, 'scoreSums.u9'), errorPath: 'scoreSums.u9' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'layanan dengan id 0', doc: withValue(full, 'service', 0), errorPath: 'service' },
    { name: 'tahun desimal', doc: withValue(minimal, 'year', 2025.5), errorPath: 'year' },
    { name: 'akhir survei tanpa hari', doc: withValue(minimal, 'surveyEnd', '2025-11'), errorPath: 'surveyEnd' },
    { name: 'responden 0', doc: withValue(minimal, 'respondents', 0), errorPath: 'respondents' },
    { name: 'responden desimal', doc: withValue(minimal, 'respondents', 400.5), errorPath: 'respondents' },
    ...ELEMENTS.map((key) => ({
      name: `nilai ${key.toUpperCase()} desimal (rata-rata, bukan jumlah)`,
      doc: withValue(minimal, `scoreSums.${key}`, 3.28),
      errorPath: `scoreSums.${key}`,
    })),
    { name: 'nilai U2 nol', doc: withValue(minimal, 'scoreSums.u2', 0), errorPath: 'scoreSums.u2' },
    { name: 'tanggal tinjau berformat garis miring', doc: withValue(minimal, 'lastReviewedAt', '2025/12/10'), errorPath: 'lastReviewedAt' },
    { name: 'jumlah nilai U3 melebihi 4 x responden', doc: withValue(minimal, 'scoreSums.u3', 1601), errorPath: 'scoreSums.u3' },
    { name: 'jumlah nilai U5 kurang dari jumlah responden', doc: withValue(minimal, 'scoreSums.u5', 399), errorPath: 'scoreSums.u5' },
  ],
})
