import { copyFileHash } from '../hooks/copyFileHash.ts'
import { legalDocuments } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const LegalDocuments = contentCollection(legalDocuments, {
  group: GROUPS.publications,
  hooks: { beforeChange: [copyFileHash] },
})
