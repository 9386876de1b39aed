import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { emergencyNotices } from '../types/emergency-notices.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof emergencyNotices.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  title: 'Peringatan Dini Gelombang Tinggi di Perairan Selatan Banten',
  issuedAt: '2026-01-08',
  hazard: 'Gelombang setinggi 4-6 meter di perairan selatan Banten selama tiga hari ke depan; berbahaya bagi perahu nelayan dan wisata pantai.',
  affected: 'Nelayan, wisatawan dan warga pesisir Kabupaten Pandeglang dan Kabupaten Lebak.',
  evacuation: 'Menjauh dari bibir pantai; titik kumpul di balai desa dan sekolah terdekat yang ditunjuk BPBD.',
  avoidance: 'Tidak melaut dengan perahu kecil, tidak berenang di pantai, menambatkan perahu di tempat aman.',
  help: 'Hubungi 112 atau Pusdalops BPBD Provinsi Banten; posko siaga di kantor kecamatan pesisir.',
  announcer: 'Badan Penanggulangan Bencana Daerah Provinsi Banten berdasarkan informasi BMKG.',
  announcementProcedure: 'Diumumkan di portal provinsi, laman BPBD, media sosial resmi dan pengeras suara desa pesisir.',
  actions: 'BPBD menyiagakan tim reaksi cepat dan berkoordinasi dengan Basarnas dan pemerintah kabupaten.',
  ownerUnit: 'Pusdalops BPBD',
  lastReviewedAt: '2026-01-08',
}

const full: Doc = {
  id: 2,
  opd: 11,
  title: 'Banjir di Kawasan Hilir Sungai Ciujung (contoh)',
  issuedAt: '2026-02-21T05:30:00+07:00',
  expiresAt: '2026-02-28',
  hazard: 'Banjir setinggi 50-150 cm di permukiman sekitar hilir Sungai Ciujung; debit sungai diperkirakan masih naik 24 jam ke depan.',
  affected: 'Warga di sejumlah desa di Kecamatan Kragilan dan Kecamatan Tirtayasa, Kabupaten Serang.',
  evacuation: 'Evakuasi ke tempat pengungsian sementara di gedung sekolah dan kantor kecamatan; perahu karet disiagakan di titik jemput.',
  avoidance: 'Matikan listrik rumah, amankan dokumen penting, hindari arus deras dan jangan menyeberangi genangan.',
  help: 'Hubungi 112; posko BPBD di kantor Kecamatan Kragilan; layanan kesehatan oleh Dinas Kesehatan di tempat pengungsian.',
  announcer: 'BPBD Provinsi Banten bersama BPBD Kabupaten Serang.',
  announcementProcedure: 'Portal provinsi (pita peringatan di setiap halaman), laman BPBD, siaran radio lokal dan grup informasi desa.',
  actions: 'Evakuasi warga, dapur umum, distribusi logistik dan pompa air bergerak.',
  ownerUnit: 'Pusdalops BPBD',
  lastReviewedAt: '2026-02-21',
  createdAt: '2026-02-21T05:31:00+07:00',
  updatedAt: '2026-02-21T09:00:00+07:00',
}

export const examples = defineExamples({
  type: emergencyNotices,
  valid: [
    { name: 'Peringatan provinsi tanpa OPD dan masa berlaku (minimal)', doc: minimal },
    { name: 'Informasi banjir BPBD dengan masa berlaku (lengkap)', doc: full },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa judul', doc: without(minimal, 'title'), errorPath: 'title' },
    { name: 'tanpa tanggal diumumkan', doc: without(minimal, 'issuedAt'), errorPath: 'issuedAt' },
    { name: 'tanpa potensi bahaya', doc: without(minimal, 'hazard'), errorPath: 'hazard' },
    { name: 'tanpa pihak terdampak', doc: without(minimal, 'affected'), errorPath: 'affected' },
    { name: 'tanpa prosedur evakuasi', doc: without(minimal, 'evacuation'), errorPath: 'evacuation' },
    { name: 'tanpa cara menghindari bahaya', doc: without(minimal, 'avoidance'), errorPath: 'avoidance' },
    { name: 'tanpa cara mendapatkan bantuan', doc: without(minimal, 'help'), errorPath: 'help' },
    { name: 'tanpa pihak yang mengumumkan', doc: without(minimal, 'announcer'), errorPath: 'announcer' },
    { name: 'tanpa tata cara pengumuman', doc: without(minimal, 'announcementProcedure'), errorPath: 'announcementProcedure' },
    { name: 'tanpa upaya penanggulangan', doc: without(minimal, 'actions'), errorPath: 'actions' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'OPD dengan id 0', doc: withValue(full, 'opd', 0), errorPath: 'opd' },
    { name: 'tanggal diumumkan berformat HH-BB-TTTT', doc: withValue(minimal, 'issuedAt', '08-01-2026'), errorPath: 'issuedAt' },
    { name: 'berlaku sampai berupa teks', doc: withValue(full, 'expiresAt', 'sampai air surut'), errorPath: 'expiresAt' },
    { name: 'cara mendapatkan bantuan terlalu singkat', doc: withValue(minimal, 'help', '112'), errorPath: 'help' },
    { name: 'tanggal tinjau berformat garis miring', doc: withValue(minimal, 'lastReviewedAt', '2026/01/08'), errorPath: 'lastReviewedAt' },
  ],
})
