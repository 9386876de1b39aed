import type { Access, Field } from 'payload'
import { opds, t } from '../../schemas/index.ts'
import { isAdmin } from '../access/content.ts'
import { readsAll } from '../access/roles.ts'
import { restructureEndpoint } from '../restructure/endpoint.ts'
import { ACTIVE_OPDS } from '../restructure/active.ts'
import { redirectOldSlug } from '../restructure/operation.ts'
import { contentCollection, GROUPS } from './content.ts'

/** Kominfo and auditors see the whole register; everyone else the OPDs that exist today. */
const readRegister: Access = ({ req }) => readsAll(req) || ACTIVE_OPDS

/** Set by a merger or split (cms/restructure), never by hand. */
const dissolution: Field[] = [
  { name: 'dissolvedAt', type: 'date', index: true, label: t('Dibubarkan pada', 'Dissolved on'), access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.dissolvedAt) } },
  { name: 'successor', type: 'relationship', relationTo: 'opds', label: t('OPD penerus', 'Successor OPD'), access: { create: () => false, update: () => false }, admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.dissolvedAt) } },
]

const register = contentCollection(opds, {
  group: GROUPS.institution,
  drafts: false,
  overrides: { slug: (field) => ({ ...field, unique: true, index: true }) as Field },
  defaultColumns: ['name', 'acronym', 'kind', 'slug'],
  access: { read: readRegister, create: isAdmin, update: isAdmin, delete: () => false },
  hooks: { afterChange: [redirectOldSlug] },
})

export const Opds = { ...register, fields: [...register.fields, ...dissolution], endpoints: [restructureEndpoint] }
