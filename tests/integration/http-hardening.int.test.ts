import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_CLIENTS } from '../../cms/api/ApiClients.ts'
import { API_KEY_HEADER } from '../../schemas/api.ts'
import { cmsOrigins } from '../../cms/api/origin.ts'
import { PEER_HEADER } from '../../cms/citizen/network.ts'
import { MARKERS } from '../../scripts/seed/markers.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken } from '../helpers/users.ts'

const skip = unavailable()

const EVIL = 'http://evil.example'
/** The sites' origin by default (SITES_ORIGIN unset): the same site as the CMS, another origin. */
const SITES = 'http://localhost:4321'

describe.skipIf(skip)('HTTP hardening: cookie sessions write only from the CMS itself, JSON endpoints take only JSON, API keys read through the real handlers', () => {
  let cms: TestCms
  let payload: Payload
  let http: HttpClient
  let admin: string
  let editor: string
  let self: string
  /** A browser signed in to the admin: the session cookie rides along with whatever `headers` say. */
  const browser = (token: string, headers: Record<string, string> = {}) => httpClient(cms.config, { cookie: `${payload.config.cookiePrefix}-token=${token}`, ...headers })
  let addresses = 0
  const visitor = () => ({ [PEER_HEADER]: `198.51.100.${++addresses}` })

  const makeClient = async (name: string, rateLimit = 120) => {
    const made = await http.post(API_CLIENTS, { name, agency: 'Dinas Uji Keamanan', rateLimit }, admin)
    expect(made.status, made.text).toBe(201)
    return { id: made.data.doc.id as number | string, key: made.data.doc.key as string }
  }
  const nameOf = async (id: number | string) => (await payload.findByID({ collection: API_CLIENTS, id, depth: 0, overrideAccess: true })).name

  beforeAll(async () => {
    cms = await openSeededCms('http_hardening')
    payload = cms.payload
    http = httpClient(cms.config)
    admin = await demoToken(payload, 'kominfo-admin')
    editor = await demoToken(payload, 'opd-editor')
    self = cmsOrigins()[0]!
  })
  afterAll(async () => {
    await cms?.close()
  })

  it('gives Payload the CMS origins as its csrf and cors lists, never the sites', () => {
    expect(payload.config.csrf).toEqual(expect.arrayContaining(cmsOrigins()))
    expect(payload.config.csrf).not.toContain(SITES)
    expect(payload.config.cors).toEqual(cmsOrigins())
  })

  it('refuses a cookie write from a foreign origin, from the sites or with no origin at all, and changes nothing', async () => {
    const { id } = await makeClient('Klien sasaran CSRF')
    const before = await nameOf(id)
    for (const [headers, expected] of [
      [{ origin: EVIL }, `bukan dari ${EVIL}`],
      [{ origin: SITES }, `bukan dari ${SITES}`],
      [{ origin: 'null' }, 'bukan dari null'],
      [{ referer: `${EVIL}/halaman-jebakan.html` }, `bukan dari ${EVIL}`],
      [{}, 'harus menyertakan header Origin atau Referer'],
    ] as const) {
      for (const attempt of [
        () => browser(admin, headers).patch(`${API_CLIENTS}/${id}`, { name: 'Diganti lewat CSRF' }),
        () => browser(admin, headers).delete(`${API_CLIENTS}/${id}`),
        () => browser(admin, headers).post(`${API_CLIENTS}/${id}/renew-key`, {}),
      ]) {
        const response = await attempt()
        expect(response.status, `${JSON.stringify(headers)}: ${response.text}`).toBe(403)
        expect(response.data.errors[0].message).toContain(expected)
      }
    }
    expect(await nameOf(id)).toBe(before)
    // Payload's own csrf list: from a foreign page the cookie is no session even for reading.
    expect((await browser(admin, { origin: EVIL }).get(`${API_CLIENTS}/${id}`)).status).toBe(403)
    expect((await browser(admin, { origin: self }).get(`${API_CLIENTS}/${id}`)).status).toBe(200)
  })

  it('accepts the cookie write of the admin itself (Origin, or Referer alone), as JSON and as the multipart the admin saves with', async () => {
    const { id } = await makeClient('Klien yang diganti dari admin')
    const byOrigin = await browser(admin, { origin: self }).patch(`${API_CLIENTS}/${id}`, { name: 'Diganti dari admin' })
    expect(byOrigin.status, byOrigin.text).toBe(200)
    expect(await nameOf(id)).toBe('Diganti dari admin')
    // A browser that leaves Origin out still sends Sec-Fetch-Site, which Payload asks for then.
    const byReferer = await browser(admin, { referer: `${self}/admin/collections/${API_CLIENTS}/${id}`, 'sec-fetch-site': 'same-origin' }).patch(`${API_CLIENTS}/${id}`, { name: 'Diganti dari admin lagi' })
    expect(byReferer.status, byReferer.text).toBe(200)
    const form = new FormData()
    form.set('_payload', JSON.stringify({ name: 'Disimpan seperti admin' }))
    const multipart = await browser(admin, { origin: self }).send('PATCH', `${API_CLIENTS}/${id}`, form, {})
    expect(multipart.status, multipart.text).toBe(200)
    expect(await nameOf(id)).toBe('Disimpan seperti admin')
    // The admin's relationship fields read long queries by POST with a form-encoded body and a header no form can set.
    const read = await browser(admin, { origin: self }).send('POST', API_CLIENTS, `where[id][equals]=${id}&depth=0`, { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' })
    expect(read.status, read.text).toBe(200)
    expect(read.data.docs.map((doc: { id: unknown }) => doc.id)).toEqual([id])
    // A token in the Authorization header is no cookie riding on a browser: no origin needed.
    expect((await http.patch(`${API_CLIENTS}/${id}`, { name: 'Diganti oleh skrip' }, admin)).status).toBe(200)
    expect(await nameOf(id)).toBe('Diganti oleh skrip')
  })

  it('answers the CMS origin with CORS headers and the sites or a foreign page with none', async () => {
    const allowed = await browser(admin, { origin: self }).get('opds?limit=1')
    expect(allowed.headers.get('access-control-allow-origin')).toBe(self)
    for (const origin of [SITES, EVIL]) expect((await httpClient(cms.config, { origin }).get('opds?limit=1')).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses a workflow step sent as text/plain or a form encoding (415), with a cookie or a token, and changes nothing', async () => {
    const { docs } = await payload.find({ collection: 'news', where: { and: [{ _status: { equals: 'published' } }, { 'opd.slug': { equals: 'diskominfo' } }] }, limit: 1, depth: 0, overrideAccess: true })
    const news = docs[0]!
    const saved = await http.patch(`news/${news.id}`, { title: `${news.title} (suntingan uji)` }, editor)
    expect(saved.status, saved.text).toBe(200)
    const stateOf = async () => (await payload.findByID({ collection: 'news', id: news.id, draft: true, depth: 0, overrideAccess: true })).workflowState
    const before = await stateOf()
    const step = JSON.stringify({ action: 'submit' })
    const multipart = new FormData()
    multipart.set('action', 'submit')
    for (const [client, body, type] of [
      [browser(editor, { origin: self }), step, 'text/plain'],
      [browser(editor, { origin: self }), 'action=submit', 'application/x-www-form-urlencoded'],
      [browser(editor, { origin: self }), multipart, undefined],
      [httpClient(cms.config, { authorization: `JWT ${editor}` }), step, 'text/plain;charset=UTF-8'],
    ] as const) {
      const response = await client.send('POST', `news/${news.id}/workflow`, body, type ? { 'content-type': type } : {})
      expect(response.status, response.text).toBe(415)
      expect(response.data.errors[0].message).toMatch(/^Jenis isi "[^"]+" tidak diterima di POST \/api\/news\/.+\/workflow: kirim JSON/)
    }
    expect(await stateOf()).toBe(before)
    // The same step as JSON from the admin goes through: the refusals above were about the body alone.
    const submitted = await browser(editor, { origin: self }).post(`news/${news.id}/workflow`, { action: 'submit' })
    expect(submitted.status, submitted.text).toBe(200)
    expect(await stateOf()).not.toBe(before)
  })

  it('still takes the citizen forms from the sites, without JavaScript and with a staff cookie along, and refuses them from a foreign page', async () => {
    const count = async () => (await payload.count({ collection: 'complaints', overrideAccess: true })).totalDocs
    const before = await count()
    const form = (perihal: string) =>
      new URLSearchParams({ opd: 'dinkes', perihal, isi: 'Jalan berlubang di depan puskesmas membahayakan pengendara motor.', nama: 'Warga Uji Pengaman', setuju: 'ya', situs_web: '' }).toString()
    const encoded = { 'content-type': 'application/x-www-form-urlencoded' }
    const fromSites = await httpClient(cms.config, { origin: SITES, referer: `${SITES}/dinkes/aduan/`, ...visitor() }).send('POST', 'aduan', form('Jalan berlubang di depan puskesmas'), encoded)
    expect(fromSites.status, fromSites.text).toBe(303)
    // The same site sends a signed-in editor's cookie along; the form neither needs nor uses it.
    const withCookie = await browser(editor, { origin: SITES, ...visitor() }).send('POST', 'aduan', form('Lampu jalan padam di depan puskesmas'), encoded)
    expect(withCookie.status, withCookie.text).toBe(303)
    // The CMS's own status and answer pages are served with no-referrer: their forms (an objection, a
    // complaint sent again after a refusal) come with `Origin: null`, as Chromium sends it.
    const fromStatusPage = await httpClient(cms.config, { origin: 'null', ...visitor() }).send('POST', 'aduan', form('Selokan tersumbat di depan puskesmas'), encoded)
    expect(fromStatusPage.status, fromStatusPage.text).toBe(303)
    const scripted = await httpClient(cms.config, visitor()).post('aduan', { opd: 'dinkes', perihal: 'Trotoar rusak di depan sekolah', isi: 'Trotoar rusak dan licin saat hujan, mohon diperbaiki.', nama: 'Warga Uji Skrip', setuju: 'ya' })
    expect(scripted.status, scripted.text).toBe(201)
    expect(await count()).toBe(before + 4)
    const foreign = await httpClient(cms.config, { origin: EVIL, ...visitor() }).send('POST', 'aduan', form('Kiriman dari situs lain'), encoded)
    expect(foreign.status, foreign.text).toBe(403)
    expect(foreign.data.errors[0].message).toContain('Formulir warga hanya diterima dari situs portal')
    const request = await httpClient(cms.config, { origin: EVIL, ...visitor() }).send('POST', 'ppid/permohonan', 'opd=dinkes', encoded)
    expect(request.status).toBe(403)
    expect(await count()).toBe(before + 4)
  })

  it('takes the citizen forms from every OPD host in the hosts layout, and from no look-alike', async () => {
    Object.assign(process.env, { SITES_LAYOUT: 'hosts', SITES_ORIGIN: 'https://bantenprov.go.id', SITES_DOMAIN: 'bantenprov.go.id' })
    try {
      const post = (origin: string) => httpClient(cms.config, { origin, ...visitor() }).send('POST', 'ppid/keberatan', 'tiket=PPID-0000', { 'content-type': 'application/x-www-form-urlencoded' })
      // Past the origin check the objection is judged on its content (an unknown ticket): 4xx, never 403.
      for (const origin of ['https://bantenprov.go.id', 'https://dinkes.bantenprov.go.id']) {
        const response = await post(origin)
        expect(response.status, `${origin}: ${response.text}`).not.toBe(403)
        expect(response.status).toBeLessThan(500)
      }
      for (const origin of ['http://dinkes.bantenprov.go.id', 'https://evilbantenprov.go.id', 'https://a.b.bantenprov.go.id', 'https://bantenprov.go.id.evil.example']) {
        expect((await post(origin)).status, origin).toBe(403)
      }
    } finally {
      for (const name of ['SITES_LAYOUT', 'SITES_ORIGIN', 'SITES_DOMAIN']) delete process.env[name]
    }
  })

  it('lets an API key read what a visitor reads through the real handlers (REST list, by id, GraphQL), at its own limit, and write nothing', async () => {
    const { key } = await makeClient('Satu Data uji keamanan', 3)
    const keyed = httpClient(cms.config, { [API_KEY_HEADER]: key, ...visitor() })
    const { docs } = await payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, depth: 0, overrideAccess: true })
    const list = await keyed.get('news?limit=100&depth=0&draft=true')
    expect(list.status, list.text).toBe(200)
    expect(list.data.docs.length).toBeGreaterThan(0)
    expect(list.text).not.toContain(MARKERS.draft)
    const one = await keyed.get(`news/${docs[0]!.id}?depth=0`)
    expect(one.status, one.text).toBe(200)
    expect(one.data.id).toBe(docs[0]!.id)
    const graphql = await keyed.graphql('{ allNews(limit: 100, draft: true) { docs { title } } }')
    expect(graphql.status, graphql.text).toBe(200)
    expect(graphql.data.data.allNews.docs.length).toBeGreaterThan(0)
    expect(graphql.text).not.toContain(MARKERS.draft)
    const write = await keyed.patch(`news/${docs[0]!.id}`, { title: 'Judul lewat kunci' })
    expect(write.status, write.text).toBe(403)
    expect(write.data.errors[0].message).toContain('Kunci API hanya untuk membaca')
    const over = await keyed.get('opds?limit=1')
    expect(over.status, over.text).toBe(429)
    expect(over.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await payload.findByID({ collection: 'news', id: docs[0]!.id, depth: 0, overrideAccess: true })).title).toBe(docs[0]!.title)
  })
})
