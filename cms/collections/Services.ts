import type { Field } from 'payload'
import { services } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Services = contentCollection(services, {
  group: GROUPS.services,
  // One catalogue across the province: a service path layanan/<slug> must be unique everywhere.
  overrides: { slug: (field) => ({ ...field, unique: true, index: true }) as Field },
  defaultColumns: ['name', 'kind', 'opd', 'category', '_status'],
})
