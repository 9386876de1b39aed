import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { legalDocuments } from '../types/legal-documents.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof legalDocuments.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  kind: 'perda',
  number: '8',
  year: 2016,
  title: 'Pembentukan dan Susunan Perangkat Daerah Provinsi Banten',
  status: 'diubah',
  ownerUnit: 'Biro Hukum - Bagian Dokumentasi dan Informasi Hukum',
  lastReviewedAt: '2026-01-12',
}

const full: Doc = {
  id: 2,
  opd: 3,
  kind: 'pergub',
  number: '27',
  year: 2025,
  title: 'Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik di Lingkungan Pemerintah Provinsi Banten (contoh)',
  status: 'berlaku',
  supersedes: 3,
  file: 88,
  fileHash: '9f2c4d1e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d',
  ownerUnit: 'Bidang Aplikasi Informatika',
  lastReviewedAt: '2026-01-12',
  createdAt: '2025-09-01T02:00:00.000Z',
  updatedAt: '2026-01-12T02:00:00.000Z',
}

export const examples = defineExamples({
  type: legalDocuments,
  valid: [
    { name: 'Perda provinsi tanpa OPD dan berkas (minimal)', doc: minimal },
    { name: 'Pergub OPD yang mengganti pergub lama, dengan berkas dan sidik (lengkap)', doc: full },
    {
      name: 'Surat edaran yang sudah dicabut',
      doc: { ...minimal, id: 3, kind: 'se', number: '800/1234-Diskominfo', year: 2019, title: 'Pengelolaan Laman Resmi Perangkat Daerah (contoh)', status: 'dicabut' },
    },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa jenis', doc: without(minimal, 'kind'), errorPath: 'kind' },
    { name: 'tanpa nomor', doc: without(minimal, 'number'), errorPath: 'number' },
    { name: 'tanpa tahun', doc: without(minimal, 'year'), errorPath: 'year' },
    { name: 'tanpa judul', doc: without(minimal, 'title'), errorPath: 'title' },
    { name: 'tanpa status', doc: without(minimal, 'status'), errorPath: 'status' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'jenis tidak dikenal', doc: withValue(minimal, 'kind', 'perpres'), errorPath: 'kind' },
    { name: 'nomor kosong', doc: withValue(minimal, 'number', ''), errorPath: 'number' },
    { name: 'tahun desimal', doc: withValue(minimal, 'year', 2016.5), errorPath: 'year' },
    { name: 'tahun berupa teks', doc: withValue(minimal, 'year', '2016'), errorPath: 'year' },
    { name: 'tahun sebelum 2000', doc: withValue(minimal, 'year', 1999), errorPath: 'year' },
    { name: 'status tidak dikenal', doc: withValue(minimal, 'status', 'aktif'), errorPath: 'status' },
    { name: 'dokumen yang diganti dengan id 0', doc: withValue(full, 'supersedes', 0), errorPath: 'supersedes' },
    { name: 'berkas dengan id desimal', doc: withValue(full, 'file', 88.5), errorPath: 'file' },
    { name: 'sidik berkas dengan huruf besar', doc: withValue(full, 'fileHash', '9F2C4D1E8B7A6C5D4E3F2A1B0C9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F4A3B2C1D'), errorPath: 'fileHash' },
    { name: 'sidik berkas MD5 (32 karakter)', doc: withValue(full, 'fileHash', '9f2c4d1e8b7a6c5d4e3f2a1b0c9d8e7f'), errorPath: 'fileHash' },
    { name: 'tanggal tinjau berformat HH-BB-TTTT', doc: withValue(minimal, 'lastReviewedAt', '12-01-2026'), errorPath: 'lastReviewedAt' },
  ],
})
