import { emergencyNotices, refId, t, type Text } from '../../schemas/index.ts'
import { ACTION_LABELS, ACTIONS, STATE_LABELS, STATES, type Action, type State } from './labels.ts'

export { ACTION_LABELS, ACTIONS, STATE_LABELS, STATES, type Action, type State }
import { isOpdRole, type ActiveUser } from '../access/roles.ts'

/**
 * The editorial workflow. Payload's drafts hold the content (`_status` says whether the main record is
 * live); `workflowState` on each version says where the newest version stands. Only the workflow endpoint
 * (cms/workflow/endpoint.ts) moves a document between states; edits made anywhere else are drafts.
 */
/** Who may take an action on a document, in words, for refusals. */
type Actor = 'author' | 'head' | 'reviewer' | 'admin'
const ACTOR_WORDS: Record<Actor, Text> = {
  author: t('editor atau kepala OPD pemilik konten (atau admin Kominfo)', 'the owning OPD’s editor or head (or a Kominfo admin)'),
  head: t('kepala OPD pemilik konten', 'the owning OPD’s head'),
  reviewer: t('penelaah atau admin Kominfo', 'a Kominfo reviewer or admin'),
  admin: t('admin Kominfo', 'a Kominfo admin'),
}

export interface Rule {
  from: readonly State[]
  who: readonly Actor[]
  reason: boolean
}

export interface Settings {
  /** The province turned on the OPD head's approval before Kominfo publishes. */
  headApproval: boolean
}

/** The transitions: from which states, by whom, and whether a written reason is required. */
export const rulesFor = (action: Action, { headApproval }: Settings, ctx: { collection: string; hasOpd: boolean }): Rule => {
  const approval = headApproval && ctx.hasOpd
  // Emergency notices go out at once, by the OPD itself; Kominfo is notified and reviews afterwards.
  const immediate = ctx.collection === emergencyNotices.slug
  switch (action) {
    case 'submit':
      return { from: ['draft', 'returned', 'withdrawn'], who: ['author'], reason: false }
    case 'recall':
      return { from: ['submitted', 'approved', 'scheduled'], who: ['author'], reason: false }
    case 'approve':
      return { from: approval ? ['submitted'] : [], who: ['head'], reason: false }
    case 'return':
      return { from: ['submitted', 'approved', 'scheduled'], who: approval ? ['reviewer', 'head'] : ['reviewer'], reason: true }
    case 'publish':
      return immediate
        ? { from: ['draft', 'returned', 'withdrawn', 'submitted', 'approved'], who: ['author', 'reviewer'], reason: false }
        : { from: approval ? ['approved', 'scheduled'] : ['submitted', 'scheduled'], who: ['reviewer'], reason: false }
    case 'force-publish':
      return { from: ['draft', 'submitted', 'approved', 'scheduled', 'returned', 'withdrawn'], who: ['admin'], reason: true }
    case 'withdraw':
      return { from: ['published'], who: ['reviewer'], reason: true }
    case 'archive':
      return { from: ['withdrawn', 'published'], who: ['reviewer'], reason: false }
  }
}

/** Where each action leads (publish with a future date leads to `scheduled`). */
export const TARGET: Record<Action, State> = {
  submit: 'submitted',
  recall: 'draft',
  approve: 'approved',
  return: 'returned',
  publish: 'published',
  'force-publish': 'published',
  withdraw: 'withdrawn',
  archive: 'archived',
}

const isActor = (actor: Actor, user: ActiveUser, opd: unknown): boolean => {
  const owns = opd !== undefined && opd !== null && user.opdIds.some((id) => String(id) === String(refId(opd)))
  switch (actor) {
    case 'author':
      return user.role === 'kominfo-admin' || (isOpdRole(user) && owns)
    case 'head':
      return user.role === 'opd-head' && owns
    case 'reviewer':
      return user.role === 'kominfo-reviewer' || user.role === 'kominfo-admin'
    case 'admin':
      return user.role === 'kominfo-admin'
  }
}

export interface Refusal {
  status: 400 | 403 | 409
  message: Text
}

/** Whether a user may take an action on a document in a state; the refusal says why, in both languages. */
export const check = (action: Action, rule: Rule, user: ActiveUser, doc: { opd?: unknown; workflowState?: string | null }, reason: string | undefined): Refusal | null => {
  const state = (doc.workflowState ?? 'draft') as State
  if (!rule.who.some((actor) => isActor(actor, user, doc.opd))) {
    return { status: 403, message: t(`Tindakan "${ACTION_LABELS[action].id}" hanya untuk ${rule.who.map((a) => ACTOR_WORDS[a].id).join(' atau ')}`, `"${ACTION_LABELS[action].en}" is only for ${rule.who.map((a) => ACTOR_WORDS[a].en).join(' or ')}`) }
  }
  if (!rule.from.includes(state)) {
    const allowed = rule.from.length === 0 ? t('tahap ini tidak dipakai provinsi', 'the province does not use this step') : t(`hanya dari: ${rule.from.map((s) => STATE_LABELS[s].id).join(', ')}`, `only from: ${rule.from.map((s) => STATE_LABELS[s].en).join(', ')}`)
    return { status: 409, message: t(`Tidak dapat "${ACTION_LABELS[action].id}" konten berstatus ${STATE_LABELS[state].id}: ${allowed.id}`, `Cannot "${ACTION_LABELS[action].en}" content that is ${STATE_LABELS[state].en}: ${allowed.en}`) }
  }
  if (rule.reason && !reason?.trim()) return { status: 400, message: t(`Alasan wajib diisi untuk "${ACTION_LABELS[action].id}"`, `A reason is required to "${ACTION_LABELS[action].en}"`) }
  return null
}

/**
 * Whether a user may edit the content of a document whose newest version is in a state, and the state of
 * the version the edit makes. OPD staff edit what is theirs unless it is with Kominfo; reviewers only
 * correct what is submitted to them; archived content is not edited.
 */
export const editOutcome = (user: ActiveUser, state: State): { state: State } | { refusal: Refusal } => {
  const reviewing = state === 'submitted' || state === 'approved' || state === 'scheduled'
  if (state === 'archived') return { refusal: { status: 409, message: t('Konten yang diarsipkan tidak dapat diubah', 'Archived content cannot be edited') } }
  if (user.role === 'kominfo-reviewer' || user.role === 'kominfo-admin') {
    if (reviewing) return { state }
    if (user.role === 'kominfo-reviewer') return { refusal: { status: 403, message: t(`Penelaah hanya dapat mengoreksi konten yang sedang diajukan; konten ini berstatus ${STATE_LABELS[state].id} dan menjadi urusan OPD-nya`, `Reviewers only correct submitted content; this is ${STATE_LABELS[state].en} and with its OPD`) } }
    return { state: 'draft' }
  }
  if (reviewing) return { refusal: { status: 409, message: t('Konten ini sedang ditelaah Kominfo; tarik pengajuannya dulu untuk mengubahnya', 'This content is under review; recall the submission to edit it') } }
  return { state: 'draft' }
}
