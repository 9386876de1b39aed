import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_KEY_HEADER } from '../../schemas/api.ts'
import { hashKey } from '../../cms/api/ApiClients.ts'
import { PEER_HEADER } from '../../cms/citizen/network.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken } from '../helpers/users.ts'

const skip = unavailable()

describe.skipIf(skip)('the API for other agencies: read-only keys and rate limits', () => {
  let cms: TestCms
  let payload: Payload
  let admin: string
  let http: HttpClient
  /** A visitor's address as the front server of `npm start` passes it; each test takes its own. */
  let addresses = 0
  const visitor = () => ({ [PEER_HEADER]: `203.0.113.${++addresses}` })
  const withKey = (key: string, extra: Record<string, string> = {}) => httpClient(cms.config, { [API_KEY_HEADER]: key, ...visitor(), ...extra })

  /** An API client made as a Kominfo admin makes it, over the REST API; the key is in that response only. */
  const makeClient = async (name: string, rateLimit?: number) => {
    const response = await http.post('api-clients', { name, agency: 'Bappeda Provinsi Banten (uji)', contact: 'satudata@contoh.invalid', ...(rateLimit ? { rateLimit } : {}) }, admin)
    expect(response.status, response.text).toBe(201)
    return { id: response.data.doc.id as number | string, key: response.data.doc.key as string }
  }

  beforeAll(async () => {
    cms = await openSeededCms('api_access')
    payload = cms.payload
    http = httpClient(cms.config)
    admin = await demoToken(payload, 'kominfo-admin')
  })
  afterAll(async () => {
    delete process.env.API_RATE_LIMIT
    await cms?.close()
  })

  it('shows a new key once and stores only its hash', async () => {
    const { id, key } = await makeClient('Satu Data Banten')
    expect(key).toMatch(/^pok_[A-Za-z0-9_-]{43}$/)
    const read = await http.get(`api-clients/${id}`, admin)
    expect(read.status).toBe(200)
    expect(read.text).not.toContain(key)
    expect(read.data.keyHash).toBeUndefined()
    expect(read.data.keyPrefix).toBe(key.slice(0, 10))
    const stored = await payload.db.findOne<{ id: number; keyHash: string }>({ collection: 'api-clients', where: { id: { equals: id } } })
    expect(stored?.keyHash).toBe(hashKey(key))
    expect(JSON.stringify(stored)).not.toContain(key)
    // Clients and their keys are Kominfo admins' business only.
    expect((await http.get('api-clients', await demoToken(payload, 'opd-editor'))).data.docs ?? []).toEqual([])
    expect((await withKey(key).get('api-clients')).status).toBe(403)
  })

  it('reads exactly what anonymous visitors read: published content, never drafts or private data, whatever else the request carries', async () => {
    const { key } = await makeClient('Pembaca berita')
    const { docs } = await payload.find({ collection: 'news', where: { _status: { equals: 'published' } }, limit: 1, depth: 0, overrideAccess: true })
    const news = docs[0]!
    const draftTitle = 'Draf rahasia yang belum ditelaah sama sekali'
    await payload.update({ collection: 'news', id: news.id, data: { title: draftTitle }, draft: true, overrideAccess: true })
    expect((await http.get(`news/${news.id}?draft=true`, admin)).data.title).toBe(draftTitle)

    const keyed = withKey(key)
    // A staff session sent along with the key does not lift it above anonymous.
    const keyedWithSession = withKey(key, { authorization: `JWT ${admin}` })
    for (const client of [keyed, keyedWithSession]) {
      const one = await client.get(`news/${news.id}?draft=true`)
      expect(one.status, one.text).toBe(200)
      expect(one.data.title).toBe(news.title)
      const list = await client.get('news?draft=true&limit=100&depth=0')
      expect(list.text).not.toContain(draftTitle)
      const graphql = await client.graphql(`{ allNews(draft: true, limit: 100) { docs { title } } }`)
      expect(graphql.status, graphql.text).toBe(200)
      expect(graphql.text).not.toContain(draftTitle)
      expect(graphql.text).toContain(news.title)
    }
    const anonymous = httpClient(cms.config)
    for (const path of ['news?limit=100&depth=0&sort=id', 'ppid-entries?limit=100&depth=0&sort=id', 'services?limit=100&depth=0&sort=id', 'complaints?limit=10', 'information-requests?limit=10', 'users?limit=10', 'payload-jobs?limit=10']) {
      const [a, k] = [await anonymous.get(path), await keyed.get(path)]
      expect(k.status, path).toBe(a.status)
      expect(k.data, path).toEqual(a.data)
    }
    // Answered complaints are public, their writers never.
    const complaints = await keyed.get('complaints?limit=100&depth=0')
    expect(complaints.data.docs.length).toBeGreaterThan(0)
    expect(complaints.text).not.toMatch(/"(reporter|name|email|phone|nik)":/)
  })

  it('writes nothing: every change with a key is refused with 403 and a clear message', async () => {
    const { key } = await makeClient('Penulis yang tidak boleh')
    const keyed = withKey(key, { authorization: `JWT ${admin}` })
    const before = await payload.count({ collection: 'news', overrideAccess: true })
    const { docs } = await payload.find({ collection: 'news', limit: 1, depth: 0, overrideAccess: true })
    const attempts = [
      await keyed.post('news', { title: 'Berita dari kunci API', summary: 'Ringkasan yang tidak boleh tersimpan sama sekali' }),
      await keyed.patch(`news/${docs[0]!.id}`, { title: 'Judul diganti lewat kunci API' }),
      await keyed.delete(`news/${docs[0]!.id}`),
      await keyed.post(`news/${docs[0]!.id}/workflow`, { action: 'withdraw' }),
      await keyed.post('aduan', { perihal: 'x' }),
    ]
    for (const response of attempts) {
      expect(response.status, response.text).toBe(403)
      expect(response.data.errors[0].message).toContain('Kunci API hanya untuk membaca')
    }
    const mutation = await keyed.graphql(`mutation { updateNews(id: ${JSON.stringify(docs[0]!.id)}, data: { title: "Judul lewat GraphQL" }) { id } }`)
    expect(mutation.status).toBe(403)
    expect(mutation.text).toContain('Kunci API hanya untuk membaca')
    const mixed = await keyed.graphql(`query A { allNews { totalDocs } } mutation B { deleteNews(id: ${JSON.stringify(docs[0]!.id)}) { id } }`, undefined, {})
    expect(mixed.status).toBe(403)
    expect((await payload.count({ collection: 'news', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    expect((await payload.findByID({ collection: 'news', id: docs[0]!.id, depth: 0, overrideAccess: true })).title).toBe(docs[0]!.title)
  })

  it('limits each key to its own requests per minute (429 with Retry-After), apart from the anonymous limit and from other keys', async () => {
    process.env.API_RATE_LIMIT = '1000'
    const slow = await makeClient('Klien kecil', 3)
    const other = await makeClient('Klien lain', 3)
    const address = visitor()
    const keyed = httpClient(cms.config, { [API_KEY_HEADER]: slow.key, ...address })
    for (let i = 0; i < 3; i++) expect((await keyed.get('opds?limit=1')).status).toBe(200)
    const refused = await keyed.get('opds?limit=1')
    expect(refused.status).toBe(429)
    const wait = Number(refused.headers.get('retry-after'))
    expect(Number.isInteger(wait) && wait >= 1 && wait <= 60, `Retry-After ${refused.headers.get('retry-after')}`).toBe(true)
    expect(refused.data.errors[0].message).toContain('batas kunci API ini 3 permintaan per menit')
    expect((await keyed.graphql('{ Opds(limit: 1) { totalDocs } }')).status).toBe(429)
    // The same address without the key, and another key, are not held back by this key's limit.
    expect((await httpClient(cms.config, address).get('opds?limit=1')).status).toBe(200)
    expect((await httpClient(cms.config, { [API_KEY_HEADER]: other.key, ...address }).get('opds?limit=1')).status).toBe(200)
    // A key is held to its own figure even where anonymous visitors get more.
    const lastUsed = await payload.findByID({ collection: 'api-clients', id: slow.id, overrideAccess: true })
    expect(lastUsed.lastUsedAt).toBeTruthy()
  })

  it('gives anonymous visitors a per-address limit (API_RATE_LIMIT), which neither staff sessions nor keys count against', async () => {
    process.env.API_RATE_LIMIT = '4'
    const { key } = await makeClient('Klien besar', 50)
    const address = visitor()
    const anonymous = httpClient(cms.config, address)
    for (let i = 0; i < 4; i++) expect((await anonymous.get('services?limit=1&depth=0')).status).toBe(200)
    const refused = await anonymous.graphql('{ Services(limit: 1) { totalDocs } }')
    expect(refused.status).toBe(429)
    expect((await anonymous.get('services?limit=1')).headers.get('retry-after')).toMatch(/^\d+$/)
    // Another visitor, a staff session and a key from the same address still get through.
    expect((await httpClient(cms.config, visitor()).get('services?limit=1')).status).toBe(200)
    expect((await anonymous.get('services?limit=1', admin)).status).toBe(200)
    expect((await httpClient(cms.config, { ...address, [API_KEY_HEADER]: key }).get('services?limit=1')).status).toBe(200)
    // A forged or expired session is no session: still limited.
    const [head, body] = admin.split('.')
    expect((await anonymous.get('services?limit=1', `${head}.${body}.${'A'.repeat(43)}`)).status).toBe(429)
    // This machine's own site builder is not limited, with the X-Forwarded-For Next adds or one it forged;
    // a visitor relayed by a reverse proxy on this machine listed in TRUSTED_PROXIES is.
    for (const forwarded of [{}, { 'x-forwarded-for': '127.0.0.1' }, { 'x-forwarded-for': '198.51.100.7' }] as Record<string, string>[]) {
      const builder = httpClient(cms.config, { [PEER_HEADER]: '127.0.0.1', ...forwarded })
      for (let i = 0; i < 6; i++) expect((await builder.get('services?limit=1')).status).toBe(200)
    }
    process.env.TRUSTED_PROXIES = '127.0.0.1'
    try {
      const relayed = httpClient(cms.config, { [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '198.51.100.7, 127.0.0.1' })
      const statuses = []
      for (let i = 0; i < 6; i++) statuses.push((await relayed.get('services?limit=1')).status)
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    } finally {
      delete process.env.TRUSTED_PROXIES
    }
  })

  it('refuses unknown keys and revoked keys at once, and a renewed key replaces the old one at once', async () => {
    process.env.API_RATE_LIMIT = '1000'
    expect((await withKey('pok_tidak-ada-kunci-seperti-ini').get('opds?limit=1')).status).toBe(401)
    const { id, key } = await makeClient('Klien yang dicabut')
    expect((await withKey(key).get('opds?limit=1')).status).toBe(200)
    expect((await http.patch(`api-clients/${id}`, { active: false }, admin)).status).toBe(200)
    const revoked = await withKey(key).get('opds?limit=1')
    expect(revoked.status).toBe(401)
    expect(revoked.data.errors[0].message).toContain('sudah dicabut')
    expect((await http.patch(`api-clients/${id}`, { active: true }, admin)).status).toBe(200)
    expect((await withKey(key).get('opds?limit=1')).status).toBe(200)

    expect((await http.post(`api-clients/${id}/renew-key`, {}, await demoToken(payload, 'kominfo-reviewer'))).status).toBe(403)
    const renewed = await http.post(`api-clients/${id}/renew-key`, {}, admin)
    expect(renewed.status, renewed.text).toBe(200)
    expect(renewed.data.key).toMatch(/^pok_/)
    expect(renewed.data.key).not.toBe(key)
    expect((await withKey(key).get('opds?limit=1')).status).toBe(401)
    expect((await withKey(renewed.data.key).get('opds?limit=1')).status).toBe(200)
    // An ordinary save never changes the key, whatever it sends.
    expect((await http.patch(`api-clients/${id}`, { name: 'Klien yang diganti namanya', keyHash: hashKey('pok_pilihan-sendiri') }, admin)).status).toBe(200)
    expect((await withKey(renewed.data.key).get('opds?limit=1')).status).toBe(200)
    expect((await withKey('pok_pilihan-sendiri').get('opds?limit=1')).status).toBe(401)
  })
})
