import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { ppidEntries } from '../types/ppid-entries.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof ppidEntries.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  opd: 3,
  title: 'Laporan Realisasi Anggaran Diskominfo SP Tahun 2025',
  category: 'berkala',
  summary: 'Realisasi pendapatan dan belanja per program, kegiatan dan sub kegiatan sampai 31 Desember 2025.',
  ownerUnit: 'Sekretariat - Subbagian Program dan Keuangan',
  lastReviewedAt: '2026-01-20',
}

const full: Doc = {
  id: 2,
  opd: 3,
  title: 'Standar Operasional Prosedur Layanan Informasi Publik',
  category: 'setiap_saat',
  summary: 'Prosedur permohonan informasi, pengajuan keberatan dan penanganan sengketa informasi di Diskominfo SP.',
  format: 'Softcopy (PDF) dan hardcopy',
  retention: 'Selama berlaku',
  url: 'https://diskominfo.contoh.bantenprov.go.id/ppid/sop-layanan-informasi',
  file: 77,
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2026-01-20',
  createdAt: '2025-02-03T02:00:00.000Z',
  updatedAt: '2026-01-20T02:00:00.000Z',
}

// Exempted (DIK) entries are stored but must never reach the published contract; nor may their private
// exemption reasoning. The rules on that reasoning apply where it is stored (tested against the CMS).
const exempted = {
  ...minimal,
  id: 3,
  title: 'Konfigurasi Kunci Kriptografi Jaringan Intra Pemerintah',
  category: 'dikecualikan',
  summary: 'Parameter dan kunci persandian jaringan intra Pemerintah Provinsi Banten.',
  ownerUnit: 'Bidang Persandian',
  exemption: {
    legalReason: 'UU 14/2008 Ps. 17 huruf c (keamanan negara)',
    consequenceTest: 'Pengungkapan membuka akses pihak lain ke jaringan intra pemerintah.',
  },
}

export const examples = defineExamples({
  type: ppidEntries,
  valid: [
    { name: 'Informasi berkala (minimal)', doc: minimal },
    { name: 'Informasi setiap saat dengan tautan dan berkas (lengkap)', doc: full },
    {
      name: 'Informasi serta merta',
      doc: {
        ...minimal,
        id: 4,
        title: 'Peringatan Dini Cuaca Ekstrem Wilayah Banten',
        category: 'serta_merta',
        summary: 'Informasi peringatan dini cuaca ekstrem dan imbauan kewaspadaan bagi masyarakat Banten.',
        url: 'https://diskominfo.contoh.bantenprov.go.id/informasi-serta-merta',
      },
    },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa judul', doc: without(minimal, 'title'), errorPath: 'title' },
    { name: 'tanpa kategori', doc: without(minimal, 'category'), errorPath: 'category' },
    { name: 'tanpa ringkasan', doc: without(minimal, 'summary'), errorPath: 'summary' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'kategori tidak dikenal', doc: withValue(minimal, 'category', 'rahasia'), errorPath: 'category' },
    { name: 'ringkasan terlalu pendek', doc: withValue(minimal, 'summary', 'LRA 2025'), errorPath: 'summary' },
    { name: 'tautan tanpa http(s)://', doc: withValue(full, 'url', 'ppid.bantenprov.go.id/sop'), errorPath: 'url' },
    { name: 'tautan FTP', doc: withValue(full, 'url', 'ftp://contoh.bantenprov.go.id/sop.pdf'), errorPath: 'url' },
    { name: 'berkas dengan id 0', doc: withValue(full, 'file', 0), errorPath: 'file' },
    { name: 'tanggal tinjau berformat HH-BB-TTTT', doc: withValue(minimal, 'lastReviewedAt', '20-01-2026'), errorPath: 'lastReviewedAt' },
    { name: 'informasi dikecualikan dipublikasikan', doc: without(exempted, 'exemption'), errorPath: 'category' },
    { name: 'alasan pengecualian ikut dipublikasikan', doc: exempted, errorPath: 'exemption' },
  ],
})
