import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { programmes } from '../types/programmes.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof programmes.fields> & SystemFields

// A programme must link to a target (cross rule), so the smallest valid programme carries one.
const programme: Doc = {
  id: 10,
  opd: 3,
  level: 'programme',
  code: '2.16.02',
  name: 'Program Informasi dan Komunikasi Publik',
  year: 2026,
  target: 1,
  personInCharge: 'Kepala Bidang Informasi dan Komunikasi Publik',
  indicators: [{ name: 'Persentase informasi publik yang tersedia di laman resmi', unit: 'persen', year: 2026, target: 90 }],
  ceiling: 4_750_000_000,
  fundingSource: 'pad',
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2026-01-20',
}

const activity: Doc = {
  id: 11,
  opd: 3,
  level: 'activity',
  code: '2.16.02.1.01',
  name: 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Provinsi',
  year: 2026,
  parent: 10,
  personInCharge: 'Kepala Bidang Informasi dan Komunikasi Publik',
  indicators: [{ name: 'Jumlah dokumen publikasi informasi publik', unit: 'dokumen', year: 2026, target: 12 }],
  ceiling: 4_750_000_000,
  fundingSource: 'pad',
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2026-01-20',
}

const subActivity: Doc = {
  id: 12,
  opd: 3,
  level: 'sub_activity',
  code: '2.16.02.1.01.0001',
  name: 'Perumusan Kebijakan Teknis di Bidang Informasi dan Komunikasi Publik',
  year: 2026,
  parent: 11,
  target: 1,
  personInCharge: 'Ketua Tim Kerja Pengelolaan Informasi Publik',
  indicators: [
    { name: 'Jumlah dokumen kebijakan teknis informasi dan komunikasi publik', unit: 'dokumen', year: 2025, target: 2, realised: 2 },
    { name: 'Jumlah dokumen kebijakan teknis informasi dan komunikasi publik', unit: 'dokumen', year: 2026, target: 2 },
  ],
  schedule: 'Februari-November',
  ceiling: 385_000_000,
  fundingSource: 'dau',
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2026-01-20',
  createdAt: '2025-12-20T03:00:00.000Z',
  updatedAt: '2026-01-20T03:00:00.000Z',
}

export const examples = defineExamples({
  type: programmes,
  valid: [
    { name: 'Program dengan sasaran (minimal)', doc: programme },
    { name: 'Kegiatan provinsi dengan induk program', doc: activity },
    { name: 'Sub kegiatan lengkap dengan jadwal dan realisasi indikator', doc: subActivity },
    {
      name: 'Program e-government dengan pagu nol',
      doc: { ...programme, id: 13, code: '2.16.03', name: 'Program Aplikasi Informatika', ceiling: 0, fundingSource: 'dau' },
    },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(programme, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(programme, 'opd'), errorPath: 'opd' },
    { name: 'tanpa tingkat', doc: without(programme, 'level'), errorPath: 'level' },
    { name: 'tanpa kode', doc: without(programme, 'code'), errorPath: 'code' },
    { name: 'tanpa nomenklatur', doc: without(programme, 'name'), errorPath: 'name' },
    { name: 'tanpa tahun anggaran', doc: without(programme, 'year'), errorPath: 'year' },
    { name: 'tanpa penanggung jawab', doc: without(programme, 'personInCharge'), errorPath: 'personInCharge' },
    { name: 'tanpa indikator', doc: without(programme, 'indicators'), errorPath: 'indicators' },
    { name: 'indikator tanpa nama', doc: without(programme, 'indicators.0.name'), errorPath: 'indicators.0.name' },
    { name: 'indikator tanpa satuan', doc: without(programme, 'indicators.0.unit'), errorPath: 'indicators.0.unit' },
    { name: 'indikator tanpa tahun', doc: without(programme, 'indicators.0.year'), errorPath: 'indicators.0.year' },
    { name: 'indikator tanpa target', doc: without(programme, 'indicators.0.target'), errorPath: 'indicators.0.target' },
    { name: 'tanpa pagu', doc: without(programme, 'ceiling'), errorPath: 'ceiling' },
    { name: 'tanpa sumber dana', doc: without(programme, 'fundingSource'), errorPath: 'fundingSource' },
    { name: 'tanpa unit penanggung jawab', doc: without(programme, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(programme, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'tingkat tidak dikenal', doc: withValue(programme, 'level', 'subkegiatan'), errorPath: 'level' },
    { name: 'kode hanya bidang urusan', doc: withValue(programme, 'code', '2.16'), errorPath: 'code' },
    { name: 'kode sub kegiatan dengan tiga digit terakhir', doc: withValue(subActivity, 'code', '2.16.02.1.01.001'), errorPath: 'code' },
    { name: 'tahun anggaran desimal', doc: withValue(programme, 'year', 2026.5), errorPath: 'year' },
    { name: 'induk dengan id 0', doc: withValue(activity, 'parent', 0), errorPath: 'parent' },
    { name: 'sasaran berupa teks kosong', doc: withValue(programme, 'target', ''), errorPath: 'target' },
    { name: 'daftar indikator kosong', doc: withValue(programme, 'indicators', []), errorPath: 'indicators' },
    { name: 'target indikator berupa teks', doc: withValue(programme, 'indicators.0.target', '90 persen'), errorPath: 'indicators.0.target' },
    { name: 'pagu negatif', doc: withValue(programme, 'ceiling', -4_750_000_000), errorPath: 'ceiling' },
    { name: 'pagu dengan sen', doc: withValue(programme, 'ceiling', 4_750_000_000.5), errorPath: 'ceiling' },
    { name: 'sumber dana tidak dikenal', doc: withValue(programme, 'fundingSource', 'apbn'), errorPath: 'fundingSource' },
    { name: 'tanggal tinjau berformat HH/BB/TTTT', doc: withValue(programme, 'lastReviewedAt', '20/01/2026'), errorPath: 'lastReviewedAt' },
    { name: 'kegiatan dengan digit tingkat kabupaten/kota (2)', doc: withValue(activity, 'code', '2.16.02.2.01'), errorPath: 'code' },
    { name: 'sub kegiatan dengan digit tingkat kabupaten/kota (2)', doc: withValue(subActivity, 'code', '2.16.02.2.01.0001'), errorPath: 'code' },
    { name: 'program dengan kode kegiatan', doc: withValue(programme, 'code', '2.16.02.1.01'), errorPath: 'code' },
    { name: 'kegiatan dengan kode program', doc: withValue(activity, 'code', '2.16.02'), errorPath: 'code' },
    { name: 'sub kegiatan dengan kode kegiatan', doc: withValue(subActivity, 'code', '2.16.02.1.01'), errorPath: 'code' },
    { name: 'kegiatan tanpa induk', doc: without(activity, 'parent'), errorPath: 'parent' },
    { name: 'sub kegiatan tanpa induk', doc: without(subActivity, 'parent'), errorPath: 'parent' },
    { name: 'program tanpa sasaran', doc: without(programme, 'target'), errorPath: 'target' },
  ],
})
