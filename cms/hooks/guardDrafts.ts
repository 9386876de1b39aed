import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { activeUser, canPublish } from '../access/roles.ts'
import { MESSAGES, say } from '../messages.ts'

/**
 * The review workflow at the one place every door (admin, REST, GraphQL, Local API) passes through:
 * visitors never get drafts; people who may not publish only ever write drafts, and asking to
 * publish is refused with a message on `_status`.
 */
export const guardDrafts: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  if (operation === 'read' || operation === 'count') {
    if (!activeUser(req)) return { ...args, draft: false }
    return args
  }
  if (!collection.versions?.drafts || !req.user || canPublish(req)) return args
  // An old published version restored by an OPD role comes back as a draft, for review like any edit.
  if (operation === 'restoreVersion') return { ...args, draft: true }
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (data?._status === 'published') {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: '_status', message: say(MESSAGES.publishForbidden, req) }], req }, req.t)
  }
  // Without this an edit saved outside the draft flow would overwrite the published document.
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
