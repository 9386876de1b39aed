import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readRows } from '../../cms/exchange/spreadsheet.ts'
import { buildSites } from '../../sites/lib/build.ts'
import { serveCms } from '../helpers/cmsServer.ts'
import { testDb, unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken } from '../helpers/users.ts'

const skip = unavailable()
const HYPERLINK = '=HYPERLINK("http://evil.example/x","klik")'
const FORMULA_START = /^[=+\-@\t\r]/
const INERT = /^-?\d+(\.\d+)?$|^-$/

/** The cells of a CSV as a spreadsheet reads them. */
const cellsOf = async (csv: string) => {
  const read = await readRows('x.csv', Buffer.from(csv))
  if (!('rows' in read)) throw new Error(JSON.stringify(read.problems))
  return read.rows.flat()
}

/** No cell a spreadsheet would run as a formula, and the planted value there as text. */
const expectNeutralised = async (csv: string, where: string) => {
  const cells = await cellsOf(csv)
  expect(cells.filter((cell) => FORMULA_START.test(cell) && !INERT.test(cell)), where).toEqual([])
  expect(cells, where).toContain(`'${HYPERLINK}`)
}

describe.skipIf(skip)('spreadsheet formulas from content never reach a CSV download as formulas', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let tokens: { editor: string; reviewer: string; auditor: string }
  let slug: string

  beforeAll(async () => {
    cms = await openSeededCms('csv_safety')
    payload = cms.payload
    http = httpClient(cms.config)
    tokens = { editor: await demoToken(payload, 'opd-editor'), reviewer: await demoToken(payload, 'kominfo-reviewer'), auditor: await demoToken(payload, 'auditor') }
    const service = (await payload.find({ collection: 'services', where: { 'opd.slug': { equals: 'diskominfo' }, _status: { equals: 'published' } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    slug = service.slug
    // An editor writes the formula into a published service, a reviewer publishes it with the formula as the reason.
    const steps = [
      () => http.patch(`services/${service.id}`, { name: HYPERLINK, summary: HYPERLINK }, tokens.editor),
      () => http.post(`services/${service.id}/workflow`, { action: 'submit' }, tokens.editor),
      () => http.post(`services/${service.id}/workflow`, { action: 'publish', reason: HYPERLINK }, tokens.reviewer),
    ]
    for (const step of steps) {
      const response = await step()
      expect(response.status, response.text).toBe(200)
    }
  })
  afterAll(async () => {
    await cms?.close()
  })

  it('writes the value as text in the audit log export', async () => {
    const response = await http.get('audit-log/export?format=csv', tokens.auditor)
    expect(response.status, response.text).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.text).toContain('evil.example')
    await expectNeutralised(response.text, 'log-audit.csv')
  })

  it.skipIf(testDb() !== 'sqlite')('writes the value as text in the built sites\' service catalogue, the OPD\'s and the portal\'s', async () => {
    const server = await serveCms(cms.config)
    const out = mkdtempSync(path.join(tmpdir(), 'csv-safety-sites-'))
    try {
      await buildSites({ cms: server.url, outDir: out, opds: ['diskominfo'], layout: { mode: 'paths', origin: 'http://localhost:4321' }, today: '2026-11-28' })
      for (const file of ['diskominfo/layanan/layanan.csv', 'layanan/layanan.csv']) {
        const csv = readFileSync(path.join(out, 'sites', file), 'utf8')
        expect(csv).toContain(`/layanan/${slug}/`)
        await expectNeutralised(csv, file)
      }
      // The page itself shows the name as written: the prefix belongs to CSV only.
      expect(readFileSync(path.join(out, 'sites', 'diskominfo', 'layanan', slug, 'index.html'), 'utf8')).toContain('=HYPERLINK(&quot;http://evil.example/x&quot;')
    } finally {
      await server.close()
      rmSync(out, { recursive: true, force: true })
    }
  }, 300_000)
})
