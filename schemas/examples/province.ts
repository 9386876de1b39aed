import type { z } from 'zod'
import type { SystemFields } from '../define.ts'
import { province } from '../types/province.ts'
import { defineExamples, without, withValue } from './define.ts'

type Doc = z.infer<typeof province.fields> & SystemFields

const banten: Doc = {
  id: 1,
  name: 'Provinsi Banten',
  regionCode: '36',
  domain: 'bantenprov.go.id',
  lpseUrl: 'https://lpse.bantenprov.go.id',
  sirupUrl: 'https://sirup.lkpp.go.id',
  ppidUrl: 'https://ppid.bantenprov.go.id',
  openDataUrl: 'https://statistik.bantenprov.go.id',
  laporUrl: 'https://www.lapor.go.id',
}

export const examples = defineExamples({
  type: province,
  valid: [
    { name: 'Pengaturan Provinsi Banten (semua field wajib)', doc: banten },
    {
      name: 'Pengaturan lingkungan uji dengan id teks dan stempel waktu',
      doc: {
        ...banten,
        id: 'province',
        domain: 'contoh.bantenprov.go.id',
        ppidUrl: 'https://ppid.contoh.bantenprov.go.id',
        createdAt: '2025-01-02T01:00:00.000Z',
        updatedAt: '2026-01-05T01:00:00.000Z',
      },
    },
  ],
  invalid: [
    { name: 'tanpa id', doc: without(banten, 'id'), errorPath: 'id' },
    { name: 'tanpa nama provinsi', doc: without(banten, 'name'), errorPath: 'name' },
    { name: 'tanpa kode wilayah', doc: without(banten, 'regionCode'), errorPath: 'regionCode' },
    { name: 'tanpa domain', doc: without(banten, 'domain'), errorPath: 'domain' },
    { name: 'tanpa tautan LPSE', doc: without(banten, 'lpseUrl'), errorPath: 'lpseUrl' },
    { name: 'tanpa tautan SiRUP', doc: without(banten, 'sirupUrl'), errorPath: 'sirupUrl' },
    { name: 'tanpa tautan PPID', doc: without(banten, 'ppidUrl'), errorPath: 'ppidUrl' },
    { name: 'tanpa tautan Satu Data', doc: without(banten, 'openDataUrl'), errorPath: 'openDataUrl' },
    { name: 'tanpa tautan SP4N-LAPOR!', doc: without(banten, 'laporUrl'), errorPath: 'laporUrl' },
    { name: 'kode wilayah tiga digit', doc: withValue(banten, 'regionCode', '360'), errorPath: 'regionCode' },
    { name: 'domain dengan https://', doc: withValue(banten, 'domain', 'https://bantenprov.go.id'), errorPath: 'domain' },
    { name: 'domain dengan huruf besar', doc: withValue(banten, 'domain', 'BantenProv.go.id'), errorPath: 'domain' },
    { name: 'LPSE tanpa https://', doc: withValue(banten, 'lpseUrl', 'lpse.bantenprov.go.id'), errorPath: 'lpseUrl' },
    { name: 'SiRUP tanpa https://', doc: withValue(banten, 'sirupUrl', 'sirup.lkpp.go.id'), errorPath: 'sirupUrl' },
    { name: 'PPID dengan spasi', doc: withValue(banten, 'ppidUrl', 'https://ppid bantenprov.go.id'), errorPath: 'ppidUrl' },
    { name: 'Satu Data tanpa https://', doc: withValue(banten, 'openDataUrl', 'statistik.bantenprov.go.id'), errorPath: 'openDataUrl' },
    { name: 'SP4N-LAPOR! dengan skema mailto', doc: withValue(banten, 'laporUrl', 'mailto:lapor@contoh.go.id'), errorPath: 'laporUrl' },
  ],
})
