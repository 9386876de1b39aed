import type { CollectionSlug, Endpoint, Field, FieldAccess, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'
import { t } from '../../schemas/index.ts'
import { activeUser } from '../access/roles.ts'
import { langOf } from '../messages.ts'
import { notifyTransition } from '../notifications/notify.ts'
import { ACTION_LABELS, ACTIONS, check, rulesFor, STATE_LABELS, STATES, TARGET, type Action, type State } from './states.ts'
import { newestVersion, type Versioned } from './store.ts'

const staffOnly: FieldAccess = ({ req }) => activeUser(req) !== null
const sidebar = { position: 'sidebar' as const, readOnly: true }

/** The workflow's own fields on every reviewed collection: read by staff only (reasons are internal), written by the workflow. */
export const workflowFields = (): Field[] => [
  { name: 'workflowState', type: 'select', index: true, defaultValue: 'draft', label: t('Tahap alur kerja', 'Workflow stage'), options: STATES.map((value) => ({ value, label: STATE_LABELS[value] })), admin: sidebar, access: { read: staffOnly } },
  { name: 'workflowNote', type: 'textarea', label: t('Catatan alur kerja', 'Workflow note'), admin: { ...sidebar, description: t('Alasan terakhir: dikembalikan, ditarik, terbit paksa', 'Latest reason: returned, withdrawn, force-published') }, access: { read: staffOnly } },
  { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: t('Diajukan oleh', 'Submitted by'), admin: sidebar, access: { read: staffOnly } },
  { name: 'publishAt', type: 'date', label: t('Terbit terjadwal', 'Scheduled publish'), admin: { ...sidebar, date: { pickerAppearance: 'dayAndTime' } }, access: { read: staffOnly } },
  { name: 'unpublishAt', type: 'date', label: t('Tarik terjadwal', 'Scheduled withdrawal'), admin: { ...sidebar, date: { pickerAppearance: 'dayAndTime' } }, access: { read: staffOnly } },
]

/** Content of a version as data for a write: system fields left to Payload. */
const contentOf = (doc: Versioned) => {
  const { id: _id, createdAt: _c, updatedAt: _u, _status: _s, ...rest } = doc
  return rest
}

const parseDate = (value: unknown): Date | null | 'invalid' => {
  if (value === undefined || value === null || value === '') return null
  const date = new Date(String(value))
  return Number.isNaN(date.getTime()) ? 'invalid' : date
}

/**
 * Applies a transition as the system (the checks were made): the newest version moves to its new state;
 * publishing writes it over the live record, withdrawing and archiving take the record off the sites.
 */
export const applyTransition = async (
  req: PayloadRequest,
  collection: string,
  doc: Versioned,
  action: Action,
  { reason, publishAt, unpublishAt }: { reason?: string; publishAt?: Date | null; unpublishAt?: Date | null } = {},
) => {
  const future = publishAt && publishAt.getTime() > Date.now()
  const to: State = action === 'publish' && future ? 'scheduled' : TARGET[action]
  const note = reason?.trim() || null
  const common = { collection: collection as CollectionSlug, id: doc.id!, overrideAccess: true, req, context: { workflow: { action, ...(note ? { reason: note } : {}) } } }
  const meta = {
    workflowState: to,
    workflowNote: note,
    ...(action === 'submit' ? { submittedBy: activeUser(req)?.id ?? null } : {}),
    ...(action === 'publish' || action === 'force-publish' ? { publishAt: future ? publishAt : null, unpublishAt: unpublishAt ?? null } : {}),
  }
  const live = to === 'published'
  const offline = to === 'withdrawn' || to === 'archived'
  return req.payload.update({
    ...common,
    draft: !live && !offline,
    data: { ...contentOf(doc), ...meta, _status: live ? 'published' : 'draft' } as never,
  })
}

/**
 * `POST /api/<collection>/<id>/workflow` `{ "action": "...", "reason"?: "...", "publishAt"?: ISO, "unpublishAt"?: ISO }`:
 * the only way content changes state. Checks who may take the action from which state, requires the reason
 * where the workflow does, applies it, records it (audit log) and tells those concerned (notifications).
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const lang = langOf(req)
    const fail = (status: number, message: { id: string; en: string }) => Response.json({ errors: [{ message: message[lang] }] }, { status })
    const user = activeUser(req)
    if (!user) return fail(401, t('Masuk dulu untuk menjalankan alur kerja', 'Log in to use the workflow'))
    const collection = req.routeParams?.collection as string | undefined
    const id = req.routeParams?.id as string | undefined
    if (!collection || !id) return fail(404, t('Konten tidak ditemukan', 'Content not found'))
    let body: Record<string, unknown> = {}
    try {
      body = ((await req.json?.()) ?? {}) as Record<string, unknown>
    } catch {
      return fail(400, t('Badan permintaan harus JSON: {"action": "...", "reason": "..."}', 'The body must be JSON: {"action": "...", "reason": "..."}'))
    }
    const action = body.action as Action
    if (!ACTIONS.includes(action)) return fail(400, t(`Tindakan tidak dikenal: "${String(body.action)}". Yang ada: ${ACTIONS.join(', ')}`, `Unknown action "${String(body.action)}". Known: ${ACTIONS.join(', ')}`))
    const reason = typeof body.reason === 'string' ? body.reason : undefined
    if (reason && reason.length > 2000) return fail(400, t('Alasan paling panjang 2.000 karakter', 'A reason is at most 2,000 characters'))
    const publishAt = parseDate(body.publishAt)
    const unpublishAt = parseDate(body.unpublishAt)
    if (publishAt === 'invalid' || unpublishAt === 'invalid') return fail(400, t('publishAt dan unpublishAt harus tanggal-waktu ISO, misalnya 2026-12-01T08:00:00+07:00', 'publishAt and unpublishAt must be ISO date-times'))
    if (unpublishAt && unpublishAt.getTime() <= Math.max(Date.now(), publishAt?.getTime() ?? 0)) return fail(400, t('Waktu tarik terjadwal harus sesudah waktu terbit', 'The scheduled withdrawal must come after publishing'))

    // Read as the user: what they may not see does not exist for them.
    const visible = await req.payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
    if (!visible) return fail(404, t(`Konten ${collection} dengan id ${id} tidak ditemukan`, `No ${collection} document with id ${id}`))
    const doc = (await newestVersion(req, collection, id)) ?? (visible as unknown as Versioned)
    const settings = await req.payload.findGlobal({ slug: 'workflow-settings', depth: 0, overrideAccess: true, req })
    const rule = rulesFor(action, { headApproval: Boolean(settings.headApproval) }, { collection, hasOpd: doc.opd !== undefined && doc.opd !== null })
    // Taking content off the sites concerns the live record, whatever draft sits on top of it.
    const offline = action === 'withdraw' || action === 'archive'
    const live = offline && (visible as { _status?: string })._status === 'published' ? 'published' : undefined
    const refusal = check(action, rule, user, live ? { ...doc, workflowState: live } : doc, reason)
    if (refusal) return fail(refusal.status, refusal.message)
    if (action === 'publish' && doc.submittedBy !== undefined && doc.submittedBy !== null && String(doc.submittedBy) === String(user.id) && collection !== 'emergency-notices') {
      return fail(403, t('Konten yang Anda ajukan sendiri diterbitkan penelaah lain (atau diterbitkan paksa dengan alasan oleh admin)', 'Content you submitted is published by another reviewer (or force-published with a reason by an admin)'))
    }
    // The change, its audit entry and its notifications stand or fall together.
    const owned = await initTransaction(req)
    try {
      const updated = await applyTransition(req, collection, doc, action, { reason, publishAt, unpublishAt })
      await notifyTransition(req, { collection, doc: updated as unknown as Versioned, action, reason })
      if (owned) await commitTransaction(req)
      const state = (updated as unknown as Versioned).workflowState as State
      return Response.json({ id: updated.id, workflowState: state, message: t(`${ACTION_LABELS[action].id}: berhasil, kini ${STATE_LABELS[state].id}`, `${ACTION_LABELS[action].en}: done, now ${STATE_LABELS[state].en}`)[lang] })
    } catch (error) {
      if (owned) await killTransaction(req)
      if (error instanceof ValidationError) {
        return Response.json({ errors: [{ message: error.message, data: error.data }] }, { status: 400 })
      }
      throw error
    }
  },
}
