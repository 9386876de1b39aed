import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { news } from '../types/news.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof news.fields> & SystemFields

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})

const minimal: Doc = {
  id: 1,
  kind: 'pengumuman',
  title: 'Pemeliharaan Jaringan Pusat Data Pemerintah Provinsi Banten',
  slug: 'pemeliharaan-jaringan-pusat-data',
  date: '2026-02-12',
  summary: 'Layanan daring Pemerintah Provinsi Banten tidak dapat diakses pada Sabtu, 14 Februari 2026 pukul 22.00-02.00 WIB.',
  body: {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [paragraph('Sehubungan dengan pemeliharaan perangkat jaringan pusat data, layanan daring Pemerintah Provinsi Banten tidak dapat diakses sementara.')],
    },
  },
  ownerUnit: 'Bidang Aplikasi Informatika',
  lastReviewedAt: '2026-02-12',
}

const full: Doc = {
  id: 2,
  opd: 3,
  kind: 'berita',
  title: 'Diskominfo SP Gelar Bimbingan Teknis Pengelola Laman OPD',
  slug: 'bimtek-pengelola-laman-opd-2026',
  date: '2026-03-05',
  summary: 'Bimbingan teknis diikuti pengelola laman dari seluruh OPD agar informasi berkala terbit seragam dan tepat waktu (contoh berita).',
  body: {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        paragraph('Dinas Komunikasi, Informatika, Statistik dan Persandian Provinsi Banten menyelenggarakan bimbingan teknis bagi pengelola laman OPD.'),
        paragraph('Peserta berlatih memperbarui profil OPD, realisasi anggaran dan daftar informasi publik pada templat portal yang seragam.'),
      ],
    },
  },
  image: 58,
  ownerUnit: 'Bidang Informasi dan Komunikasi Publik',
  lastReviewedAt: '2026-03-05',
  createdAt: '2026-03-05T06:00:00.000Z',
  updatedAt: '2026-03-05T08:20:00.000Z',
}

export const examples = defineExamples({
  type: news,
  valid: [
    { name: 'Pengumuman provinsi tanpa OPD dan gambar (minimal)', doc: minimal },
    { name: 'Berita OPD dengan gambar utama (lengkap)', doc: full },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa jenis', doc: without(minimal, 'kind'), errorPath: 'kind' },
    { name: 'tanpa judul', doc: without(minimal, 'title'), errorPath: 'title' },
    { name: 'tanpa slug', doc: without(minimal, 'slug'), errorPath: 'slug' },
    { name: 'tanpa tanggal', doc: without(minimal, 'date'), errorPath: 'date' },
    { name: 'tanpa ringkasan', doc: without(minimal, 'summary'), errorPath: 'summary' },
    { name: 'tanpa isi', doc: without(minimal, 'body'), errorPath: 'body' },
    { name: 'isi tanpa root', doc: without(minimal, 'body.root'), errorPath: 'body.root' },
    { name: 'root tanpa tipe', doc: without(minimal, 'body.root.type'), errorPath: 'body.root.type' },
    { name: 'root tanpa children', doc: without(minimal, 'body.root.children'), errorPath: 'body.root.children' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'OPD berupa teks kosong', doc: withValue(full, 'opd', ''), errorPath: 'opd' },
    { name: 'jenis tidak dikenal', doc: withValue(minimal, 'kind', 'artikel'), errorPath: 'kind' },
    { name: 'judul terlalu pendek', doc: withValue(minimal, 'title', 'Info'), errorPath: 'title' },
    { name: 'judul lebih dari 200 karakter', doc: withValue(minimal, 'title', 'Pemeliharaan jaringan '.repeat(10)), errorPath: 'title' },
    { name: 'slug dengan huruf besar', doc: withValue(minimal, 'slug', 'Pemeliharaan-Jaringan'), errorPath: 'slug' },
    { name: 'tanggal dengan jam tanpa zona waktu', doc: withValue(minimal, 'date', '2026-02-12 10:00'), errorPath: 'date' },
    { name: 'ringkasan terlalu pendek', doc: withValue(minimal, 'summary', 'Gangguan'), errorPath: 'summary' },
    { name: 'ringkasan lebih dari 400 karakter', doc: withValue(minimal, 'summary', 'Layanan daring tidak dapat diakses. '.repeat(12)), errorPath: 'summary' },
    { name: 'isi berupa teks biasa', doc: withValue(minimal, 'body', 'Layanan daring tidak dapat diakses.'), errorPath: 'body' },
    { name: 'tipe root bukan root', doc: withValue(minimal, 'body.root.type', 'paragraph'), errorPath: 'body.root.type' },
    { name: 'children bukan daftar', doc: withValue(minimal, 'body.root.children', 'teks'), errorPath: 'body.root.children' },
    { name: 'gambar dengan id 0', doc: withValue(full, 'image', 0), errorPath: 'image' },
    { name: 'tanggal tinjau berformat HH-BB-TTTT', doc: withValue(minimal, 'lastReviewedAt', '12-02-2026'), errorPath: 'lastReviewedAt' },
  ],
})
