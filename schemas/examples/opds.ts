import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { opds } from '../types/opds.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof opds.fields> & SystemFields

const diskominfo: Doc = {
  id: 3,
  name: 'Dinas Komunikasi, Informatika, Statistik dan Persandian',
  acronym: 'Diskominfo SP',
  slug: 'diskominfo',
  kind: 'dinas',
  servesPublic: true,
}

export const examples = defineExamples({
  type: opds,
  valid: [
    { name: 'Dinas yang melayani publik (semua field wajib)', doc: diskominfo },
    {
      name: 'Biro tanpa pelayanan publik, dengan stempel waktu sistem',
      doc: {
        id: 14,
        name: 'Biro Hukum',
        acronym: 'Biro Hukum',
        slug: 'biro-hukum',
        kind: 'biro',
        servesPublic: false,
        createdAt: '2026-01-05T02:00:00.000Z',
        updatedAt: '2026-02-10T03:30:00.000Z',
      },
    },
    {
      name: 'Rumah sakit daerah',
      doc: { id: 20, name: 'RSUD Malingping', acronym: 'RSUD Malingping', slug: 'rsud-malingping', kind: 'rumah_sakit', servesPublic: true },
    },
    {
      name: 'Badan dengan singkatan pendek',
      doc: { id: 11, name: 'Badan Penanggulangan Bencana Daerah', acronym: 'BPBD', slug: 'bpbd', kind: 'badan', servesPublic: true },
    },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(diskominfo, 'id'), errorPath: 'id' },
    { name: 'tanpa nama', doc: without(diskominfo, 'name'), errorPath: 'name' },
    { name: 'tanpa singkatan', doc: without(diskominfo, 'acronym'), errorPath: 'acronym' },
    { name: 'tanpa slug', doc: without(diskominfo, 'slug'), errorPath: 'slug' },
    { name: 'tanpa jenis OPD', doc: without(diskominfo, 'kind'), errorPath: 'kind' },
    { name: 'tanpa keterangan pelayanan publik', doc: without(diskominfo, 'servesPublic'), errorPath: 'servesPublic' },
    { name: 'nama terlalu pendek', doc: withValue(diskominfo, 'name', 'DK'), errorPath: 'name' },
    { name: 'singkatan lebih dari 20 karakter', doc: withValue(diskominfo, 'acronym', 'Diskominfo Statistik Persandian'), errorPath: 'acronym' },
    { name: 'slug dengan huruf besar dan spasi', doc: withValue(diskominfo, 'slug', 'Dinas Kominfo'), errorPath: 'slug' },
    { name: 'slug diakhiri tanda hubung', doc: withValue(diskominfo, 'slug', 'diskominfo-'), errorPath: 'slug' },
    { name: 'jenis OPD tidak dikenal', doc: withValue(diskominfo, 'kind', 'kantor'), errorPath: 'kind' },
    { name: 'pelayanan publik berupa teks', doc: withValue(diskominfo, 'servesPublic', 'ya'), errorPath: 'servesPublic' },
  ],
})
