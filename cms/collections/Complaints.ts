import type { Field } from 'payload'
import { assignTicket } from '../hooks/assignTicket.ts'
import { complaints } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

export const Complaints = contentCollection(complaints, {
  group: GROUPS.information,
  // Complaints are records, not authored content: visitors see answered ones, never who wrote them.
  drafts: false,
  audit: false,
  overrides: { ticket: (field) => ({ ...field, unique: true, index: true }) as Field },
  publicFilter: { status: { in: ['answered', 'closed'] } },
  defaultColumns: ['ticket', 'subject', 'opd', 'status', 'dueAt'],
  hooks: { beforeValidate: [assignTicket] },
})
