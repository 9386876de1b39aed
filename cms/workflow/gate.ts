import { APIError, ValidationError, type CollectionAfterOperationHook, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest } from 'payload'
import { refId, t, type Text } from '../../schemas/index.ts'
import { activeUser, isOpdRole, PUBLISHER_ROLES, type ActiveUser } from '../access/roles.ts'
import { MESSAGES, say } from '../messages.ts'
import { editOutcome, STATE_LABELS, type Refusal, type State } from './states.ts'
import { newestVersion, workflowContext, type Versioned } from './store.ts'

/** Fields only the workflow writes; whatever a form or an API call sends for them is dropped. */
export const WORKFLOW_FIELDS = ['workflowState', 'workflowNote', 'submittedBy', 'publishAt', 'unpublishAt'] as const

/** What a person sends, without what only the workflow and Payload's own bookkeeping write. */
const ownFields = (data: unknown) => {
  const given = { ...((data as Record<string, unknown> | undefined) ?? {}) }
  for (const field of [...WORKFLOW_FIELDS, 'createdAt', 'updatedAt']) delete given[field]
  return given
}

const CLEARED_WORKFLOW = { workflowNote: null, submittedBy: null, publishAt: null, unpublishAt: null }

/** Arguments of Payload's operations that write versions or the live record other than as a new draft. */
const PUBLISHING_ARGS = { autosave: false, publishAllLocales: false, unpublishAllLocales: false, publishSpecificLocale: undefined }

type Req = PayloadRequest

const refuse = (status: Refusal['status'], message: Text, req: Req): never => {
  throw new APIError(say(message, req), status, undefined, true)
}

const refuseField = (collection: string, path: string, message: Text, req: Req): never => {
  throw new ValidationError({ collection, errors: [{ path, message: say(message, req) }], req }, req.t)
}

const stateOf = (doc: Versioned | undefined): State => (doc?.workflowState ?? (doc?._status === 'published' ? 'published' : 'draft')) as State

/** OPD staff act on their own OPD's documents only; on another's, Payload's access rules answer (as for any id they may not see). */
const foreign = (user: ActiveUser, doc: Versioned | undefined) => isOpdRole(user) && !user.opdIds.some((id) => String(id) === String(refId(doc?.opd)))

const liveRecord = (req: Req, collection: string, id: string | number) =>
  req.payload.db.findOne<Versioned & { id: string | number }>({ collection: collection as CollectionSlug, where: { id: { equals: id } }, req })

const everPublished = async (req: Req, collection: string, id: string | number) =>
  (await req.payload.db.findVersions({ collection: collection as CollectionSlug, where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] }, limit: 1, pagination: false, req })).docs.length > 0

/** What a restore was decided to become, for the beforeChange hook that writes it (`req.context.restoring`). */
interface Restoring {
  parent: string
  state: State
  reason?: string
  /** Workflow fields kept from the newest version when a reviewer's correction leaves the submission where it is. */
  keep?: Partial<Record<(typeof WORKFLOW_FIELDS)[number], unknown>>
}

/** The reason sent with a restore over REST (cms/workflow/restore.ts), read by the gate. */
export const RESTORE_REASON = 'restoreReason'

const REVIEWING: readonly State[] = ['submitted', 'approved', 'scheduled']

const gateCreate = (collection: string, args: Record<string, unknown>, req: Req) => {
  const given = ownFields(args.data)
  if (given._status === 'published') refuseField(collection, '_status', MESSAGES.publishForbidden, req)
  // A duplicate starts from its original's fields: none of its workflow history comes along.
  return { ...args, ...PUBLISHING_ARGS, draft: true, data: { ...given, ...CLEARED_WORKFLOW, _status: 'draft', workflowState: 'draft' } }
}

const gateUpdate = async (collection: string, args: Record<string, unknown>, req: Req, user: ActiveUser) => {
  const given = ownFields(args.data)
  if (given._status === 'published') refuseField(collection, '_status', MESSAGES.publishForbidden, req)
  const id = args.id as string | number | undefined
  if (id === undefined) refuse(400, MESSAGES.oneAtATime, req)
  const newest = await newestVersion(req, collection, id!)
  let state: State = 'draft'
  if (newest && !foreign(user, newest)) {
    const outcome = editOutcome(user, stateOf(newest))
    if ('refusal' in outcome) refuse(outcome.refusal.status, outcome.refusal.message, req)
    else state = outcome.state
  }
  // Without `draft` an edit would overwrite the published record; the newest version records its state.
  return { ...args, ...PUBLISHING_ARGS, draft: true, data: { ...given, _status: 'draft', workflowState: state } }
}

/**
 * Deletion removes a document and its history: published content is withdrawn with a reason instead, and
 * OPD staff delete only their drafts that never went live and are not with Kominfo.
 */
const gateDelete = async (collection: string, args: Record<string, unknown>, req: Req, user: ActiveUser) => {
  const id = args.id as string | number | undefined
  if (id === undefined) refuse(400, t('Konten dihapus satu per satu (sebutkan id-nya)', 'Content is deleted one document at a time (give its id)'), req)
  const live = await liveRecord(req, collection, id!)
  if (!live || foreign(user, live)) return
  if (live._status === 'published') refuse(409, t('Konten yang sedang terbit tidak dihapus: tarik dulu dari situs melalui alur kerja (Tarik, dengan alasan)', 'Published content is not deleted: withdraw it through the workflow first (with a reason)'), req)
  if (!isOpdRole(user)) return
  const state = stateOf(await newestVersion(req, collection, id!))
  if ((state !== 'draft' && state !== 'returned') || (await everPublished(req, collection, id!))) {
    refuse(409, t(`OPD hanya menghapus draf yang belum pernah terbit dan tidak sedang ditelaah; konten ini berstatus ${STATE_LABELS[state].id} atau pernah terbit, jadi diarsipkan oleh Kominfo`, `OPDs only delete drafts that never went live and are not under review; this is ${STATE_LABELS[state].en} or was published, so Kominfo archives it`), req)
  }
}

/**
 * Restoring a version is an edit: as a draft (`draft: true`), it makes a new draft of the restored content
 * that goes through review like any edit, under the same rules; onto the live record, only a reviewer or
 * admin may do it, with a reason, bringing back a version that was itself published, onto content that is
 * live with nothing waiting for review. Payload decides `draft` before this hook runs, so the decision travels in `req.context`.
 */
const gateRestore = async (collection: string, args: Record<string, unknown>, req: Req, user: ActiveUser) => {
  const versionId = args.id as string | number | undefined
  if (versionId === undefined) return
  const { docs } = await req.payload.db.findVersions<Versioned>({ collection: collection as CollectionSlug, where: { id: { equals: versionId } }, limit: 1, pagination: false, req })
  const found = docs[0] as unknown as { parent: string | number; version: Versioned } | undefined
  if (!found) return
  const parent = refId(found.parent) as string | number
  const newest = await newestVersion(req, collection, parent)
  if (foreign(user, newest)) return
  const context = req.context as Record<string, unknown>
  const reason = typeof context[RESTORE_REASON] === 'string' ? (context[RESTORE_REASON] as string).trim() : ''
  let restoring: Restoring
  if (args.draft === true) {
    const outcome = editOutcome(user, stateOf(newest))
    if ('refusal' in outcome) return refuse(outcome.refusal.status, outcome.refusal.message, req)
    const keep = REVIEWING.includes(outcome.state) ? Object.fromEntries(WORKFLOW_FIELDS.filter((f) => f !== 'workflowState').map((f) => [f, newest?.[f] ?? null])) : undefined
    restoring = { parent: String(parent), state: outcome.state, ...(keep ? { keep } : {}) }
  } else {
    if (!PUBLISHER_ROLES.includes(user.role)) refuse(403, t('Memulihkan versi langsung ke situs hanya untuk penelaah atau admin Kominfo; pulihkan sebagai draf, lalu ajukan', 'Only a Kominfo reviewer or admin restores a version onto the live site; restore it as a draft, then submit it'), req)
    if (!reason) refuse(400, t('Alasan wajib diisi untuk memulihkan versi langsung ke situs (atau pulihkan sebagai draf)', 'A reason is required to restore a version onto the live site (or restore it as a draft)'), req)
    if (found.version._status !== 'published') refuse(409, t('Hanya versi yang pernah terbit yang dapat dipulihkan langsung ke situs; versi ini belum pernah ditelaah: pulihkan sebagai draf lalu ajukan', 'Only a version that was once published can be restored onto the live site; restore this one as a draft and submit it'), req)
    if ((await liveRecord(req, collection, parent))?._status !== 'published') refuse(409, t('Konten ini tidak sedang terbit: terbitkan kembali melalui alur kerja (ajukan, lalu terbitkan), bukan dengan memulihkan versi', 'This content is not live: publish it again through the workflow (submit, then publish), not by restoring a version'), req)
    if (REVIEWING.includes(stateOf(newest))) refuse(409, t('Ada pengajuan yang menunggu telaah: terbitkan atau kembalikan dulu sebelum memulihkan versi lama', 'A submission is waiting for review: publish or return it before restoring an old version'), req)
    restoring = { parent: String(parent), state: 'published', reason }
  }
  context.restoring = restoring
  // The audit entry names the step, the restored version and the reason (cms/audit/record.ts).
  context.workflow = { action: 'restore', version: String(versionId), ...(reason ? { reason } : {}) }
}

/**
 * The one gate every way of changing reviewed content passes (REST, GraphQL, Local API with a user; one
 * document at a time): visitors never get drafts; people only ever write drafts, in a stage that allows
 * their edit (publishing, returning and withdrawing go through the workflow endpoint); deleting and
 * restoring follow the rules above. A refusal is thrown before anything is written. The committed table
 * tests/fixtures/operation-matrix.ts states the expected outcome of every operation, role and stage.
 * Writes without a user (the seed, jobs) and the workflow's own writes (overrideAccess) pass.
 */
export const gateOperation: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation === 'read' || operation === 'count') {
    // Visitors; the server's own reads (overrideAccess) may ask for drafts.
    if (!activeUser(req) && (args as { overrideAccess?: boolean }).overrideAccess !== true) return { ...args, draft: false }
    return args
  }
  if (!collection.versions?.drafts || !req.user) return args
  // The workflow's own writes carry its context and override access; a user's request never does both.
  if (workflowContext(req) && (args as { overrideAccess?: boolean }).overrideAccess === true) return args
  const user = activeUser(req)
  // A deactivated account: Payload's access rules refuse it whatever it asks.
  if (!user) return args
  const slug = collection.slug
  const given = args as unknown as Record<string, unknown>
  switch (operation) {
    case 'create':
      return gateCreate(slug, given, req) as unknown as typeof args
    case 'update':
      return (await gateUpdate(slug, given, req, user)) as unknown as typeof args
    case 'delete':
      await gateDelete(slug, given, req, user)
      return args
    case 'restoreVersion':
      await gateRestore(slug, given, req, user)
      return args
    default:
      return args
  }
}

/** Writes the stage a restore was decided to take (gateRestore), over whatever stage the old version carried. */
export const shapeRestore: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const restoring = (req.context as { restoring?: Restoring }).restoring
  if (!req.context.isRestoringVersion || !restoring || restoring.parent !== String(originalDoc?.id ?? data.id)) return data
  return {
    ...data,
    ...CLEARED_WORKFLOW,
    ...restoring.keep,
    workflowState: restoring.state,
    workflowNote: restoring.reason ?? restoring.keep?.workflowNote ?? null,
    _status: restoring.state === 'published' ? 'published' : 'draft',
  }
}

/** A restore's decision lives for its own operation only. */
export const endRestore: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation === 'restoreVersion') {
    const context = req.context as Record<string, unknown>
    delete context.restoring
    delete context.workflow
    delete context[RESTORE_REASON]
  }
  return result
}

/** Content written without a user (the seed, imports) gets the state its `_status` implies. */
export const stampWorkflowState: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user || workflowContext(req)) return data
  if (data._status === 'published') return { ...data, workflowState: 'published' }
  return data.workflowState && data.workflowState !== 'published' ? data : { ...data, workflowState: 'draft' }
}
