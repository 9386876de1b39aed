import type { CollectionConfig, Field, FieldAccess, Where } from 'payload'
import type { ContentType } from '../../schemas/index.ts'
import { createContent, deleteContent, readContent, readVersions, updateContent } from '../access/content.ts'
import { activeUser } from '../access/roles.ts'
import { fieldsFromSchema, type CrossCheck, type FieldOverrides } from '../fields/fromSchema.ts'
import { opdField } from '../fields/opd.ts'
import { guardDrafts } from '../hooks/guardDrafts.ts'
import { publishAttachments } from '../hooks/publishAttachments.ts'
import type { Text } from '../../schemas/index.ts'

export const GROUPS = {
  institution: { id: 'Kelembagaan', en: 'Institution' },
  planning: { id: 'Perencanaan dan anggaran', en: 'Planning and budget' },
  services: { id: 'Pelayanan publik', en: 'Public services' },
  information: { id: 'Informasi publik (PPID)', en: 'Public information (PPID)' },
  publications: { id: 'Publikasi', en: 'Publications' },
  files: { id: 'Berkas', en: 'Files' },
  admin: { id: 'Administrasi', en: 'Administration' },
} satisfies Record<string, Text>

interface ContentOptions {
  group: Text
  /** Extra condition on what visitors may read, e.g. never exempted entries. */
  publicFilter?: Where
  /** Review workflow with drafts; off for records that are not authored content (complaints). */
  drafts?: boolean
  overrides?: FieldOverrides
  defaultColumns?: string[]
  hooks?: CollectionConfig['hooks']
  /** Published documents that must keep their files private. */
  keepFilesPrivate?: (doc: Record<string, unknown>) => boolean
  access?: CollectionConfig['access']
}

/** Private fields are read only by signed-in staff, never by visitors or the public API. */
const staffOnly: FieldAccess = ({ req }) => activeUser(req) !== null

const privateField = (field: Field): Field => ({ ...field, access: { read: staffOnly } }) as Field

/** A collection for one content type of the standard: fields, access, workflow and checks from schemas/. */
export const contentCollection = (type: ContentType, options: ContentOptions): CollectionConfig => {
  const drafts = options.drafts ?? true
  const overrides: FieldOverrides = {
    ...('opd' in type.fields.shape ? { opd: opdField(type.level === 'opd') } : {}),
    ...options.overrides,
  }
  const fields = [
    ...fieldsFromSchema(type.fields.shape, overrides, type.check as CrossCheck),
    ...fieldsFromSchema(type.privateFields?.shape ?? {}, overrides, type.check as CrossCheck).map(privateField),
  ]
  return {
    slug: type.slug,
    labels: { singular: type.name, plural: type.plural },
    admin: {
      useAsTitle: type.titleField,
      group: options.group,
      defaultColumns: options.defaultColumns ?? [type.titleField, ...('opd' in type.fields.shape ? ['opd'] : []), ...(drafts ? ['_status'] : []), 'updatedAt'],
    },
    access: {
      read: readContent(type.level, drafts, options.publicFilter ?? null),
      readVersions: readVersions(type.level),
      create: createContent(type.level),
      update: updateContent(type.level),
      delete: deleteContent(type.level, drafts),
      ...options.access,
    },
    versions: drafts ? { drafts: { validate: true }, maxPerDoc: 50 } : false,
    hooks: {
      ...options.hooks,
      beforeOperation: [guardDrafts, ...(options.hooks?.beforeOperation ?? [])],
      afterChange: [...(options.hooks?.afterChange ?? []), publishAttachments(options.keepFilesPrivate)],
    },
    fields,
  }
}
