import type { Field, GroupField } from 'payload'
import { erasedField } from '../citizen/retention.ts'
import { sealed } from '../citizen/seal.ts'
import { assignTicket } from '../hooks/assignTicket.ts'
import { emptyNullGroups } from '../hooks/emptyNullGroups.ts'
import { refuseRecordEdits } from '../hooks/refuseRecordEdits.ts'
import { complaints, dayInJakarta } from '../../schemas/index.ts'
import { contentCollection, GROUPS } from './content.ts'

const collection = contentCollection(complaints, {
  group: GROUPS.information,
  // Complaints are records, not authored content: visitors see answered ones, never who wrote them.
  drafts: false,
  overrides: {
    ticket: (field) => ({ ...field, unique: true, index: true }) as Field,
    // Citizens' personal data is stored encrypted (UU 27/2022); read in clear only where field access allows.
    message: sealed,
    reporter: (field) => ({ ...field, fields: (field as GroupField).fields.map(sealed) }) as Field,
  },
  publicFilter: { status: { in: ['answered', 'closed'] } },
  defaultColumns: ['ticket', 'subject', 'opd', 'status', 'dueAt'],
  hooks: {
    beforeOperation: [emptyNullGroups],
    beforeValidate: [
      // Before assignTicket, which would quietly keep the stored ticket: a sent one is refused instead.
      refuseRecordEdits([
        { path: 'ticket', kept: 'system' },
        { path: 'receivedAt', kept: 'system' },
        { path: 'dueAt', kept: 'system' },
        { path: 'subject', kept: 'citizen' },
        { path: 'message', kept: 'citizen' },
        { path: 'reporter', kept: 'citizen' },
      ]),
      assignTicket,
      // An answer is dated the day it is given, unless the OPD says otherwise.
      ({ data }) => (data && (data.status === 'answered' || data.status === 'closed') && !data.answeredAt ? { ...data, answeredAt: dayInJakarta(Date.now()) } : data),
    ],
  },
})

export const Complaints = { ...collection, fields: [...collection.fields, erasedField] }
