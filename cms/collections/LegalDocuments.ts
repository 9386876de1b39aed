import type { Field } from 'payload'
import { copyFileHash } from '../hooks/copyFileHash.ts'
import { legalDocuments } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const LegalDocuments = contentCollection(legalDocuments, {
  // `status` would share its PostgreSQL enum name with the drafts' `_status`.
  overrides: { status: (field) => ({ ...field, enumName: 'enum_legal_documents_doc_status' }) as Field },
  group: GROUPS.publications,
  hooks: { beforeChange: [copyFileHash] },
})
