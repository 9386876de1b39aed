import type { Payload, TaskConfig } from 'payload'
import { evaluate, reportJson, todayInJakarta } from '../../schemas/compliance/index.ts'
import { loadComplianceContent } from '../compliance/content.ts'
import { checkLinks } from '../compliance/links.ts'
import { effectiveRulebook } from '../compliance/rulebook.ts'
import { ALL_SITES, queueRebuild, siteBuilder } from './rebuildSite.ts'

export const COMPLIANCE_QUEUE = 'compliance'

/** Computes the day's report from published content and stores it, replacing an earlier run of the same day. */
export const storeDailyReport = async (payload: Payload, at = todayInJakarta()) => {
  const rulebook = await effectiveRulebook(payload)
  const report = reportJson(evaluate(rulebook.rules, rulebook.version, await loadComplianceContent(payload), at, rulebook.warnings))
  await payload.delete({ collection: 'compliance-reports', where: { at: { equals: at } }, overrideAccess: true })
  return payload.create({ collection: 'compliance-reports', data: { at, rulebookVersion: rulebook.version, report }, overrideAccess: true })
}

/**
 * The daily job: shortly after midnight WIB (17:05 UTC), every day. Then every site is rebuilt, so the
 * transparency page shows the day's scores and expired emergency notices leave the sites.
 */
export const storeCompliance: TaskConfig<{ input: object; output: { at: string } }> = {
  slug: 'store-compliance',
  label: 'Simpan laporan kepatuhan harian',
  schedule: [{ cron: '0 5 17 * * *', queue: COMPLIANCE_QUEUE }],
  retries: 2,
  handler: async ({ req }) => {
    const stored = await storeDailyReport(req.payload)
    if (siteBuilder()) await queueRebuild(req.payload, ALL_SITES)
    return { output: { at: String(stored.at) } }
  },
}

/** The nightly link check (23:00 WIB), an hour before the daily report that scores its results. */
export const checkLinksTask: TaskConfig<{ input: object; output: { checked: number; broken: number } }> = {
  slug: 'check-links',
  label: 'Periksa tautan keluar',
  schedule: [{ cron: '0 0 16 * * *', queue: COMPLIANCE_QUEUE }],
  retries: 1,
  handler: async ({ req }) => {
    const { checked, broken } = await checkLinks(req.payload)
    return { output: { checked, broken: broken.length } }
  },
}
