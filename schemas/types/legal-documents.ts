import { z } from 'zod'
import { opdRef, stewardship } from '../common.ts'
import { defineType } from '../define.ts'
import { ref, year } from '../formats.ts'
import { field } from '../meta.ts'
import { t } from '../text.ts'
import { LEGAL_KIND, LEGAL_STATUS } from '../vocabularies.ts'

/** Legal documents (JDIH): Perda, Pergub, decrees, with their status and the file's hash. */
export const legalDocuments = defineType({
  slug: 'legal-documents',
  name: t('Produk hukum', 'Legal document'),
  plural: t('Produk hukum', 'Legal documents'),
  level: 'mixed',
  category: 'setiap_saat',
  legalBasis: [{ instrument: 'UU 14/2008', article: 'Ps. 11 ayat (1) huruf b' }, { instrument: 'Perpres 33/2012', article: 'JDIHN' }],
  freshness: null,
  titleField: 'title',
  fields: z.object({
    opd: opdRef().optional(),
    kind: field(LEGAL_KIND.schema(), t('Jenis', 'Kind'), 'Perda, Pergub, decree or circular.'),
    number: field(z.string().min(1), t('Nomor', 'Number'), 'Number within its kind and year.'),
    year: field(year(), t('Tahun', 'Year'), 'Year of enactment.'),
    title: field(z.string().min(5), t('Tentang', 'Title'), 'Subject ("tentang ...").'),
    status: field(LEGAL_STATUS.schema(), t('Status', 'Status'), 'In force, revoked or amended.'),
    supersedes: field(ref().optional(), t('Mengganti', 'Supersedes'), 'The document this one revokes or amends.', { relationTo: 'legal-documents' }),
    file: field(ref().optional(), t('Berkas (PDF)', 'File (PDF)'), 'The signed text as PDF.', { upload: 'documents', mimeTypes: ['application/pdf'] }),
    fileHash: field(z.string().regex(/^[a-f0-9]{64}$/).optional(), t('Sidik berkas (SHA-256)', 'File hash (SHA-256)'), 'SHA-256 of the file, set by the system, so copies can be verified.', { readOnly: true }),
    ...stewardship,
  }),
})
