import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { complaints } from '../types/complaints.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof complaints.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  opd: 3,
  ticket: 'ADU-2026-7K3Q-X9MD-2PRT',
  subject: 'Laman PPID tidak dapat diakses dari jaringan seluler',
  status: 'received',
  receivedAt: '2026-02-03',
  dueAt: '2026-02-17',
}

const full: Doc = {
  id: 2,
  opd: 5,
  ticket: 'ADU-2026-H4WN-0C8B-ZE5A',
  subject: 'Jadwal layanan vaksinasi di UPTD Labkesda belum diumumkan',
  status: 'answered',
  receivedAt: '2026-01-19',
  dueAt: '2026-02-02',
  answer: 'Jadwal layanan vaksinasi telah diumumkan di laman Dinas Kesehatan dan papan informasi UPTD. Terima kasih atas masukannya.',
  answeredAt: '2026-01-26',
  createdAt: '2026-01-19T03:10:00.000Z',
  updatedAt: '2026-01-26T07:45:00.000Z',
}

export const examples = defineExamples({
  type: complaints,
  valid: [
    { name: 'Pengaduan baru diterima (minimal)', doc: minimal },
    { name: 'Pengaduan dijawab dengan jawaban terbit (lengkap)', doc: full },
    { name: 'Pengaduan sedang ditindaklanjuti', doc: { ...minimal, id: 3, ticket: 'ADU-2026-Q1TB-6VJ9-M2XS', status: 'in_progress' } },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa nomor tiket', doc: without(minimal, 'ticket'), errorPath: 'ticket' },
    { name: 'tanpa perihal', doc: without(minimal, 'subject'), errorPath: 'subject' },
    { name: 'tanpa status', doc: without(minimal, 'status'), errorPath: 'status' },
    { name: 'tanpa tanggal diterima', doc: without(minimal, 'receivedAt'), errorPath: 'receivedAt' },
    { name: 'tanpa batas waktu jawaban', doc: without(minimal, 'dueAt'), errorPath: 'dueAt' },
    { name: 'OPD dengan id 0', doc: withValue(minimal, 'opd', 0), errorPath: 'opd' },
    { name: 'nomor tiket format lain', doc: withValue(minimal, 'ticket', 'LAPOR-17'), errorPath: 'ticket' },
    { name: 'nomor tiket berurutan yang dapat ditebak', doc: withValue(minimal, 'ticket', 'ADU-2026-00017'), errorPath: 'ticket' },
    { name: 'perihal terlalu pendek', doc: withValue(minimal, 'subject', 'PPID'), errorPath: 'subject' },
    { name: 'status tidak dikenal', doc: withValue(minimal, 'status', 'ditolak'), errorPath: 'status' },
    { name: 'tanggal diterima berformat HH-BB-TTTT', doc: withValue(minimal, 'receivedAt', '03-02-2026'), errorPath: 'receivedAt' },
    { name: 'batas waktu berupa teks', doc: withValue(minimal, 'dueAt', '14 hari kerja'), errorPath: 'dueAt' },
    { name: 'tanggal dijawab berformat garis miring', doc: withValue(full, 'answeredAt', '2026/01/26'), errorPath: 'answeredAt' },
    { name: 'status dijawab tanpa jawaban', doc: without(full, 'answer'), errorPath: 'answer' },
    { name: 'status dijawab dengan jawaban kosong', doc: withValue(full, 'answer', '  '), errorPath: 'answer' },
  ],
})
