import type { Field } from 'payload'
import { planningDocuments } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const PlanningDocuments = contentCollection(planningDocuments, {
  // `status` would share its PostgreSQL enum name with the drafts' `_status`.
  overrides: { status: (field) => ({ ...field, enumName: 'enum_planning_documents_doc_status' }) as Field },
  group: GROUPS.planning,
  defaultColumns: ['title', 'type', 'periodStart', 'periodEnd', 'opd', '_status'],
})
