import { restoreVersionOperation, type Endpoint } from 'payload'
import { activeUser, PUBLISHER_ROLES } from '../access/roles.ts'
import { RESTORE_REASON } from './gate.ts'

/**
 * `POST /api/<collection>/versions/<versionId>[?draft=true][&reason=...]` (or `{"reason": "..."}`), in place
 * of Payload's own: the reason travels to the gate (cms/workflow/gate.ts), and a restore without one (the
 * admin's Restore button, any OPD user) makes a new draft that goes through review, never a live change.
 * A Kominfo reviewer or admin who gives a reason restores a once-published version onto the live site.
 */
export const restoreEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const collection = req.payload.collections[req.routeParams?.collection as never]
    const id = req.routeParams?.id as string | undefined
    let body: { reason?: unknown } = {}
    if (req.headers.get('content-type')?.includes('application/json')) body = ((await req.json?.().catch(() => ({}))) ?? {}) as typeof body
    const given = typeof req.query?.reason === 'string' ? req.query.reason : typeof body.reason === 'string' ? body.reason : ''
    const user = activeUser(req)
    const reason = user && PUBLISHER_ROLES.includes(user.role) && req.query?.draft !== 'true' ? given.trim() : ''
    ;(req.context as Record<string, unknown>)[RESTORE_REASON] = reason
    const depth = Number.isInteger(Number(req.query?.depth)) ? Number(req.query.depth) : undefined
    const result = await restoreVersionOperation({ id: id!, collection: collection!, depth, draft: !reason, req })
    return Response.json({ ...result, message: req.t('version:restoredSuccessfully') })
  },
}
