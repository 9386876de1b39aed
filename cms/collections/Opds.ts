import type { Field } from 'payload'
import { anyone, isAdmin } from '../access/content.ts'
import { opds } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Opds = contentCollection(opds, {
  group: GROUPS.institution,
  drafts: false,
  overrides: { slug: (field) => ({ ...field, unique: true, index: true }) as Field },
  defaultColumns: ['name', 'acronym', 'kind', 'slug'],
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: () => false },
})
