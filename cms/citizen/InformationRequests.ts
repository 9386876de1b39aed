import { ValidationError, type Access, type CollectionBeforeChangeHook, type CollectionConfig, type Field } from 'payload'
import { addWorkingDays, dayInJakarta, t, type Text } from '../../schemas/index.ts'
import { readPrivateField } from '../access/content.ts'
import { activeUser, hasRole, isOpdRole, readsAll } from '../access/roles.ts'
import { GROUPS } from '../collections/content.ts'
import { opdField } from '../fields/opd.ts'
import { auditAfterChange, auditAfterDelete } from '../audit/record.ts'
import { emptyNullGroups } from '../hooks/emptyNullGroups.ts'
import { refuseRecordEdits } from '../hooks/refuseRecordEdits.ts'
import { erasedField } from './retention.ts'
import { sealed } from './seal.ts'
import { citizenRules } from './Settings.ts'
import { newTicket } from './tickets.ts'

/** UU 14/2008: an answer within 10 working days, once extended by 7 with a reason (Ps. 22 ayat (7)-(8)). */
export const ANSWER_DAYS = 10
export const EXTENSION_DAYS = 7
/** The head of the PPID answers an objection within 30 working days (Ps. 36 ayat (2)); one may object within 30 working days (Ps. 36 ayat (1)). */
export const OBJECTION_DAYS = 30

export const REQUEST_STATUS: Record<string, Text> = {
  received: t('Diterima', 'Received'),
  extended: t('Diperpanjang', 'Extended'),
  granted: t('Dikabulkan', 'Granted'),
  partly: t('Dikabulkan sebagian', 'Partly granted'),
  refused: t('Ditolak', 'Refused'),
  objected: t('Keberatan diajukan', 'Objection filed'),
  objection_answered: t('Keberatan dijawab', 'Objection answered'),
}
export const DECIDED = ['granted', 'partly', 'refused']
/** Still waiting for the public body: an answer, or an answer to an objection. */
export const OPEN = ['received', 'extended', 'objected']

/** The grounds of UU 14/2008 Ps. 17 on which information may be withheld. */
export const EXEMPTIONS: Record<string, Text> = {
  a: t('Ps. 17 huruf a: menghambat proses penegakan hukum', 'Art. 17(a): obstructs law enforcement'),
  b: t('Ps. 17 huruf b: mengganggu perlindungan hak kekayaan intelektual dan persaingan usaha', 'Art. 17(b): harms intellectual property or fair competition'),
  c: t('Ps. 17 huruf c: membahayakan pertahanan dan keamanan negara', 'Art. 17(c): endangers national defence and security'),
  d: t('Ps. 17 huruf d: mengungkap kekayaan alam Indonesia', 'Art. 17(d): reveals natural resources'),
  e: t('Ps. 17 huruf e: merugikan ketahanan ekonomi nasional', 'Art. 17(e): harms national economic resilience'),
  f: t('Ps. 17 huruf f: merugikan kepentingan hubungan luar negeri', 'Art. 17(f): harms foreign relations'),
  g: t('Ps. 17 huruf g: mengungkap isi akta otentik yang bersifat pribadi atau wasiat', 'Art. 17(g): reveals private deeds or wills'),
  h: t('Ps. 17 huruf h: mengungkap rahasia pribadi', 'Art. 17(h): reveals personal secrets'),
  i: t('Ps. 17 huruf i: memorandum atau surat antar/intra badan publik yang dirahasiakan', 'Art. 17(i): confidential memoranda between or within public bodies'),
  j: t('Ps. 17 huruf j: informasi yang tidak boleh diungkapkan berdasarkan undang-undang', 'Art. 17(j): information a law forbids disclosing'),
}

/** The grounds of an objection, UU 14/2008 Ps. 35 ayat (1). */
export const OBJECTION_GROUNDS: Record<string, Text> = {
  a: t('permintaan ditolak dengan alasan pengecualian', 'refused on an exemption'),
  b: t('informasi berkala tidak disediakan', 'periodic information not provided'),
  c: t('permintaan tidak ditanggapi', 'request not answered'),
  d: t('permintaan ditanggapi tidak sebagaimana yang diminta', 'answered other than requested'),
  e: t('permintaan tidak dipenuhi', 'request not fulfilled'),
  f: t('biaya yang dikenakan tidak wajar', 'unreasonable fee'),
  g: t('informasi disampaikan melebihi waktu yang diatur', 'information delivered late'),
}

const options = (values: Record<string, Text>) => Object.entries(values).map(([value, label]) => ({ value, label }))
const readOnly = { readOnly: true }
/** Set by the system (legalSteps); a change is refused by refuseRecordEdits, never dropped in silence by field access. */
const bySystem = { create: () => false }
/** Personal data: in the audit log only as changed (cms/audit/record.ts). */
const personal = { personal: true }

const fail = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'information-requests', errors: [{ path, message }] })
}

/**
 * The law's steps, whoever saves: an extension once, with a reason, seven working days on; a decision with
 * an answer, and for a refusal (or a partial grant) the Ps. 17 ground and why; an objection answered with
 * an answer. Deadlines and dates are the system's. A step the law does not allow is refused with a message.
 */
const legalSteps: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const today = dayInJakarta(Date.now())
  if (operation === 'create') {
    const { holidays } = await citizenRules(req.payload, req)
    return { ...data, ticket: newTicket(Number(today.slice(0, 4)), 'PPID'), status: 'received', receivedAt: today, dueAt: addWorkingDays(today, ANSWER_DAYS, holidays), extension: {}, decision: {}, objection: {} }
  }
  const before = originalDoc as Record<string, any>
  const next = { ...data, ticket: before.ticket, receivedAt: before.receivedAt, dueAt: before.dueAt } as Record<string, any>
  const from = before.status as string
  const to = (next.status ?? from) as string
  const { holidays } = await citizenRules(req.payload, req)
  if (to !== from) {
    const allowed: Record<string, string[]> = { received: ['extended', ...DECIDED, 'objected'], extended: [...DECIDED, 'objected'], granted: ['objected'], partly: ['objected'], refused: ['objected'], objected: ['objection_answered'], objection_answered: [] }
    if (!allowed[from]?.includes(to)) fail('status', `Status tidak dapat diubah dari "${REQUEST_STATUS[from]?.id}" ke "${REQUEST_STATUS[to]?.id ?? to}"`)
    // Not answered in time is itself a ground of objection (Ps. 35 ayat (1) huruf c).
    if (to === 'objected' && !DECIDED.includes(from) && String(before.dueAt).slice(0, 10) >= today) fail('status', 'Keberatan atas permohonan yang belum diputuskan baru dapat diajukan setelah batas jawabannya lewat')
  }
  if (to === 'extended' && from !== 'extended') {
    if (before.extension?.extendedAt) fail('status', 'Jangka waktu hanya dapat diperpanjang satu kali (UU 14/2008 Ps. 22 ayat (8))')
    if (!String(next.extension?.reason ?? '').trim()) fail('extension.reason', 'Perpanjangan wajib disertai alasan tertulis')
    next.extension = { ...next.extension, extendedAt: today }
    next.dueAt = addWorkingDays(String(before.dueAt).slice(0, 10), EXTENSION_DAYS, holidays)
  } else next.extension = before.extension
  if (DECIDED.includes(to) && !DECIDED.includes(from)) {
    if (!String(next.decision?.response ?? '').trim()) fail('decision.response', 'Tulis jawaban atas permohonan (informasi yang diberikan, atau alasan penolakan)')
    if (to !== 'granted' && !next.decision?.exemption) fail('decision.exemption', 'Penolakan (juga sebagian) wajib menyebut dasar pengecualian UU 14/2008 Ps. 17')
    if (to !== 'granted' && !String(next.decision?.exemptionReasoning ?? '').trim()) fail('decision.exemptionReasoning', 'Uraikan uji konsekuensi pengecualiannya')
    next.decision = { ...next.decision, ...(to === 'granted' ? { exemption: null, exemptionReasoning: null } : {}), outcome: to, decidedAt: today }
  } else if (!DECIDED.includes(to)) next.decision = before.decision
  if (to === 'objected' && from !== 'objected') {
    if (!next.objection?.ground) fail('objection.ground', 'Pilih alasan keberatan (UU 14/2008 Ps. 35 ayat (1))')
    next.objection = { ...next.objection, filedAt: today, dueAt: addWorkingDays(today, OBJECTION_DAYS, holidays) }
  }
  if (to === 'objection_answered' && from !== 'objection_answered') {
    if (!String(next.objection?.response ?? '').trim()) fail('objection.response', 'Tulis tanggapan atasan PPID atas keberatan')
    next.objection = { ...before.objection, response: next.objection.response, answeredAt: today }
  }
  return next
}

/** An objection, once filed, is the requester's: its ground and words are kept from then on. */
const filed = (doc: Record<string, any>) => Boolean(doc.objection?.filedAt)

/** Staff of the routed OPD, Kominfo and auditors; never visitors (the status page shows what a requester may see). */
const staffOfRequest: Access = ({ req }) => {
  if (readsAll(req)) return true
  const user = activeUser(req)
  return isOpdRole(user) ? { opd: { in: user.opdIds } } : false
}

/**
 * Requests for public information (UU 14/2008 Ps. 21-22): made by citizens through the sites (or entered by
 * the PPID desk), answered by the OPD within the legal deadline in working days, with one extension,
 * a decision citing the exemption when refused, and the objection path. The requester's identity is
 * encrypted and readable only by the OPD and Kominfo; nothing here is versioned or published but through
 * the status page and the yearly counts. Every change is audited (the requester's data only as changed);
 * the dates, the ticket and what the requester wrote are never changed by staff.
 */
export const InformationRequests: CollectionConfig = {
  slug: 'information-requests',
  labels: { singular: t('Permohonan informasi', 'Information request'), plural: t('Permohonan informasi', 'Information requests') },
  admin: { useAsTitle: 'ticket', group: GROUPS.information, defaultColumns: ['ticket', 'opd', 'status', 'dueAt', 'receivedAt'] },
  access: {
    read: staffOfRequest,
    create: ({ req }) => hasRole(req, 'kominfo-admin') || isOpdRole(activeUser(req)),
    update: ({ req }) => {
      if (hasRole(req, 'kominfo-admin')) return true
      const user = activeUser(req)
      return isOpdRole(user) ? { opd: { in: user.opdIds } } : false
    },
    delete: () => false,
  },
  hooks: {
    beforeOperation: [emptyNullGroups],
    beforeValidate: [
      refuseRecordEdits([
        { path: 'ticket', kept: 'system' },
        { path: 'receivedAt', kept: 'system' },
        { path: 'dueAt', kept: 'system' },
        { path: 'extension.extendedAt', kept: 'system' },
        { path: 'decision.outcome', kept: 'system' },
        { path: 'decision.decidedAt', kept: 'system' },
        { path: 'objection.filedAt', kept: 'system' },
        { path: 'objection.dueAt', kept: 'system' },
        { path: 'objection.answeredAt', kept: 'system' },
        { path: 'information', kept: 'citizen' },
        { path: 'purpose', kept: 'citizen' },
        { path: 'format', kept: 'citizen' },
        { path: 'applicant', kept: 'citizen' },
        { path: 'objection.ground', kept: 'citizen', since: filed },
        { path: 'objection.explanation', kept: 'citizen', since: filed },
      ]),
    ],
    beforeChange: [legalSteps],
    afterChange: [auditAfterChange],
    afterDelete: [auditAfterDelete],
  },
  fields: [
    { name: 'ticket', type: 'text', unique: true, index: true, label: t('Nomor tiket', 'Ticket'), access: bySystem, admin: readOnly },
    opdField(true)({ name: 'opd', type: 'relationship', relationTo: 'opds', required: true, label: t('OPD', 'OPD'), validate: (value: unknown) => (value ? true : 'Pilih OPD yang dimintai informasi') } as Field),
    { name: 'information', type: 'textarea', required: true, maxLength: 5000, label: t('Rincian informasi yang dimohon', 'Information requested') },
    { name: 'purpose', type: 'textarea', required: true, maxLength: 2000, label: t('Tujuan penggunaan informasi', 'Purpose') },
    { name: 'format', type: 'select', required: true, defaultValue: 'softcopy', options: [{ value: 'softcopy', label: t('Salinan elektronik', 'Electronic copy') }, { value: 'hardcopy', label: t('Salinan tercetak', 'Printed copy') }, { value: 'melihat', label: t('Melihat/membaca di tempat', 'Inspect on site') }], label: t('Bentuk informasi', 'Form') },
    {
      name: 'applicant',
      type: 'group',
      label: t('Pemohon (data pribadi, terenkripsi)', 'Requester (personal data, encrypted)'),
      access: { read: readPrivateField },
      custom: personal,
      fields: [
        { name: 'name', type: 'text', required: true, label: t('Nama', 'Name') },
        { name: 'nik', type: 'text', required: true, label: t('NIK', 'NIK') },
        { name: 'address', type: 'text', label: t('Alamat', 'Address') },
        { name: 'email', type: 'text', label: t('Email', 'Email') },
        { name: 'phone', type: 'text', label: t('Telepon', 'Phone') },
      ].map((field) => sealed(field as Field)),
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'received', index: true, options: options(REQUEST_STATUS), label: t('Status', 'Status'), admin: { position: 'sidebar' } },
    { name: 'receivedAt', type: 'text', label: t('Diterima', 'Received'), access: bySystem, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'dueAt', type: 'text', index: true, label: t('Batas jawaban', 'Answer due'), access: bySystem, admin: { ...readOnly, position: 'sidebar', description: t('10 hari kerja; diperpanjang sekali 7 hari kerja', '10 working days; extended once by 7') } },
    {
      name: 'extension',
      type: 'group',
      label: t('Perpanjangan', 'Extension'),
      fields: [
        { name: 'reason', type: 'textarea', label: t('Alasan perpanjangan', 'Reason') },
        { name: 'extendedAt', type: 'text', label: t('Diperpanjang pada', 'Extended on'), access: bySystem, admin: readOnly },
      ],
    },
    {
      name: 'decision',
      type: 'group',
      label: t('Keputusan', 'Decision'),
      fields: [
        { name: 'response', type: 'textarea', label: t('Jawaban kepada pemohon', 'Answer to the requester') },
        { name: 'exemption', type: 'select', options: options(EXEMPTIONS), label: t('Dasar pengecualian (bila ditolak)', 'Exemption (when refused)') },
        { name: 'exemptionReasoning', type: 'textarea', label: t('Uji konsekuensi', 'Consequence test') },
        { name: 'outcome', type: 'select', options: DECIDED.map((value) => ({ value, label: REQUEST_STATUS[value]! })), label: t('Hasil', 'Outcome'), access: bySystem, admin: readOnly },
        { name: 'decidedAt', type: 'text', label: t('Diputuskan pada', 'Decided on'), access: bySystem, admin: readOnly },
      ],
    },
    {
      name: 'objection',
      type: 'group',
      label: t('Keberatan', 'Objection'),
      fields: [
        { name: 'ground', type: 'select', options: options(OBJECTION_GROUNDS), label: t('Alasan keberatan (Ps. 35)', 'Ground (Ps. 35)') },
        sealed({ name: 'explanation', type: 'textarea', label: t('Uraian pemohon (terenkripsi)', 'Requester’s explanation (encrypted)'), access: { read: readPrivateField }, custom: personal } as Field),
        { name: 'filedAt', type: 'text', label: t('Diajukan pada', 'Filed on'), access: bySystem, admin: readOnly },
        { name: 'dueAt', type: 'text', label: t('Batas tanggapan', 'Answer due'), access: bySystem, admin: readOnly },
        { name: 'response', type: 'textarea', label: t('Tanggapan atasan PPID', 'Answer of the PPID head') },
        { name: 'answeredAt', type: 'text', label: t('Ditanggapi pada', 'Answered on'), access: bySystem, admin: readOnly },
      ],
    },
    erasedField,
  ],
}
