import type { Payload, PayloadRequest, Where } from 'payload'
import { titleOf } from '../../schemas/compliance/index.ts'
import { emergencyNotices, refId } from '../../schemas/index.ts'
import { OPD_ROLES, type Role } from '../access/roles.ts'
import { collectionConfig, singularName } from '../collections/info.ts'
import type { Action } from '../workflow/states.ts'
import type { Versioned } from '../workflow/store.ts'
import type { Kind } from './Notifications.ts'

export const NOTIFY_QUEUE = 'notifications'
export const SEND_TASK = 'send-notifications'

export interface Note {
  kind: Kind
  title: string
  body: string
  link: string
  /** Makes a notification once only (e.g. one review reminder per item and due date). */
  key?: string
}

/** Active accounts with one of the roles, of one OPD when given. */
export const staff = async (payload: Payload, roles: readonly Role[], opd?: unknown, req?: PayloadRequest): Promise<(string | number)[]> => {
  const where: Where = { and: [{ role: { in: roles } }, { active: { not_equals: false } }, ...(opd !== undefined ? [{ opds: { in: [refId(opd)] } }] : [])] }
  const { docs } = await payload.find({ collection: 'users', where, limit: 0, depth: 0, pagination: false, overrideAccess: true, ...(req ? { req } : {}) })
  return docs.map((u) => u.id)
}

const KOMINFO: readonly Role[] = ['kominfo-reviewer', 'kominfo-admin']

/** Puts a note in each recipient's inbox (once per key) and queues its email at once. */
export const notify = async (payload: Payload, recipients: readonly (string | number)[], note: Note, req?: PayloadRequest) => {
  const unique = [...new Map(recipients.map((id) => [String(id), id])).values()]
  let created = 0
  for (const recipient of unique) {
    if (note.key) {
      const { totalDocs } = await payload.count({ collection: 'notifications', where: { and: [{ key: { equals: note.key } }, { recipient: { equals: recipient } }] }, overrideAccess: true, ...(req ? { req } : {}) })
      if (totalDocs > 0) continue
    }
    await payload.create({ collection: 'notifications', data: { recipient: recipient as never, ...note, read: false, email: { status: 'pending', attempts: 0 } }, overrideAccess: true, ...(req ? { req } : {}) })
    created++
  }
  if (created > 0) await payload.jobs.queue({ task: SEND_TASK, input: {}, queue: NOTIFY_QUEUE, ...(req ? { req } : {}) })
  return created
}

/** Who hears of a workflow step, and what they read. */
export const notifyTransition = async (req: PayloadRequest, { collection, doc, action, reason }: { collection: string; doc: Versioned; action: Action; reason?: string }) => {
  const payload = req.payload
  const item = `${singularName(collectionConfig(payload, collection), collection)} "${titleOf(doc)}"`
  const link = `/admin/collections/${collection}/${doc.id}`
  const by = (req.user as { name?: string; email?: string } | null)?.name ?? 'sistem'
  const owners = () => (doc.opd ? staff(payload, OPD_ROLES, doc.opd, req) : staff(payload, ['kominfo-admin'], undefined, req))
  const why = reason?.trim() ? `\nAlasan: ${reason.trim()}` : ''
  const state = doc.workflowState
  const isNotice = collection === emergencyNotices.slug
  switch (action) {
    case 'submit': {
      const settings = await payload.findGlobal({ slug: 'workflow-settings', depth: 0, overrideAccess: true, req })
      const heads = settings.headApproval && doc.opd ? await staff(payload, ['opd-head'], doc.opd, req) : []
      const recipients = heads.length > 0 ? heads : await staff(payload, KOMINFO, undefined, req)
      return notify(payload, recipients, { kind: 'submitted', title: `Diajukan: ${item}`, body: `${by} mengajukan ${item} untuk ${heads.length > 0 ? 'disetujui kepala OPD' : 'ditelaah'}.`, link }, req)
    }
    case 'approve':
      return notify(payload, await staff(payload, KOMINFO, undefined, req), { kind: 'approved', title: `Disetujui kepala OPD: ${item}`, body: `${by} menyetujui ${item}; menunggu penelaahan Kominfo.`, link }, req)
    case 'return':
      return notify(payload, await owners(), { kind: 'returned', title: `Dikembalikan: ${item}`, body: `${by} mengembalikan ${item} untuk diperbaiki.${why}`, link }, req)
    case 'publish':
    case 'force-publish': {
      if (state === 'scheduled') return notify(payload, await owners(), { kind: 'scheduled', title: `Terjadwal: ${item}`, body: `${item} akan terbit ${String(doc.publishAt)}.`, link }, req)
      const forced = action === 'force-publish' ? ` (terbit paksa)${why}` : ''
      const sent = await notify(payload, await owners(), { kind: 'published', title: `Terbit: ${item}`, body: `${item} kini tayang di situs${forced}.`, link }, req)
      // Serta merta: out at once by the OPD; Kominfo hears at once and reviews afterwards.
      if (isNotice && doc.opd) return sent + (await notify(payload, await staff(payload, KOMINFO, undefined, req), { kind: 'emergency', title: `Informasi serta merta terbit: ${titleOf(doc)}`, body: `${by} menerbitkan informasi serta merta tanpa penelaahan. Telaah sekarang; tarik bila perlu.`, link }, req))
      return sent
    }
    case 'withdraw':
      return notify(payload, await owners(), { kind: 'withdrawn', title: `Ditarik: ${item}`, body: `${by} menarik ${item} dari situs.${why}`, link }, req)
    default:
      return 0
  }
}
