import type { Endpoint } from 'payload'
import { evaluate, isReportDate, reportJson, RULEBOOK_VERSION, RULES } from '../../schemas/compliance/index.ts'
import { loadComplianceContent } from './content.ts'

const todayInJakarta = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

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
    const report = evaluate(RULES, RULEBOOK_VERSION, await loadComplianceContent(req.payload), at)
    return Response.json(reportJson(report), { headers: { 'Cache-Control': 'public, max-age=300' } })
  },
}
