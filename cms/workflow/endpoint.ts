import type { CollectionSlug, Endpoint, Field, FieldAccess, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'
import { t } from '../../schemas/index.ts'
import { activeUser, type ActiveUser } from '../access/roles.ts'
import { langOf } from '../messages.ts'
import { notifyTransition } from '../notifications/notify.ts'
import { ACTION_LABELS, ACTIONS, check, rulesFor, STATE_LABELS, STATES, TARGET, type Action, type Refusal, type State } from './states.ts'
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

/** The document as the user sees it (null: it does not exist for them), its newest version and the province's workflow settings. */
const documentFor = async (req: PayloadRequest, collection: string, id: string) => {
  // Read as the user: what they may not see does not exist for them.
  const visible = await req.payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (!visible) return null
  const doc = (await newestVersion(req, collection, id)) ?? (visible as unknown as Versioned)
  const settings = await req.payload.findGlobal({ slug: 'workflow-settings', depth: 0, overrideAccess: true, req })
  return { collection, visible: visible as { _status?: string }, doc, headApproval: Boolean(settings.headApproval) }
}

type Found = NonNullable<Awaited<ReturnType<typeof documentFor>>>

const ruleOf = ({ collection, doc, headApproval }: Found, action: Action) => rulesFor(action, { headApproval }, { collection, hasOpd: doc.opd !== undefined && doc.opd !== null })

/** Why this user may not take this action on this document now, or null when they may. */
const refusalFor = (found: Found, action: Action, user: ActiveUser, reason: string | undefined): Refusal | null => {
  const { collection, visible, doc } = found
  const rule = ruleOf(found, action)
  // Taking content off the sites concerns the live record, whatever draft sits on top of it.
  const offline = action === 'withdraw' || action === 'archive'
  const live = offline && visible._status === 'published' ? 'published' : undefined
  const refusal = check(action, rule, user, live ? { ...doc, workflowState: live } : doc, reason)
  if (refusal) return refusal
  if (action === 'publish' && doc.submittedBy !== undefined && doc.submittedBy !== null && String(doc.submittedBy) === String(user.id) && collection !== 'emergency-notices') {
    return { status: 403, message: t('Konten yang Anda ajukan sendiri diterbitkan penelaah lain (atau diterbitkan paksa dengan alasan oleh admin)', 'Content you submitted is published by another reviewer (or force-published with a reason by an admin)') }
  }
  return null
}

/**
 * `GET /api/<collection>/<id>/workflow`: the newest version's stage and the steps this user may take on it
 * now, each with whether it needs a reason: what the edit view offers, decided by the same checks as the POST.
 */
export const workflowOptionsEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const user = activeUser(req)
    const collection = req.routeParams?.collection as string | undefined
    const id = req.routeParams?.id as string | undefined
    const found = user && collection && id ? await documentFor(req, collection, id) : null
    if (!user || !found) return Response.json({ errors: [{ message: t('Konten tidak ditemukan', 'Content not found')[langOf(req)] }] }, { status: user ? 404 : 401 })
    const actions = ACTIONS.filter((action) => refusalFor(found, action, user, 'reason') === null).map((action) => ({ action, reason: ruleOf(found, action).reason }))
    return Response.json({ state: (found.doc.workflowState ?? 'draft') as State, actions })
  },
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

    const found = await documentFor(req, collection, id)
    if (!found) return fail(404, t(`Konten ${collection} dengan id ${id} tidak ditemukan`, `No ${collection} document with id ${id}`))
    const { doc } = found
    const refusal = refusalFor(found, action, user, reason)
    if (refusal) return fail(refusal.status, refusal.message)
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
