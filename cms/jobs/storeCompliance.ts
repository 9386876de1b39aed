import type { Payload, TaskConfig } from 'payload'
import { evaluate, reportJson, todayInJakarta } from '../../schemas/compliance/index.ts'
import { loadComplianceContent } from '../compliance/content.ts'
import { effectiveRulebook } from '../compliance/rulebook.ts'

export const COMPLIANCE_QUEUE = 'compliance'

/** Computes the day's report from published content and stores it, replacing an earlier run of the same day. */
export const storeDailyReport = async (payload: Payload, at = todayInJakarta()) => {
  const rulebook = await effectiveRulebook(payload)
  const report = reportJson(evaluate(rulebook.rules, rulebook.version, await loadComplianceContent(payload), at, rulebook.warnings))
  await payload.delete({ collection: 'compliance-reports', where: { at: { equals: at } }, overrideAccess: true })
  return payload.create({ collection: 'compliance-reports', data: { at, rulebookVersion: rulebook.version, report }, overrideAccess: true })
}

/** The daily job: shortly after midnight WIB (17:05 UTC), every day. */
export const storeCompliance: TaskConfig<{ input: object; output: { at: string } }> = {
  slug: 'store-compliance',
  label: 'Simpan laporan kepatuhan harian',
  schedule: [{ cron: '0 5 17 * * *', queue: COMPLIANCE_QUEUE }],
  retries: 2,
  handler: async ({ req }) => {
    const stored = await storeDailyReport(req.payload)
    return { output: { at: String(stored.at) } }
  },
}
