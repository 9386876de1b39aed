import { restoreVersionOperation, type Endpoint } from 'payload'
import { RESTORE_REASON } from './gate.ts'

/**
 * `POST /api/<collection>/versions/<versionId>[?draft=true][&reason=...]` (or `{"reason": "..."}`), in place
 * of Payload's own: the reason travels to the gate (cms/workflow/gate.ts), and a restore without one (the
 * admin's Restore button) makes a new draft that goes through review, never a live change. With a reason,
 * it asks to restore onto the live site, which the gate allows a Kominfo reviewer or admin only.
 */
export const restoreEndpoint: Endpoint = {
  path: '/versions/:id',
  method: 'post',
  handler: async (req) => {
    const collection = req.payload.collections[req.routeParams?.collection as never]
    const id = req.routeParams?.id as string | undefined
    let body: { reason?: unknown } = {}
    if (req.headers.get('content-type')?.includes('application/json')) body = ((await req.json?.().catch(() => ({}))) ?? {}) as typeof body
    const reason = (typeof req.query?.reason === 'string' ? req.query.reason : typeof body.reason === 'string' ? body.reason : '').trim()
    if (reason.length > 2000) return Response.json({ errors: [{ message: 'Alasan paling panjang 2.000 karakter' }] }, { status: 400 })
    ;(req.context as Record<string, unknown>)[RESTORE_REASON] = reason
    const depth = Number.isInteger(Number(req.query?.depth)) ? Number(req.query.depth) : undefined
    const result = await restoreVersionOperation({ id: id!, collection: collection!, depth, draft: req.query?.draft === 'true' || !reason, req })
    return Response.json({ ...result, message: req.t('version:restoredSuccessfully') })
  },
}
