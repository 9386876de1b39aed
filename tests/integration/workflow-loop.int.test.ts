import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken, opdId } from '../helpers/users.ts'
import { publishEdit } from '../helpers/workflow.ts'

const skip = unavailable()
const CYCLES = 50

describe.skipIf(skip)('the editorial loop, repeated', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let tokens: { editor: string; reviewer: string }

  beforeAll(async () => {
    cms = await openSeededCms('workflowloop')
    payload = cms.payload
    http = httpClient(cms.config)
    tokens = { editor: await demoToken(payload, 'opd-editor', 'diskominfo'), reviewer: await demoToken(payload, 'kominfo-reviewer') }
  })
  afterAll(async () => cms?.close())

  it(`edits, submits and publishes a published service ${CYCLES} times in a row while the job queues run, each cycle live`, async () => {
    const diskominfo = await opdId(payload, 'diskominfo')
    const { docs } = await payload.find({ collection: 'services', where: { and: [{ opd: { equals: diskominfo } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, overrideAccess: true })
    const id = docs[0]!.id
    // Every queue the CMS runs in production (notifications, webhooks, scheduled publishing, rebuilds),
    // worked through in the background as its crons would, while the cycles go on.
    let running = true
    const worker = (async () => {
      while (running) {
        await payload.jobs.run({ allQueues: true, limit: 20 })
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    try {
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        const name = `Layanan informasi publik, putaran ${cycle}`
        await publishEdit(http, 'services', id, { name }, tokens)
        const live = await http.get(`services/${id}?depth=0`)
        expect(live.data?.name, `cycle ${cycle}`).toBe(name)
        const newest = await payload.findByID({ collection: 'services', id, draft: true, depth: 0, overrideAccess: true })
        expect((newest as { workflowState?: string }).workflowState, `cycle ${cycle}`).toBe('published')
      }
    } finally {
      running = false
      await worker
    }
  })
})
