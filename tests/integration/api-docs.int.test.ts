import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_LIMIT, anonymousLimit, API_KEY_HEADER, GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_COST, GRAPHQL_MAX_DEPTH, REQUEST_TIME_LIMIT_S } from '../../schemas/api.ts'
import { sign } from '../../cms/api/signature.ts'
import { CONTENT_TYPES } from '../../schemas/index.ts'
import { buildSites } from '../../sites/lib/build.ts'
import { serveCms } from '../helpers/cmsServer.ts'
import { testDb, unavailable } from '../helpers/databases.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoToken } from '../helpers/users.ts'

// The page is built from the CMS over HTTP: one database is enough (api-access covers every adapter).
const skip = unavailable() ?? (testDb() === 'sqlite' ? null : 'site builds are database-independent; run on SQLite only')
const PUBLIC_ORIGIN = 'https://cms.bantenprov.contoh.go.id'

const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&')

describe.skipIf(skip)("the portal's API page for other agencies", () => {
  let cms: TestCms
  let payload: Payload
  let server: Awaited<ReturnType<typeof serveCms>>
  let http: HttpClient
  let out: string
  let html: string
  /** The code of an example on the built page, as a reader copies it. */
  const example = (id: string) => {
    const match = new RegExp(`<pre[^>]*data-example="${id}"[^>]*><code>([\\s\\S]*?)</code></pre>`).exec(html)
    expect(match, `example ${id} on the page`).not.toBeNull()
    return unescape(match![1]!)
  }
  /** The API path of a documented curl command, to call on the CMS under test instead of the public origin. */
  const pathOf = (curl: string) => {
    const url = /'(https:\/\/[^']+)'/.exec(curl)![1]!
    expect(url.startsWith(`${PUBLIC_ORIGIN}/api/`)).toBe(true)
    return url.slice(`${PUBLIC_ORIGIN}/api/`.length)
  }

  beforeAll(async () => {
    cms = await openSeededCms('api_docs')
    payload = cms.payload
    server = await serveCms(cms.config)
    http = httpClient(cms.config)
    out = mkdtempSync(path.join(tmpdir(), 'portal-api-docs-'))
    await buildSites({ cms: server.url, cmsPublic: PUBLIC_ORIGIN, outDir: out, opds: ['dinkes'], layout: { mode: 'paths', origin: 'http://localhost:4321' }, today: '2026-11-28' })
    html = readFileSync(path.join(out, 'sites', 'api', 'index.html'), 'utf8')
  })
  afterAll(async () => {
    await server?.close()
    await cms?.close()
    if (out) rmSync(out, { recursive: true, force: true })
  })

  it('lists every public collection of the content contract, each readable at the address it gives, and no private one', async () => {
    for (const type of CONTENT_TYPES) {
      const row = new RegExp(`<tr data-collection="${type.slug}">[\\s\\S]*?</tr>`).exec(html)
      expect(row, type.slug).not.toBeNull()
      const rest = /<code class="code">\/api\/([^<]+)<\/code>/.exec(row![0])![1]!
      const read = await http.get(`${rest}${rest.startsWith('globals/') ? '' : '?limit=1&depth=0'}`)
      expect(read.status, `${type.slug}: GET /api/${rest}`).toBe(200)
      for (const field of Object.keys(type.fields.shape)) expect(html, `${type.slug}.${field}`).toContain(`<code class="code">${field}</code>`)
    }
    for (const hidden of ['users', 'api-clients', 'webhooks', 'audit-log', 'payload-jobs', 'information-requests', 'notifications']) expect(html).not.toContain(`data-collection="${hidden}"`)
    expect(html).toContain(`${anonymousLimit()} permintaan per menit per alamat IP`)
    expect(html).toContain(`paling dalam ${GRAPHQL_MAX_DEPTH} tingkat`)
    for (const stated of [`paling banyak ${ANONYMOUS_MAX_LIMIT}`, `REST, paling dalam ${ANONYMOUS_MAX_DEPTH}`, `paling banyak ${GRAPHQL_MAX_ALIASES} alias`, `biaya perkiraan paling besar ${GRAPHQL_MAX_COST}`, `dalam ${REQUEST_TIME_LIMIT_S} detik`]) expect(html).toContain(stated)
    // And they hold as stated.
    expect((await http.get(`services?limit=${ANONYMOUS_MAX_LIMIT + 1}`)).status).toBe(400)
    expect((await http.get(`services?limit=${ANONYMOUS_MAX_LIMIT}&depth=${ANONYMOUS_MAX_DEPTH + 1}`)).status).toBe(400)
    expect((await http.get(`services?limit=${ANONYMOUS_MAX_LIMIT}&depth=${ANONYMOUS_MAX_DEPTH}`)).status).toBe(200)
    expect(html).toContain(`<code class="code">POST ${PUBLIC_ORIGIN}/api/graphql</code>`)
  })

  it('gives example queries that work as written against the real GraphQL and REST handlers', async () => {
    const query = example('graphql-query')
    const answer = await http.graphql(query)
    expect(answer.data.errors, answer.text).toBeUndefined()
    const services = answer.data.data.Services
    expect(services.totalDocs).toBeGreaterThan(0)
    expect(services.docs[0].opd.slug).toMatch(/^[a-z0-9-]+$/)

    const curl = example('graphql-curl')
    expect(curl).toContain(`'${PUBLIC_ORIGIN}/api/graphql'`)
    const body = JSON.parse(/--data '([^']+)'/.exec(curl)![1]!) as { query: string }
    const viaCurl = await http.graphql(body.query)
    expect(viaCurl.data.errors, viaCurl.text).toBeUndefined()
    expect(viaCurl.data.data.Services.totalDocs).toBe(services.totalDocs)

    const list = await http.get(pathOf(example('rest-list')))
    expect(list.status, list.text).toBe(200)
    expect(list.data.docs.length).toBeGreaterThan(0)
    const filtered = await http.get(pathOf(example('rest-filter')))
    expect(filtered.status, filtered.text).toBe(200)
    const { docs: dinkesNews } = await payload.find({ collection: 'news', where: { and: [{ 'opd.slug': { equals: 'dinkes' } }, { _status: { equals: 'published' } }] }, limit: 100, depth: 0, overrideAccess: true })
    expect(filtered.data.totalDocs).toBe(dinkesNews.length)

    const created = await http.post('api-clients', { name: 'Contoh dokumentasi', agency: 'Diskominfo (uji)' }, await demoToken(payload, 'kominfo-admin'))
    const keyed = example('rest-key')
    expect(keyed.toLowerCase()).toContain(`-h '${API_KEY_HEADER}: pok_kunci_anda'`)
    const withKey = await httpClient(cms.config, { [API_KEY_HEADER]: created.data.doc.key }).get(pathOf(keyed))
    expect(withKey.status, withKey.text).toBe(200)
  })

  it("documents the webhook signature with a Node snippet that verifies the CMS's own signatures", async () => {
    const sample = JSON.parse(example('webhook-event')) as { type: string; document: { url: string } }
    expect(sample.type).toBe('publish')
    expect(sample.document.url.startsWith(`${PUBLIC_ORIGIN}/api/`)).toBe(true)
    const file = path.join(out, 'verify.mjs')
    writeFileSync(file, example('webhook-verify'))
    const { verifyPortalSignature } = (await import(pathToFileURL(file).href)) as { verifyPortalSignature: (secret: string, headers: Record<string, string>, body: string) => boolean }
    const secret = 'rahasia-bersama-yang-cukup-panjang-sekali'
    const body = JSON.stringify(sample)
    const timestamp = String(Math.floor(Date.now() / 1000))
    const headers = { 'x-portal-timestamp': timestamp, 'x-portal-signature': sign(secret, timestamp, body) }
    expect(verifyPortalSignature(secret, headers, body)).toBe(true)
    expect(verifyPortalSignature('rahasia-lain-yang-juga-cukup-panjang', headers, body)).toBe(false)
    expect(verifyPortalSignature(secret, headers, body.replace('publish', 'delete'))).toBe(false)
    expect(verifyPortalSignature(secret, { ...headers, 'x-portal-timestamp': String(Number(timestamp) - 3600) }, body)).toBe(false)
  })
})
