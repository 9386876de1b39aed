import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { t } from '../../schemas/index.ts'
import { checkUpload, stampFileHash } from '../hooks/checkUpload.ts'
import { dataDir } from '../paths.ts'
import { GROUPS } from './content.ts'
import { uploadAccess, uploadFields } from './uploads.ts'

export const DOCUMENT_TYPES = ['application/pdf', 'text/csv', 'application/json'] as const
export const DOCUMENT_LIMIT_MB = 25

/** Documents: PDF for plans and legal texts, CSV/JSON for open data; type sniffed, size limited, hashed. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: t('Dokumen', 'Document'), plural: t('Dokumen', 'Documents') },
  admin: { group: GROUPS.files, useAsTitle: 'title' },
  access: uploadAccess,
  hooks: { beforeOperation: [checkUpload(DOCUMENT_TYPES, DOCUMENT_LIMIT_MB)], beforeChange: [stampFileHash] },
  upload: {
    staticDir: path.join(dataDir, 'uploads', 'documents'),
    mimeTypes: [...DOCUMENT_TYPES],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: t('Judul berkas', 'Title'), minLength: 3 },
    ...uploadFields(),
    {
      name: 'sha256',
      type: 'text',
      label: t('Sidik SHA-256', 'SHA-256 hash'),
      admin: { readOnly: true, position: 'sidebar', description: t('Diisi sistem saat berkas diunggah', 'Set by the system on upload') },
    },
  ],
}
