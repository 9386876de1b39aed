import type { Endpoint } from 'payload'
import { evaluate, failingSince, isReportDate, monthlyTrend, reportJson, todayInJakarta, type StoredReport } from '../../schemas/compliance/index.ts'
import { loadComplianceContent } from './content.ts'
import { effectiveRulebook } from './rulebook.ts'


/**
 * `GET /api/compliance[?at=YYYY-MM-DD]`: every OPD's score, category and failed obligations, public and
 * anonymous. Computed from published content only (drafts and citizens' data never enter the engine).
 */
export const complianceEndpoint: Endpoint = {
  path: '/compliance',
  method: 'get',
  handler: async (req) => {
    const at = typeof req.query?.at === 'string' ? req.query.at : todayInJakarta()
    if (!isReportDate(at)) {
      return Response.json({ errors: [{ message: `Parameter at harus tanggal yang sah berformat YYYY-MM-DD, bukan "${at}"` }] }, { status: 400 })
    }
    const rulebook = await effectiveRulebook(req.payload)
    const report = evaluate(rulebook.rules, rulebook.version, await loadComplianceContent(req.payload), at, rulebook.warnings)
    return Response.json(reportJson(report), { headers: { 'Cache-Control': 'public, max-age=300' } })
  },
}

/**
 * `GET /api/compliance/history[?opd=<slug>]`: each OPD's score at the end of each of the last 12 months and
 * the day each current failure began, from the stored daily reports; one OPD, or every OPD keyed by slug
 * (what the transparency page shows). Public, like the report itself.
 */
export const complianceHistoryEndpoint: Endpoint = {
  path: '/compliance/history',
  method: 'get',
  handler: async (req) => {
    const slug = typeof req.query?.opd === 'string' ? req.query.opd : undefined
    const { docs } = await req.payload.find({ collection: 'compliance-reports', sort: '-at', limit: 400, depth: 0, overrideAccess: true, pagination: false })
    const history = docs.map((doc) => ({ at: doc.at, report: doc.report as StoredReport['report'] }))
    const of = (opd: string) => ({ trend: monthlyTrend(history, opd), failingSince: failingSince(history, opd) })
    const headers = { 'Cache-Control': 'public, max-age=300' }
    if (slug === undefined) {
      const slugs = [...new Set(history.flatMap((day) => day.report.opds.map((o) => o.slug)))].sort()
      return Response.json({ opds: Object.fromEntries(slugs.map((opd) => [opd, of(opd)])) }, { headers })
    }
    if (!history.some((day) => day.report.opds.some((o) => o.slug === slug))) {
      return Response.json({ errors: [{ message: `OPD tidak dikenal atau belum ada riwayatnya: "${slug}"` }] }, { status: 404 })
    }
    return Response.json({ opd: slug, ...of(slug) }, { headers })
  },
}
