import type { Payload } from 'payload'
import { applyOverrides, type RuleOverride } from '../../schemas/compliance/index.ts'

/** The rules in force in this deployment: the defaults of `schemas/` with Kominfo's overrides. */
export const effectiveRulebook = async (payload: Payload) => {
  const { docs } = await payload.find({ collection: 'compliance-overrides', limit: 0, depth: 0, overrideAccess: true, pagination: false })
  return applyOverrides(docs as unknown as RuleOverride[])
}
