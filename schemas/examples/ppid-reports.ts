import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { ppidReports } from '../types/ppid-reports.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof ppidReports.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  opd: 3,
  year: 2025,
  requests: 86,
  granted: 79,
  partlyGranted: 7,
  refused: 0,
  averageResponseDays: 4.6,
  objections: 0,
  disputes: 0,
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2026-02-16',
}

const full: Doc = {
  id: 2,
  opd: 5,
  year: 2025,
  requests: 142,
  granted: 118,
  partlyGranted: 15,
  refused: 6,
  averageResponseDays: 6.2,
  refusalReasons: 'Rekam medis pasien (UU 14/2008 Ps. 17 huruf h) dan informasi yang belum dikuasai atau didokumentasikan.',
  objections: 3,
  disputes: 1,
  ownerUnit: 'Sekretariat - Subbagian Umum dan Kepegawaian',
  lastReviewedAt: '2026-03-02',
  createdAt: '2026-02-20T02:00:00.000Z',
  updatedAt: '2026-03-02T02:00:00.000Z',
}

export const examples = defineExamples({
  type: ppidReports,
  valid: [
    { name: 'Laporan tahunan tanpa penolakan (minimal)', doc: minimal },
    { name: 'Laporan tahunan dengan penolakan, keberatan dan sengketa', doc: full },
    {
      name: 'Laporan tanpa permohonan sama sekali',
      doc: { ...minimal, id: 3, opd: 14, requests: 0, granted: 0, partlyGranted: 0, averageResponseDays: 0 },
    },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa tahun', doc: without(minimal, 'year'), errorPath: 'year' },
    { name: 'tanpa jumlah permohonan', doc: without(minimal, 'requests'), errorPath: 'requests' },
    { name: 'tanpa jumlah dikabulkan', doc: without(minimal, 'granted'), errorPath: 'granted' },
    { name: 'tanpa jumlah dikabulkan sebagian', doc: without(minimal, 'partlyGranted'), errorPath: 'partlyGranted' },
    { name: 'tanpa jumlah ditolak', doc: without(minimal, 'refused'), errorPath: 'refused' },
    { name: 'tanpa rata-rata waktu layanan', doc: without(minimal, 'averageResponseDays'), errorPath: 'averageResponseDays' },
    { name: 'tanpa jumlah keberatan', doc: without(minimal, 'objections'), errorPath: 'objections' },
    { name: 'tanpa jumlah sengketa', doc: without(minimal, 'disputes'), errorPath: 'disputes' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'tahun desimal', doc: withValue(minimal, 'year', 2025.5), errorPath: 'year' },
    { name: 'jumlah permohonan negatif', doc: withValue(minimal, 'requests', -1), errorPath: 'requests' },
    { name: 'jumlah permohonan desimal', doc: withValue(minimal, 'requests', 86.5), errorPath: 'requests' },
    { name: 'jumlah dikabulkan desimal', doc: withValue(minimal, 'granted', 78.5), errorPath: 'granted' },
    { name: 'jumlah dikabulkan sebagian negatif', doc: withValue(minimal, 'partlyGranted', -7), errorPath: 'partlyGranted' },
    { name: 'jumlah dikabulkan sebagian desimal', doc: withValue(minimal, 'partlyGranted', 6.5), errorPath: 'partlyGranted' },
    { name: 'jumlah ditolak desimal', doc: withValue(full, 'refused', 5.5), errorPath: 'refused' },
    { name: 'rata-rata waktu layanan negatif', doc: withValue(minimal, 'averageResponseDays', -1), errorPath: 'averageResponseDays' },
    { name: 'jumlah keberatan desimal', doc: withValue(full, 'objections', 2.5), errorPath: 'objections' },
    { name: 'jumlah sengketa desimal', doc: withValue(full, 'disputes', 0.5), errorPath: 'disputes' },
    { name: 'jumlah sengketa negatif', doc: withValue(full, 'disputes', -1), errorPath: 'disputes' },
    { name: 'tanggal tinjau berformat garis miring', doc: withValue(minimal, 'lastReviewedAt', '2026/02/16'), errorPath: 'lastReviewedAt' },
    { name: 'dikabulkan dan ditolak melebihi jumlah permohonan', doc: withValue(full, 'refused', 10), errorPath: 'refused' },
  ],
})
