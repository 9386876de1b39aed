import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MARKERS } from '../../scripts/seed/markers.ts'
import { createCmsClient } from '../../sites/lib/cms-client.ts'
import { checkSnapshot, fetchSnapshot, SITE_TYPES } from '../../sites/lib/snapshot.ts'
import { unavailable } from '../helpers/databases.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'

const skip = unavailable()

describe.skipIf(skip)('site builder data: published content over the public GraphQL API, checked against the standard', () => {
  let cms: TestCms
  let payload: Payload
  let client: ReturnType<typeof createCmsClient>
  let diskominfo: { id: number | string; slug: string }

  beforeAll(async () => {
    cms = await openSeededCms('sites')
    payload = cms.payload
    const handler = GRAPHQL_POST(cms.config)
    // The CMS's own route handler stands in for the network; the client is the one the builder uses.
    const viaHandler: typeof fetch = async (input, init) => handler(new Request(input as string, init))
    client = createCmsClient({ endpoint: 'http://cms.test/api/graphql', fetch: viaHandler, pageSize: 3 })
    const opd = async (slug: string) => {
      const found = await payload.find({ collection: 'opds', where: { slug: { equals: slug } }, overrideAccess: true })
      return { id: found.docs[0]!.id, slug }
    }
    diskominfo = await opd('diskominfo')
  })
  afterAll(async () => cms?.close())

  it('fetches every published document of every type, page by page, split by OPD, none of it private', async () => {
    const snapshot = await fetchSnapshot(client)
    const { failed } = checkSnapshot(snapshot)
    expect([...failed.keys()]).toEqual([])
    const text = JSON.stringify(snapshot).toLowerCase()
    for (const marker of Object.values(MARKERS)) expect(text.includes(marker.toLowerCase()), `the snapshot carries ${marker}`).toBe(false)
    for (const type of SITE_TYPES.filter((t) => 'opd' in t.fields.shape)) {
      for (const doc of snapshot.units.diskominfo![type.slug]!) expect((doc.opd as { slug: string }).slug, type.slug).toBe('diskominfo')
    }
    const published = await payload.count({ collection: 'programmes', where: { and: [{ opd: { equals: diskominfo.id } }, { _status: { equals: 'published' } }] }, overrideAccess: true })
    expect(snapshot.units.diskominfo!.programmes).toHaveLength(published.totalDocs)
    expect(published.totalDocs).toBeGreaterThan(3 * 2)
    expect(snapshot.province.name).toBe('Provinsi Banten')
  })

  it('a published record that breaks the standard fails only its OPD, naming the item and the field', async () => {
    const { docs } = await payload.find({ collection: 'programmes', where: { and: [{ opd: { equals: diskominfo.id } }, { _status: { equals: 'published' } }, { level: { equals: 'programme' } }] }, limit: 1, overrideAccess: true })
    const broken = docs[0]!
    // Straight into the database, as an old record or a careless import would be: no CMS validation on the way.
    await payload.db.updateOne({ collection: 'programmes', where: { id: { equals: broken.id } }, data: { code: '2.16.2' } })
    const { failed } = checkSnapshot(await fetchSnapshot(client))
    expect([...failed.entries()]).toEqual([['diskominfo', [{ type: 'programmes', item: broken.name, path: 'code', message: expect.stringMatching(/berformat/) }]]])
  })
})
