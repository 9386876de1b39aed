import type { Endpoint } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'
import { hasRole } from '../access/roles.ts'
import { PlanError, restructure } from './operation.ts'

/**
 * `POST /api/opds/restructure {kind, reason, ...plan, dryRun?}` (Kominfo admins): rename, merge or split OPDs
 * in one transaction (cms/restructure/operation.ts). 400 lists every problem of the plan; nothing changes
 * unless all of it does.
 */
export const restructureEndpoint: Endpoint = {
  path: '/restructure',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req, 'kominfo-admin')) return Response.json({ errors: [{ message: 'Hanya admin Kominfo yang dapat mengubah susunan OPD' }] }, { status: req.user ? 403 : 401 })
    let body: Record<string, unknown>
    try {
      body = ((await req.json?.()) ?? {}) as Record<string, unknown>
    } catch {
      return Response.json({ errors: [{ message: 'Badan permintaan harus JSON, misalnya {"kind": "merge", "from": ["a"], "into": "b", "reason": "..."}' }] }, { status: 400 })
    }
    const dryRun = body.dryRun === true
    const owned = dryRun ? false : await initTransaction(req)
    try {
      const outcome = await restructure(req, body, { dryRun })
      if (owned) await commitTransaction(req)
      return Response.json({ dryRun, ...outcome })
    } catch (error) {
      if (owned) await killTransaction(req)
      if (error instanceof PlanError) return Response.json({ errors: error.problems.map((message) => ({ message })) }, { status: 400 })
      throw error
    }
  },
}
