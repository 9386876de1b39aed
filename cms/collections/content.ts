import type { CollectionConfig, Field, Where } from 'payload'
import type { ContentType, Text } from '../../schemas/index.ts'
import { createContent, deleteContent, readContent, readPrivateField, readVersions, updateContent } from '../access/content.ts'
import { fieldsFromSchema, type CrossCheck, type FieldOverrides } from '../fields/fromSchema.ts'
import { opdField } from '../fields/opd.ts'
import { auditAfterChange, auditAfterDelete } from '../audit/record.ts'
import { endRestore, gateOperation, shapeRestore, stampWorkflowState } from '../workflow/gate.ts'
import { restoreEndpoint } from '../workflow/restore.ts'
import { workflowEndpoint, workflowFields, workflowOptionsEndpoint } from '../workflow/endpoint.ts'
import { PREVIEW_PATH, previewEndpoint } from '../workflow/preview.ts'
import { refreshFilesAfterChange, refreshFilesAfterDelete } from '../hooks/fileVisibility.ts'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuildSites.ts'

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
  access?: CollectionConfig['access']
}

/** Private fields are never read by visitors or the public API, nor by other OPDs' staff. */
const privateField = (field: Field): Field => ({ ...field, access: { read: readPrivateField } }) as Field

/** A collection for one content type of the standard: fields, access, workflow and checks from schemas/. */
export const contentCollection = (type: ContentType, options: ContentOptions): CollectionConfig => {
  const drafts = options.drafts ?? true
  const overrides: FieldOverrides = {
    ...('opd' in type.fields.shape ? { opd: opdField(type.level === 'opd') } : {}),
    // PostgreSQL names a select's enum after its table and field: `status` would clash with the drafts' `_status`.
    ...(drafts && 'status' in type.fields.shape ? { status: (field: Field) => ({ ...field, enumName: `enum_${type.slug.replaceAll('-', '_')}_doc_status` }) as Field } : {}),
    ...options.overrides,
  }
  const fields = [
    ...fieldsFromSchema(type.fields.shape, overrides, type.check as CrossCheck),
    ...fieldsFromSchema(type.privateFields?.shape ?? {}, overrides, type.check as CrossCheck).map(privateField),
    ...(drafts ? workflowFields() : []),
  ]
  return {
    slug: type.slug,
    labels: { singular: type.name, plural: type.plural },
    admin: {
      useAsTitle: type.titleField,
      group: options.group,
      defaultColumns: options.defaultColumns ?? [type.titleField, ...('opd' in type.fields.shape ? ['opd'] : []), ...(drafts ? ['workflowState', '_status'] : []), 'updatedAt'],
      // The newest version as the site will show it (cms/workflow/preview.ts), opened from the edit view.
      ...(drafts ? { preview: (doc: { id?: unknown }) => (doc?.id ? `/api/${type.slug}/${String(doc.id)}/${PREVIEW_PATH}` : null) } : {}),
      // Payload's publish button gives way to the workflow's steps, shown to everyone who may take one.
      ...(drafts ? { components: { edit: { PublishButton: '/components/WorkflowControls.tsx#NoPublishButton', beforeDocumentControls: ['/components/WorkflowControls.tsx#WorkflowControls'] } } } : {}),
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
    ...(drafts ? { endpoints: [restoreEndpoint, workflowOptionsEndpoint, workflowEndpoint, previewEndpoint] } : {}),
    hooks: {
      ...options.hooks,
      beforeOperation: [gateOperation, ...(options.hooks?.beforeOperation ?? [])],
      beforeChange: [...(drafts ? [stampWorkflowState, shapeRestore] : []), ...(options.hooks?.beforeChange ?? [])],
      afterOperation: [...(options.hooks?.afterOperation ?? []), ...(drafts ? [endRestore] : [])],
      afterChange: [...(options.hooks?.afterChange ?? []), refreshFilesAfterChange, rebuildAfterChange, auditAfterChange],
      afterDelete: [...(options.hooks?.afterDelete ?? []), refreshFilesAfterDelete, rebuildAfterDelete, auditAfterDelete],
    },
    fields,
  }
}
