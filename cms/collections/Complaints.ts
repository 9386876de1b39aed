import { ValidationError, type CollectionBeforeValidateHook, type Field, type GroupField, type PayloadRequest } from 'payload'
import { erasedField } from '../citizen/retention.ts'
import { sealed } from '../citizen/seal.ts'
import { citizenRules } from '../citizen/Settings.ts'
import { assignTicket } from '../hooks/assignTicket.ts'
import { emptyNullGroups } from '../hooks/emptyNullGroups.ts'
import { refuseRecordEdits } from '../hooks/refuseRecordEdits.ts'
import { addWorkingDays, complaints, dayInJakarta, fieldMeta, t } from '../../schemas/index.ts'
import { say } from '../messages.ts'
import { contentCollection, GROUPS } from './content.ts'

/** Received today, due `complaintDays` working days later: what the site's form gives a complaint (cms/citizen/intake.ts). */
const receiptDates = async (req: PayloadRequest) => {
  const today = dayInJakarta(Date.now())
  const { complaintDays, holidays } = await citizenRules(req.payload, req)
  return { receivedAt: today, dueAt: addWorkingDays(today, complaintDays, holidays) }
}

const bySystem = t('Ditetapkan sistem saat pengaduan dicatat', 'Set by the system when the complaint is recorded')

/**
 * A complaint staff record (by phone, at the desk) is dated like one from the site: received the day it is
 * recorded, due by the rules. A different date sent is refused, naming the field; the system's own writes
 * (intake, the seed, an import) keep the dates they carry.
 */
const dateOnReceipt: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !req.user) return data
  // An answer given as the complaint is recorded is dated that day too (answerDate below writes it).
  const dates = { ...(await receiptDates(req)), answeredAt: dayInJakarta(Date.now()) }
  const errors = (['receivedAt', 'dueAt', 'answeredAt'] as const)
    .filter((key) => data[key] && String(data[key]).slice(0, 10) !== dates[key])
    .map((key) => {
      const label = fieldMeta(complaints.fields.shape[key]).label!
      return { path: key, label: say(label, req), message: say(t(`${label.id} ditetapkan sistem: ${dates[key]}, bukan ${String(data[key])}`, `${label.en} is set by the system: ${dates[key]}, not ${String(data[key])}`), req) }
    })
  if (errors.length) throw new ValidationError({ collection: complaints.slug, errors, req }, req.t)
  return { ...data, receivedAt: dates.receivedAt, dueAt: dates.dueAt }
}

const collection = contentCollection(complaints, {
  group: GROUPS.information,
  // Complaints are records, not authored content: visitors see answered ones, never who wrote them.
  drafts: false,
  overrides: {
    ticket: (field) => ({ ...field, unique: true, index: true }) as Field,
    // The admin shows the dates the system will set (dateOnReceipt) and never offers to change them.
    receivedAt: (field) => ({ ...field, defaultValue: () => dayInJakarta(Date.now()), admin: { ...field.admin, readOnly: true, description: bySystem } }) as Field,
    dueAt: (field) => ({ ...field, defaultValue: async ({ req }: { req: PayloadRequest }) => (await receiptDates(req)).dueAt, admin: { ...field.admin, readOnly: true, description: bySystem } }) as Field,
    answeredAt: (field) => ({ ...field, admin: { ...field.admin, readOnly: true, description: t('Ditetapkan sistem pada hari jawaban diberikan', 'Set by the system on the day the answer is given') } }) as Field,
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
        // The day of the answer decides whether it came in time: the system records it, nobody backdates it.
        { path: 'answeredAt', kept: 'system' },
      ]),
      assignTicket,
      dateOnReceipt,
      // An answer is dated the day it is given.
      ({ data }) => (data && (data.status === 'answered' || data.status === 'closed') && !data.answeredAt ? { ...data, answeredAt: dayInJakarta(Date.now()) } : data),
    ],
  },
})

export const Complaints = { ...collection, fields: [...collection.fields, erasedField] }
