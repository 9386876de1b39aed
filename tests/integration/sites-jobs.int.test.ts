import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ALL_SITES, REBUILD_TASK, SITES_QUEUE } from '../../cms/jobs/rebuildSite.ts'
import { unavailable } from '../helpers/databases.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { httpClient } from '../helpers/http.ts'
import { demoToken, demoUser } from '../helpers/users.ts'
import { publishEdit } from '../helpers/workflow.ts'

const skip = unavailable()

describe.skipIf(skip)('publishing queues a rebuild of the sites that show the change', () => {
  let cms: TestCms
  let payload: Payload
  const env = { url: process.env.SITES_BUILDER_URL, token: process.env.SITES_BUILDER_TOKEN }

  /** The rebuild jobs waiting in the queue, by the site they ask for. */
  const waiting = async () => {
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: REBUILD_TASK } }, limit: 100, overrideAccess: true })
    return docs.map((job) => ({ opd: (job.input as { opd: string }).opd, queue: job.queue }))
  }

  beforeAll(async () => {
    // A builder address is configured (nothing listens there: these tests look at the queue, not at builds).
    process.env.SITES_BUILDER_URL = 'http://127.0.0.1:9'
    process.env.SITES_BUILDER_TOKEN = 'test-token'
    cms = await openSeededCms('sites_jobs')
    payload = cms.payload
  })
  afterAll(async () => {
    process.env.SITES_BUILDER_URL = env.url
    process.env.SITES_BUILDER_TOKEN = env.token
    await cms?.close()
  })
  beforeEach(async () => {
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: REBUILD_TASK } }, overrideAccess: true })
  })

  const publishedService = async (opd: string) =>
    (await payload.find({ collection: 'services', where: { and: [{ 'opd.slug': { equals: opd } }, { _status: { equals: 'published' } }] }, limit: 1, overrideAccess: true })).docs[0]!

  it('queues one job per OPD however many of its documents are published in a row', async () => {
    const http = httpClient(cms.config)
    const reviewer = await demoToken(payload, 'kominfo-reviewer')
    const service = await publishedService('dinkes')
    for (const summary of ['Ringkasan pertama yang cukup panjang.', 'Ringkasan kedua yang cukup panjang.']) {
      await publishEdit(http, 'services', service.id, { summary }, { editor: await demoToken(payload, 'opd-editor', 'dinkes'), reviewer })
    }
    await publishEdit(http, 'services', (await publishedService('bapenda')).id, { summary: 'Ringkasan Bapenda yang cukup panjang.' }, { editor: await demoToken(payload, 'kominfo-admin'), reviewer })
    expect((await waiting()).sort((a, b) => a.opd.localeCompare(b.opd))).toEqual([
      { opd: 'bapenda', queue: SITES_QUEUE },
      { opd: 'dinkes', queue: SITES_QUEUE },
    ])
  })

  it('queues nothing for a draft, and every site for province content', async () => {
    const editor = await demoUser(payload, 'opd-editor', 'dinkes')
    const service = await publishedService('dinkes')
    await payload.update({ collection: 'services', id: service.id, data: { summary: 'Draf ringkasan yang belum terbit.' }, draft: true, user: editor, overrideAccess: false })
    expect(await waiting()).toEqual([])
    const admin = await demoUser(payload, 'kominfo-admin')
    const province = await payload.findGlobal({ slug: 'province', overrideAccess: true })
    await payload.updateGlobal({ slug: 'province', data: { ...province, lpseUrl: 'https://lpse.bantenprov.go.id/eproc' }, user: admin, overrideAccess: false })
    expect(await waiting()).toEqual([{ opd: ALL_SITES, queue: SITES_QUEUE }])
  })

  it('queues a rebuild when a published document is withdrawn, even with a newer draft on top', async () => {
    const service = await publishedService('dinsos')
    await payload.update({ collection: 'services', id: service.id, data: { summary: 'Draf baru di atas versi yang tayang.' }, draft: true, user: await demoUser(payload, 'kominfo-admin'), overrideAccess: false })
    expect(await waiting()).toEqual([])
    const withdrawn = await httpClient(cms.config).post(`services/${service.id}/workflow`, { action: 'withdraw', reason: 'Layanan dihentikan' }, await demoToken(payload, 'kominfo-reviewer'))
    expect(withdrawn.status, withdrawn.text).toBe(200)
    expect(await waiting()).toEqual([{ opd: 'dinsos', queue: SITES_QUEUE }])
  })
})
