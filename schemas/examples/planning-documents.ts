import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { planningDocuments } from '../types/planning-documents.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof planningDocuments.fields> & SystemFields

const rpjmd: Doc = {
  id: 1,
  type: 'rpjmd',
  title: 'Rencana Pembangunan Jangka Menengah Daerah Provinsi Banten Tahun 2025-2029',
  periodStart: 2025,
  periodEnd: 2029,
  instrumentKind: 'perda',
  number: '3 Tahun 2025',
  date: '2025-08-14',
  file: 101,
  status: 'enacted',
  ownerUnit: 'Bappeda - Bidang Perencanaan, Pengendalian dan Evaluasi',
  lastReviewedAt: '2026-01-10',
}

const renstra: Doc = {
  id: 2,
  opd: 3,
  type: 'renstra',
  title: 'Rencana Strategis Dinas Komunikasi, Informatika, Statistik dan Persandian Tahun 2025-2029',
  periodStart: 2025,
  periodEnd: 2029,
  instrumentKind: 'keputusan_kepala_pd',
  number: '050/112-Diskominfo/2025',
  date: '2025-10-02',
  file: 102,
  status: 'enacted',
  ownerUnit: 'Sekretariat - Subbagian Program dan Keuangan',
  lastReviewedAt: '2026-01-10',
  createdAt: '2025-10-03T01:00:00.000Z',
  updatedAt: '2026-01-10T01:00:00.000Z',
}

const rkpd: Doc = {
  ...rpjmd,
  id: 3,
  type: 'rkpd',
  title: 'Rencana Kerja Pemerintah Daerah Provinsi Banten Tahun 2026',
  periodStart: 2026,
  periodEnd: 2026,
  instrumentKind: 'pergub',
  number: '41 Tahun 2025',
  date: '2025-06-27',
  file: 103,
}

const renja: Doc = {
  ...renstra,
  id: 4,
  type: 'renja',
  title: 'Rencana Kerja Diskominfo SP Tahun 2026',
  periodStart: 2026,
  periodEnd: 2026,
  number: '050/201-Diskominfo/2025',
  date: '2025-12-15',
  file: 104,
  status: 'draft',
}

export const examples = defineExamples({
  type: planningDocuments,
  valid: [
    { name: 'RPJMD provinsi 2025-2029 tanpa OPD (minimal)', doc: rpjmd },
    { name: 'Renstra OPD 2025-2029 lengkap', doc: renstra },
    { name: 'RKPD provinsi 2026', doc: rkpd },
    { name: 'Rancangan Renja OPD 2026', doc: renja },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(rpjmd, 'id'), errorPath: 'id' },
    { name: 'tanpa jenis dokumen', doc: without(rpjmd, 'type'), errorPath: 'type' },
    { name: 'tanpa judul', doc: without(rpjmd, 'title'), errorPath: 'title' },
    { name: 'tanpa awal periode', doc: without(rpjmd, 'periodStart'), errorPath: 'periodStart' },
    { name: 'tanpa akhir periode', doc: without(rpjmd, 'periodEnd'), errorPath: 'periodEnd' },
    { name: 'tanpa jenis produk hukum', doc: without(rpjmd, 'instrumentKind'), errorPath: 'instrumentKind' },
    { name: 'tanpa nomor', doc: without(rpjmd, 'number'), errorPath: 'number' },
    { name: 'tanpa tanggal penetapan', doc: without(rpjmd, 'date'), errorPath: 'date' },
    { name: 'tanpa berkas', doc: without(rpjmd, 'file'), errorPath: 'file' },
    { name: 'tanpa status', doc: without(rpjmd, 'status'), errorPath: 'status' },
    { name: 'tanpa unit penanggung jawab', doc: without(rpjmd, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(rpjmd, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'jenis dokumen tidak dikenal', doc: withValue(rpjmd, 'type', 'rpjm'), errorPath: 'type' },
    { name: 'awal periode desimal', doc: withValue(rpjmd, 'periodStart', 2025.5), errorPath: 'periodStart' },
    { name: 'akhir periode desimal', doc: withValue(rpjmd, 'periodEnd', 2029.5), errorPath: 'periodEnd' },
    { name: 'akhir periode setelah 2100', doc: withValue(rpjmd, 'periodEnd', 2101), errorPath: 'periodEnd' },
    { name: 'jenis produk hukum tidak dikenal', doc: withValue(rpjmd, 'instrumentKind', 'perpres'), errorPath: 'instrumentKind' },
    { name: 'nomor kosong', doc: withValue(rpjmd, 'number', ''), errorPath: 'number' },
    { name: 'tanggal penetapan berformat HH-BB-TTTT', doc: withValue(rpjmd, 'date', '14-08-2025'), errorPath: 'date' },
    { name: 'berkas dengan id negatif', doc: withValue(rpjmd, 'file', -1), errorPath: 'file' },
    { name: 'status tidak dikenal', doc: withValue(rpjmd, 'status', 'final'), errorPath: 'status' },
    { name: 'OPD dengan id desimal', doc: withValue(renstra, 'opd', 3.5), errorPath: 'opd' },
    { name: 'tanggal tinjau tanpa tahun empat digit', doc: withValue(rpjmd, 'lastReviewedAt', '26-01-10'), errorPath: 'lastReviewedAt' },
    { name: 'akhir periode sebelum awal periode', doc: withValue(rpjmd, 'periodEnd', 2024), errorPath: 'periodEnd' },
    { name: 'RPJMD dengan periode 4 tahun', doc: withValue(rpjmd, 'periodEnd', 2028), errorPath: 'periodEnd' },
    { name: 'RKPD dengan periode 2 tahun', doc: withValue(rkpd, 'periodEnd', 2027), errorPath: 'periodEnd' },
    { name: 'Renja OPD tanpa OPD', doc: without(renja, 'opd'), errorPath: 'opd' },
    { name: 'RKPD provinsi dengan OPD', doc: withValue(rkpd, 'opd', 3), errorPath: 'opd' },
  ],
})
