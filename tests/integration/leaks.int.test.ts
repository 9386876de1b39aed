import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MARKERS } from '../../scripts/seed/markers.ts'
import { ANONYMOUS_MAX_LIMIT, BUILDER_PAGE, GRAPHQL_MAX_DEPTH } from '../../schemas/api.ts'
import { unavailable } from '../helpers/databases.ts'
import { sampleData, sampleFile } from '../helpers/docs.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { opdId } from '../helpers/users.ts'

const skip = unavailable()
const markers = Object.values(MARKERS)

const expectNoMarker = (where: string, text: string) => {
  for (const marker of markers) expect(text.toLowerCase().includes(marker.toLowerCase()), `${where} leaks ${marker}`).toBe(false)
}

describe.skipIf(skip)('nothing private leaks through the public API', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let slugs: string[]

  beforeAll(async () => {
    cms = await openSeededCms('leaks')
    payload = cms.payload
    http = httpClient(cms.config)
    slugs = payload.config.collections.map((c) => c.slug).filter((s) => !s.startsWith('payload-'))
  })
  afterAll(async () => cms?.close())

  /** Every page of a visitor's REST list: visitors get ANONYMOUS_MAX_LIMIT documents a page at most. */
  const everyPage = async (path: string) => {
    const pages = []
    for (let page = 1; ; page++) {
      const response = await http.get(`${path}${path.includes('?') ? '&' : '?'}limit=${ANONYMOUS_MAX_LIMIT}&page=${page}`)
      expect(response.status, `${path} page ${page}: ${response.text.slice(0, 200)}`).toBeLessThan(500)
      pages.push(response)
      if (!response.data?.hasNextPage) return pages
    }
  }

  it('the seed planted every marker, so the scans below can find them', async () => {
    const drafts = await payload.find({ collection: 'news', draft: true, where: { _status: { equals: 'draft' } }, overrideAccess: true, limit: 100 })
    expect(JSON.stringify(drafts.docs)).toContain(MARKERS.draft)
    const exempted = await payload.find({ collection: 'ppid-entries', where: { category: { equals: 'dikecualikan' } }, overrideAccess: true })
    expect(exempted.totalDocs).toBeGreaterThan(0)
    expect(JSON.stringify(exempted.docs)).toContain(MARKERS.exempted)
    const complaints = await payload.find({ collection: 'complaints', overrideAccess: true, limit: 100 })
    expect(JSON.stringify(complaints.docs).toLowerCase()).toContain(MARKERS.personal.toLowerCase())
    const users = await payload.find({ collection: 'users', overrideAccess: true })
    expect(JSON.stringify(users.docs)).toContain(MARKERS.user)
  })

  it('REST lists and documents, with and without ?draft=true, show no draft, exempted entry, personal data or account', async () => {
    for (const slug of slugs) {
      for (const query of ['depth=3', 'depth=3&draft=true']) {
        for (const response of await everyPage(`${slug}?${query}`)) {
          expectNoMarker(`GET /api/${slug}?${query}`, response.text)
          for (const doc of response.data?.docs ?? []) {
            const one = await http.get(`${slug}/${doc.id}?draft=true&depth=3`)
            expectNoMarker(`GET /api/${slug}/${doc.id}?draft=true`, one.text)
          }
        }
      }
    }
  })

  it('drafts are invisible to visitors by id too, even with ?draft=true', async () => {
    const drafts = await payload.find({ collection: 'news', draft: true, where: { _status: { equals: 'draft' } }, overrideAccess: true, limit: 1 })
    const id = drafts.docs[0]!.id
    for (const query of ['', '?draft=true']) {
      const response = await http.get(`news/${id}${query}`)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expectNoMarker(`GET /api/news/${id}${query}`, response.text)
    }
  })

  it('a published document with a newer draft shows visitors the published version only', async () => {
    const published = await payload.find({ collection: 'services', where: { _status: { equals: 'published' } }, overrideAccess: true, limit: 1, depth: 0 })
    const doc = published.docs[0]!
    await payload.update({ collection: 'services', id: doc.id, data: { summary: `Ringkasan baru ${MARKERS.draft} belum ditelaah` }, draft: true, overrideAccess: true })
    for (const query of ['', '?draft=true']) expectNoMarker(`GET /api/services/${doc.id}${query}`, (await http.get(`services/${doc.id}${query}`)).text)
    for (const page of await everyPage('services?draft=true')) expectNoMarker('GET /api/services?draft=true', page.text)
    const graph = await http.graphql(`{ Service(id: ${JSON.stringify(doc.id)}, draft: true) { summary } }`)
    expectNoMarker('GraphQL Service(draft: true)', graph.text)
  })

  it('version history is closed to visitors', async () => {
    for (const slug of slugs) {
      const response = await http.get(`${slug}/versions?limit=${ANONYMOUS_MAX_LIMIT}`)
      expectNoMarker(`GET /api/${slug}/versions`, response.text)
      if (response.status === 200) expect(response.data?.docs ?? [], slug).toEqual([])
    }
  })

  it('GraphQL with draft: true shows no draft to visitors', async () => {
    const lists = ['allNews', 'Services', 'PpidEntries', 'Programmes', 'Complaints']
    for (const list of lists) {
      const fields = list === 'Complaints' ? 'ticket subject answer' : list === 'PpidEntries' ? 'title summary category' : list === 'Programmes' ? 'name code' : list === 'Services' ? 'name summary' : 'title summary'
      for (let page = 1; ; page++) {
        const response = await http.graphql(`{ ${list}(draft: true, limit: ${ANONYMOUS_MAX_LIMIT}, page: ${page}) { hasNextPage docs { id ${fields} } } }`)
        expect(response.data.errors, list).toBeUndefined()
        expectNoMarker(`GraphQL ${list}(draft: true)`, response.text)
        if (!response.data.data[list].hasNextPage) break
      }
    }
  })

  it('accounts are not readable anonymously, over REST or GraphQL', async () => {
    const rest = await http.get('users?limit=100')
    expect(rest.status).toBe(403)
    expectNoMarker('GET /api/users', rest.text)
    const graph = await http.graphql('{ Users { docs { email } } }')
    expectNoMarker('GraphQL Users', graph.text)
    expect(graph.data.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('private fields cannot be read or used as filters by visitors', async () => {
    const answered = await http.get('complaints?limit=100&depth=1')
    expect(answered.status).toBe(200)
    for (const doc of answered.data.docs) {
      expect(doc.reporter).toBeUndefined()
      expect(doc.message).toBeUndefined()
    }
    for (const where of ['where[reporter.email][like]=sampel', 'where[reporter.name][exists]=true', 'where[message][like]=a']) {
      const response = await http.get(`complaints?${where}`)
      expectNoMarker(`GET /api/complaints?${where}`, response.text)
      // Either refused outright or answered as if the field did not exist: never a yes/no oracle on personal data.
      if (response.status === 200) expect(response.data.totalDocs).toBe(0)
    }
    for (const where of ['where[category][equals]=dikecualikan', 'where[_status][equals]=draft', 'where[exemption.legalReason][exists]=true']) {
      const response = await http.get(`ppid-entries?${where}&draft=true`)
      if (response.status === 200) expect(response.data.totalDocs, where).toBe(0)
      expectNoMarker(`GET /api/ppid-entries?${where}`, response.text)
    }
  })

  it('files of drafts and of exempted entries stay private; files of published content are public', async () => {
    const diskominfo = await opdId(payload, 'diskominfo')
    const upload = async () => payload.create({ collection: 'documents', data: { title: 'Lampiran uji', opd: diskominfo as number }, file: await sampleFile('documents'), overrideAccess: true })

    const draftFile = await upload()
    const draftEntry = await sampleData(payload, 'ppid-entries', diskominfo)
    await payload.create({ collection: 'ppid-entries', data: { ...draftEntry, category: 'berkala', file: draftFile.id } as never, draft: true, overrideAccess: true })

    const exemptFile = await upload()
    const exemptEntry = await sampleData(payload, 'ppid-entries', diskominfo)
    await payload.create({
      collection: 'ppid-entries',
      data: { ...exemptEntry, category: 'dikecualikan', file: exemptFile.id, exemption: { legalReason: 'UU 14/2008 Ps. 17 huruf h', consequenceTest: 'Membuka rahasia pribadi' }, _status: 'published' } as never,
      overrideAccess: true,
    })

    const publicFile = await upload()
    const publicEntry = await sampleData(payload, 'ppid-entries', diskominfo)
    await payload.create({ collection: 'ppid-entries', data: { ...publicEntry, category: 'berkala', file: publicFile.id, _status: 'published' } as never, overrideAccess: true })

    const fileUrl = (doc: { filename?: string | null }) => `documents/file/${doc.filename}`
    expect((await http.get(fileUrl(draftFile))).status).toBeGreaterThanOrEqual(400)
    expect((await http.get(fileUrl(exemptFile))).status).toBeGreaterThanOrEqual(400)
    expect((await http.get(fileUrl(publicFile))).status).toBe(200)
    expect((await http.get(`documents/${draftFile.id}`)).status).toBeGreaterThanOrEqual(400)
    expect((await http.get(`documents/${exemptFile.id}`)).status).toBeGreaterThanOrEqual(400)
  })

  it(`refuses a GraphQL query nested deeper than ${GRAPHQL_MAX_DEPTH} levels, and answers the paginated queries a site builder needs`, async () => {
    let nested = 'id'
    for (let level = 0; level < 10; level++) nested = `parent { ${nested} }`
    const deep = await http.graphql(`{ Programmes(limit: 1) { docs { ${nested} } } }`)
    expect(deep.data.errors?.[0]?.message).toMatch(/nested|bersarang/)
    expect(deep.data.data).toBeUndefined()

    const builder = await http.graphql(`query Page($page: Int!) {
      Programmes(limit: ${BUILDER_PAGE}, page: $page, where: { level: { equals: sub_activity } }) {
        totalDocs totalPages hasNextPage
        docs { id code name level opd { slug name } parent { code parent { code name } } indicators { name unit year target } ceiling }
      }
      Services(limit: ${BUILDER_PAGE}) { docs { id name slug kind components { requirements cost { amount basis } } opd { slug } agency { name } } }
    }`, undefined, { page: 1 })
    expect(builder.data.errors).toBeUndefined()
    expect(builder.data.data.Programmes.totalDocs).toBeGreaterThan(0)
    expect(builder.data.data.Services.docs.length).toBeGreaterThan(0)
    expectNoMarker('site builder query', builder.text)
  })
})
