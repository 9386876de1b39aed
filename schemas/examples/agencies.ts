import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { agencies } from '../types/agencies.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof agencies.fields> & SystemFields

const minimal: Doc = {
  id: 1,
  name: 'Kantor Imigrasi Kelas I TPI Serang',
  kind: 'imigrasi',
  address: 'Jl. Raya Serang-Pandeglang, Kota Serang, Banten',
  website: 'https://www.imigrasi.go.id',
  ownerUnit: 'Bidang Aplikasi Informatika',
  lastReviewedAt: '2026-01-15',
}

const full: Doc = {
  id: 2,
  name: 'Direktorat Lalu Lintas Polda Banten',
  kind: 'kepolisian',
  address: 'Jl. Syech Nawawi Al Bantani, Kota Serang, Banten',
  phone: '+62 254 0000000',
  website: 'https://www.polri.go.id',
  ownerUnit: 'Bidang Aplikasi Informatika',
  lastReviewedAt: '2026-01-15',
  createdAt: '2025-06-01T02:00:00.000Z',
  updatedAt: '2026-01-15T02:00:00.000Z',
}

export const examples = defineExamples({
  type: agencies,
  valid: [
    { name: 'Kantor imigrasi tanpa telepon (minimal)', doc: minimal },
    { name: 'Kepolisian (Samsat) dengan telepon', doc: full },
    {
      name: 'Kantor wilayah pertanahan',
      doc: { ...minimal, id: 3, name: 'Kantor Wilayah Badan Pertanahan Nasional Provinsi Banten', kind: 'pertanahan', address: 'Jl. Raya Serang-Jakarta, Kota Serang, Banten', website: 'https://www.atrbpn.go.id' },
    },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(minimal, 'id'), errorPath: 'id' },
    { name: 'tanpa nama instansi', doc: without(minimal, 'name'), errorPath: 'name' },
    { name: 'tanpa jenis instansi', doc: without(minimal, 'kind'), errorPath: 'kind' },
    { name: 'tanpa alamat', doc: without(minimal, 'address'), errorPath: 'address' },
    { name: 'tanpa situs web', doc: without(minimal, 'website'), errorPath: 'website' },
    { name: 'tanpa unit penanggung jawab', doc: without(minimal, 'ownerUnit'), errorPath: 'ownerUnit' },
    { name: 'tanpa tanggal tinjau', doc: without(minimal, 'lastReviewedAt'), errorPath: 'lastReviewedAt' },
    { name: 'jenis instansi tidak dikenal', doc: withValue(minimal, 'kind', 'kementerian'), errorPath: 'kind' },
    { name: 'alamat terlalu pendek', doc: withValue(minimal, 'address', 'Serang'), errorPath: 'address' },
    { name: 'telepon tanpa awalan 0 atau +62', doc: withValue(full, 'phone', '254 0000000'), errorPath: 'phone' },
    { name: 'telepon dengan huruf', doc: withValue(full, 'phone', '0254 ABCDEF'), errorPath: 'phone' },
    { name: 'situs web tanpa https://', doc: withValue(minimal, 'website', 'www.imigrasi.go.id'), errorPath: 'website' },
    { name: 'tanggal tinjau dengan bulan 00', doc: withValue(minimal, 'lastReviewedAt', '2026-00-15'), errorPath: 'lastReviewedAt' },
  ],
})
