import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMPLIANCE_QUEUE, storeDailyReport } from '../../cms/jobs/storeCompliance.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoUser } from '../helpers/users.ts'

const skip = unavailable()

describe.skipIf(skip)('the daily compliance history', () => {
  let cms: TestCms
  let payload: Payload
  let http: ReturnType<typeof httpClient>

  beforeAll(async () => {
    cms = await openSeededCms('compliance_history')
    payload = cms.payload
    http = httpClient(cms.config)
  })
  afterAll(async () => cms?.close())

  const stored = async () => (await payload.find({ collection: 'compliance-reports', sort: 'at', limit: 0, overrideAccess: true })).docs

  it("stores one report per day through the jobs queue, a second run replacing the first", async () => {
    await payload.jobs.queue({ task: 'store-compliance', input: {}, queue: COMPLIANCE_QUEUE })
    await payload.jobs.run({ queue: COMPLIANCE_QUEUE })
    await payload.jobs.queue({ task: 'store-compliance', input: {}, queue: COMPLIANCE_QUEUE })
    await payload.jobs.run({ queue: COMPLIANCE_QUEUE })
    const days = await stored()
    expect(days).toHaveLength(1)
    expect((days[0]!.report as { opds: unknown[] }).opds).toHaveLength(42)
  })

  it('keeps the history out of reach: nobody writes it through the API, only Kominfo and auditors read it', async () => {
    const [day] = await stored()
    const admin = await demoUser(payload, 'kominfo-admin')
    await expect(payload.create({ collection: 'compliance-reports', data: { at: '2020-01-01', rulebookVersion: 'x', report: {} }, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: 'compliance-reports', id: day!.id, data: { rulebookVersion: 'diubah' }, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'compliance-reports', id: day!.id, user: admin, overrideAccess: false })).rejects.toThrow()
    expect((await http.get('compliance-reports')).status).toBe(403)
    const editor = await demoUser(payload, 'opd-editor')
    await expect(payload.find({ collection: 'compliance-reports', user: editor, overrideAccess: false })).rejects.toThrow()
    const auditor = await demoUser(payload, 'auditor')
    expect((await payload.find({ collection: 'compliance-reports', user: auditor, overrideAccess: false })).docs).toHaveLength(1)
  })

  it('serves the trend of each OPD and the day each failure began', async () => {
    // Two earlier days, as the daily job would have left them.
    await storeDailyReport(payload, '2026-09-30')
    await storeDailyReport(payload, '2026-10-31')
    const response = await http.get('compliance/history?opd=dkp')
    expect(response.status).toBe(200)
    expect(response.data.trend.map((m: { month: string }) => m.month)).toEqual(['2026-09', '2026-10', expect.stringMatching(/^\d{4}-\d{2}$/)])
    expect(response.data.failingSince['opd.ppid.laporan']).toBe('2026-09-30')
    expect((await http.get('compliance/history?opd=tidak-ada')).status).toBe(404)
    // Every OPD at once, for the transparency page.
    const all = await http.get('compliance/history')
    expect(Object.keys(all.data.opds)).toHaveLength(42)
    expect(all.data.opds.dkp).toEqual({ trend: response.data.trend, failingSince: response.data.failingSince })
  })
})
