import { APIError, ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'
import { activeUser } from '../access/roles.ts'
import { MESSAGES, say } from '../messages.ts'
import { editOutcome, type State } from '../workflow/states.ts'
import { newestVersion, workflowContext } from '../workflow/store.ts'

/** Fields only the workflow writes; whatever a form or an API call sends for them is dropped. */
export const WORKFLOW_FIELDS = ['workflowState', 'workflowNote', 'submittedBy', 'publishAt', 'unpublishAt'] as const

const refuse = (collection: string, path: string, message: string, req: Parameters<CollectionBeforeOperationHook>[0]['req']) => {
  throw new ValidationError({ collection, errors: [{ path, message }], req }, req.t)
}

/**
 * The review workflow at the one place every door (admin, REST, GraphQL, Local API) passes through:
 * visitors never get drafts; people only ever write drafts (publishing, returning, withdrawing go through
 * the workflow endpoint), and an edit the document's state does not allow is refused with a message.
 * Writes without a user (the seed, jobs) and the workflow's own writes pass.
 */
export const guardDrafts: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation === 'read' || operation === 'count') {
    // Visitors; the server's own reads (overrideAccess) may ask for drafts.
    if (!activeUser(req) && (args as { overrideAccess?: boolean }).overrideAccess !== true) return { ...args, draft: false }
    return args
  }
  if (!collection.versions?.drafts || !req.user || workflowContext(req)) return args
  // An old published version restored comes back as a draft, for review like any edit.
  if (operation === 'restoreVersion') return { ...args, draft: true }
  if (operation !== 'create' && operation !== 'update') return args
  const user = activeUser(req)
  const given = { ...((args as { data?: Record<string, unknown> }).data ?? {}) }
  if (given._status === 'published') refuse(collection.slug, '_status', say(MESSAGES.publishForbidden, req), req)
  for (const field of WORKFLOW_FIELDS) delete given[field]
  let state: State = 'draft'
  if (operation === 'update') {
    const id = (args as { id?: string | number }).id
    if (id === undefined) refuse(collection.slug, 'id', say(MESSAGES.oneAtATime, req), req)
    const newest = await newestVersion(req, collection.slug, id!)
    if (newest && user) {
      const outcome = editOutcome(user, (newest.workflowState ?? (newest._status === 'published' ? 'published' : 'draft')) as State)
      if ('refusal' in outcome) throw new APIError(say(outcome.refusal.message, req), outcome.refusal.status, undefined, true)
      else state = outcome.state
    }
  }
  // Without `draft` an edit would overwrite the published record; the newest version records its state.
  return { ...args, draft: true, data: { ...given, _status: 'draft', workflowState: state } }
}

/** Content written without a user (the seed, imports) gets the state its `_status` implies. */
export const stampWorkflowState: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user || workflowContext(req)) return data
  if (data._status === 'published') return { ...data, workflowState: 'published' }
  return data.workflowState && data.workflowState !== 'published' ? data : { ...data, workflowState: 'draft' }
}
