import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { opdProfiles } from '../types/opd-profiles.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof opdProfiles.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  opd: 3,
  legalBasis: {
    title: 'Peraturan Daerah Provinsi Banten tentang Pembentukan dan Susunan Perangkat Daerah Provinsi Banten',
    number: '8 Tahun 2016',
    date: '2016-11-21',
  },
  address: 'Kawasan Pusat Pemerintahan Provinsi Banten (KP3B), Jl. Syech Nawawi Al Bantani, Palima, Curug, Kota Serang 42171',
  phone: '0254 267001',
  email: 'diskominfo@contoh.bantenprov.go.id',
  duties:
    'Membantu Gubernur melaksanakan urusan pemerintahan bidang komunikasi dan informatika, bidang statistik dan bidang persandian yang menjadi kewenangan daerah provinsi.',
  orgChart: 41,
  head: { name: 'Contoh: Nama Kepala Dinas (fiktif)', position: 'Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian' },
  serviceHours: 'Senin-Kamis 07.30-16.00, Jumat 07.30-16.30',
  ppid: {
    contact: 'Meja Layanan PPID Diskominfo SP, Gedung Diskominfo SP lantai 1 KP3B; email ppid.diskominfo@contoh.bantenprov.go.id',
    requestProcedure: 'Pemohon mengisi formulir permohonan informasi di meja layanan atau daring, PPID memberi nomor pendaftaran dan menjawab paling lambat 10 hari kerja (dapat diperpanjang 7 hari kerja).',
    objectionProcedure: 'Pemohon mengajukan keberatan tertulis kepada atasan PPID paling lambat 30 hari kerja sejak penolakan atau keterlambatan jawaban; atasan PPID menanggapi paling lambat 30 hari kerja.',
    disputeProcedure: 'Bila tanggapan atasan PPID tidak memuaskan, pemohon dapat mengajukan permohonan penyelesaian sengketa informasi ke Komisi Informasi Provinsi Banten dalam 14 hari kerja.',
  },
  ownerUnit: 'Sekretariat - Subbagian Umum dan Kepegawaian',
  lastReviewedAt: '2026-01-15',
}

const full: Doc = {
  ...minimal,
  id: 2,
  head: {
    ...minimal.head,
    photo: 42,
    lhkpnUrl: 'https://elhkpn.kpk.go.id/portal/user/pengumuman_lhkpn/contoh',
  },
  subUnits: [
    { name: 'UPTD Pengelolaan Data Center dan Jaringan', address: 'KP3B Gedung C, Jl. Syech Nawawi Al Bantani, Kota Serang' },
    { name: 'UPTD Layanan Persandian' },
  ],
  affairs: [{ code: '2.16' }, { code: '2.20' }, { code: '2.21' }],
  ppid: {
    ...minimal.ppid,
    requestFormUrl: 'https://diskominfo.contoh.bantenprov.go.id/ppid/formulir-permohonan',
  },
  createdAt: '2025-07-01T01:00:00.000Z',
  updatedAt: '2026-01-15T04:12:00.000Z',
}

export const examples = defineExamples({
  type: opdProfiles,
  valid: [
    { name: 'Profil minimal Diskominfo SP', doc: minimal },
    { name: 'Profil lengkap dengan UPTD, bidang urusan dan formulir PPID', doc: full },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa OPD', doc: without(minimal, 'opd'), errorPath: 'opd' },
    { name: 'tanpa dasar hukum', doc: without(minimal, 'legalBasis'), errorPath: 'legalBasis' },
    { name: 'dasar hukum tanpa nama peraturan', doc: without(minimal, 'legalBasis.title'), errorPath: 'legalBasis.title' },
    { name: 'dasar hukum tanpa nomor', doc: without(minimal, 'legalBasis.number'), errorPath: 'legalBasis.number' },
    { name: 'dasar hukum tanpa tanggal', doc: without(minimal, 'legalBasis.date'), errorPath: 'legalBasis.date' },
    { name: 'tanpa alamat', doc: without(minimal, 'address'), errorPath: 'address' },
    { name: 'tanpa telepon', doc: without(minimal, 'phone'), errorPath: 'phone' },
    { name: 'tanpa email', doc: without(minimal, 'email'), errorPath: 'email' },
    { name: 'tanpa tugas dan fungsi', doc: without(minimal, 'duties'), errorPath: 'duties' },
    { name: 'tanpa bagan organisasi', doc: without(minimal, 'orgChart'), errorPath: 'orgChart' },
    { name: 'tanpa kepala OPD', doc: without(minimal, 'head'), errorPath: 'head' },
    { name: 'kepala tanpa nama', doc: without(minimal, 'head.name'), errorPath: 'head.name' },
    { name: 'kepala tanpa jabatan', doc: without(minimal, 'head.position'), errorPath: 'head.position' },
    { name: 'UPTD tanpa nama', doc: without(full, 'subUnits.0.name'), errorPath: 'subUnits.0.name' },
    { name: 'tanpa jam pelayanan', doc: without(minimal, 'serviceHours'), errorPath: 'serviceHours' },
    { name: 'bidang urusan tanpa kode', doc: without(full, 'affairs.0.code'), errorPath: 'affairs.0.code' },
    { name: 'tanpa PPID', doc: without(minimal, 'ppid'), errorPath: 'ppid' },
    { name: 'PPID tanpa kontak', doc: without(minimal, 'ppid.contact'), errorPath: 'ppid.contact' },
    { name: 'PPID tanpa prosedur permohonan', doc: without(minimal, 'ppid.requestProcedure'), errorPath: 'ppid.requestProcedure' },
    { name: 'PPID tanpa prosedur keberatan', doc: without(minimal, 'ppid.objectionProcedure'), errorPath: 'ppid.objectionProcedure' },
    { name: 'PPID tanpa prosedur sengketa', doc: without(minimal, 'ppid.disputeProcedure'), errorPath: 'ppid.disputeProcedure' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'OPD dengan id 0', doc: withValue(minimal, 'opd', 0), errorPath: 'opd' },
    { name: 'tanggal dasar hukum berformat HH-BB-TTTT', doc: withValue(minimal, 'legalBasis.date', '21-11-2016'), errorPath: 'legalBasis.date' },
    { name: 'telepon tanpa awalan 0 atau +62', doc: withValue(minimal, 'phone', '254 267001'), errorPath: 'phone' },
    { name: 'email tanpa domain', doc: withValue(minimal, 'email', 'diskominfo@'), errorPath: 'email' },
    { name: 'tugas dan fungsi terlalu singkat', doc: withValue(minimal, 'duties', 'Urusan kominfo'), errorPath: 'duties' },
    { name: 'tautan LHKPN tanpa https://', doc: withValue(full, 'head.lhkpnUrl', 'elhkpn.kpk.go.id'), errorPath: 'head.lhkpnUrl' },
    { name: 'kode bidang urusan berformat program', doc: withValue(full, 'affairs.0.code', '2.16.02'), errorPath: 'affairs.0.code' },
    { name: 'prosedur permohonan terlalu singkat', doc: withValue(minimal, 'ppid.requestProcedure', 'Datang ke PPID'), errorPath: 'ppid.requestProcedure' },
    { name: 'formulir PPID bukan alamat web', doc: withValue(full, 'ppid.requestFormUrl', 'formulir-permohonan.pdf'), errorPath: 'ppid.requestFormUrl' },
    { name: 'tanggal tinjau dengan bulan 13', doc: withValue(minimal, 'lastReviewedAt', '2026-13-01'), errorPath: 'lastReviewedAt' },
  ],
})
