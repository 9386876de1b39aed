import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { visions } from '../types/visions.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof visions.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  periodStart: 2025,
  periodEnd: 2029,
  vision: 'Banten Maju, Adil, Merata, dan Tidak Korupsi',
  missions: [{ number: 1, text: 'Mewujudkan tata kelola pemerintahan yang bersih, transparan dan bebas korupsi' }],
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2026-01-20',
}

const full: Doc = {
  ...minimal,
  id: 2,
  missions: [
    { number: 1, text: 'Mewujudkan tata kelola pemerintahan yang bersih, transparan dan bebas korupsi' },
    { number: 2, text: 'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas dan berdaya saing' },
    { number: 3, text: 'Mempercepat pembangunan infrastruktur yang merata dan berkelanjutan' },
    { number: 4, text: 'Mendorong pertumbuhan ekonomi yang inklusif dan berkeadilan' },
    { number: 5, text: 'Memperkuat kehidupan sosial budaya yang religius dan harmonis' },
  ],
  createdAt: '2025-03-01T02:00:00.000Z',
  updatedAt: '2026-01-20T02:00:00.000Z',
}

export const examples = defineExamples({
  type: visions,
  valid: [
    { name: 'RPJMD 2025-2029 dengan satu misi (minimal)', doc: minimal },
    { name: 'RPJMD 2025-2029 dengan lima misi (teks misi contoh)', doc: full },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa awal periode', doc: without(minimal, 'periodStart'), errorPath: 'periodStart' },
    { name: 'tanpa akhir periode', doc: without(minimal, 'periodEnd'), errorPath: 'periodEnd' },
    { name: 'tanpa visi', doc: without(minimal, 'vision'), errorPath: 'vision' },
    { name: 'tanpa misi', doc: without(minimal, 'missions'), errorPath: 'missions' },
    { name: 'misi tanpa nomor', doc: without(minimal, 'missions.0.number'), errorPath: 'missions.0.number' },
    { name: 'misi tanpa teks', doc: without(minimal, 'missions.0.text'), errorPath: 'missions.0.text' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'awal periode desimal', doc: withValue(minimal, 'periodStart', 2025.5), errorPath: 'periodStart' },
    { name: 'akhir periode desimal', doc: withValue(minimal, 'periodEnd', 2029.5), errorPath: 'periodEnd' },
    { name: 'akhir periode di luar rentang tahun', doc: withValue(minimal, 'periodEnd', 2929), errorPath: 'periodEnd' },
    { name: 'daftar misi kosong', doc: withValue(minimal, 'missions', []), errorPath: 'missions' },
    { name: 'nomor misi 0', doc: withValue(minimal, 'missions.0.number', 0), errorPath: 'missions.0.number' },
    { name: 'nomor misi desimal', doc: withValue(minimal, 'missions.0.number', 1.5), errorPath: 'missions.0.number' },
    { name: 'tanggal tinjau berformat garis miring', doc: withValue(minimal, 'lastReviewedAt', '2026/01/20'), errorPath: 'lastReviewedAt' },
    { name: 'akhir periode sebelum awal periode', doc: withValue(minimal, 'periodEnd', 2024), errorPath: 'periodEnd' },
    { name: 'nomor misi dipakai dua kali', doc: withValue(full, 'missions.1.number', 1), errorPath: 'missions.1.number' },
  ],
})
