import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_TYPES, programmes, SINGLETON_TYPES } from '../../schemas/index.ts'
import { MARKERS } from '../../scripts/seed/markers.ts'
import { ContractError, createCmsClient } from '../../sites/lib/cms-client.ts'
import { unavailable } from '../helpers/databases.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'

const skip = unavailable()

describe.skipIf(skip)('site builder data: published content over the public GraphQL API, checked against the standard', () => {
  let cms: TestCms
  let payload: Payload
  let client: ReturnType<typeof createCmsClient>
  let diskominfo: { id: number | string; slug: string }
  let dinkes: { id: number | string; slug: string }

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
    dinkes = await opd('dinkes')
  })
  afterAll(async () => cms?.close())

  it('fetches every content type of an OPD, every page, all of it valid and none of it private', async () => {
    for (const type of CONTENT_TYPES.filter((t) => !SINGLETON_TYPES.includes(t.slug))) {
      const docs = await client.fetchChecked(type, diskominfo)
      const text = JSON.stringify(docs)
      for (const marker of Object.values(MARKERS)) expect(text.toLowerCase().includes(marker.toLowerCase()), `${type.slug} carries ${marker}`).toBe(false)
      if ('opd' in type.fields.shape) for (const doc of docs) expect((doc.opd as { slug: string }).slug, type.slug).toBe('diskominfo')
    }
    const published = await payload.count({ collection: 'programmes', where: { and: [{ opd: { equals: diskominfo.id } }, { _status: { equals: 'published' } }] }, overrideAccess: true })
    expect((await client.fetchAll(programmes, diskominfo.id)).length).toBe(published.totalDocs)
    expect(published.totalDocs).toBeGreaterThan(3 * 2)
  })

  it('a published record that breaks the standard stops that OPD only, naming the OPD, the item and the field', async () => {
    const { docs } = await payload.find({ collection: 'programmes', where: { and: [{ opd: { equals: diskominfo.id } }, { _status: { equals: 'published' } }, { level: { equals: 'programme' } }] }, limit: 1, overrideAccess: true })
    const broken = docs[0]!
    // Straight into the database, as an old record or a careless import would be: no CMS validation on the way.
    await payload.db.updateOne({ collection: 'programmes', where: { id: { equals: broken.id } }, data: { code: '2.16.2' } })
    const error = await client.fetchChecked(programmes, diskominfo).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContractError)
    expect((error as ContractError).message).toContain('OPD diskominfo')
    expect((error as ContractError).problems).toEqual([{ type: 'programmes', item: broken.name, path: 'code', message: expect.stringMatching(/berformat/) }])
    await expect(client.fetchChecked(programmes, dinkes)).resolves.not.toHaveLength(0)
  })
})
