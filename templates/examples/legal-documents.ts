import type { TemplateProps } from '../props.ts'
import { DOCS } from './docs.ts'
import { opdSite, pdf } from './site.ts'

export const examples = {
  lengkap: {
    site: opdSite,
    documents: [
      { document: { ...DOCS.legal.pergub, title: 'Standar Pelayanan Minimal Bidang Kesehatan Provinsi Banten (contoh)' }, file: pdf('/dinkes/berkas/9f2c4d1e.pdf', 'Pergub 27 Tahun 2025.pdf', 845_312) },
      { document: DOCS.legal.perda },
      { document: DOCS.legal.circular },
    ],
  },
  kosong: { site: opdSite, documents: [] },
} satisfies Record<string, TemplateProps['legal-documents']>
