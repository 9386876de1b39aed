import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WEBHOOK_QUEUE } from '../../cms/api/delivery.ts'
import { SITES_QUEUE } from '../../cms/jobs/rebuildSite.ts'
import { COMPLIANCE_QUEUE } from '../../cms/jobs/storeCompliance.ts'
import { NOTIFY_QUEUE } from '../../cms/notifications/notify.ts'
import { WORKFLOW_QUEUE } from '../../cms/workflow/jobs.ts'
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
    // A site builder reads the public API meanwhile, as it does after every publish.
    let running = true
    const loop = async (work: () => Promise<unknown>) => {
      while (running) {
        await work()
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    }
    // Each queue on its own cron, as in production, so job runs overlap each other and the requests.
    const worker = Promise.all([
      ...[SITES_QUEUE, NOTIFY_QUEUE, WEBHOOK_QUEUE, WORKFLOW_QUEUE, COMPLIANCE_QUEUE].map((queue) => loop(() => payload.jobs.run({ queue, limit: 20 }))),
      loop(() => http.graphql('{ Services(limit: 50) { docs { id name opd { slug } } } }')),
    ])
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
