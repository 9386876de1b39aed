import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadComplianceContent } from '../../cms/compliance/content.ts'
import { checkLinks, isPrivateAddress, probe } from '../../cms/compliance/links.ts'
import { COMPLIANCE_QUEUE } from '../../cms/jobs/storeCompliance.ts'
import { evaluate, externalLinks, RULEBOOK_VERSION, RULES, todayInJakarta } from '../../schemas/compliance/index.ts'
import { unavailable } from '../helpers/databases.ts'
import { httpClient } from '../helpers/http.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { demoUser } from '../helpers/users.ts'

const skip = unavailable()
const FAST = { timeoutMs: 1_000, retryDelayMs: 10, allowPrivate: true }

/** What citizens' browsers would meet: a real HTTP server on loopback, one behaviour per path. */
const startSite = async () => {
  const hits: string[] = []
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`)
    if (req.url === '/hilang') return res.writeHead(404).end()
    if (req.url === '/pindah') return res.writeHead(301, { location: '/tujuan' }).end()
    if (req.url === '/putar') return res.writeHead(302, { location: '/putar' }).end()
    if (req.url === '/tanpa-head' && req.method === 'HEAD') return res.writeHead(405).end()
    if (req.url === '/lambat') return // never answers
    if (req.url === '/rusak-sementara' && hits.filter((h) => h.endsWith('/rusak-sementara')).length === 1) return res.writeHead(503).end()
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, hits, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** Sets a dotted path (`ppid.requestFormUrl`, `channels.0.url`) inside a copy of a document's field. */
const withPath = (doc: Record<string, unknown>, path: string, value: string) => {
  const [top, ...rest] = path.split('.')
  const copy = structuredClone(doc[top!]) as Record<string, unknown>
  if (rest.length === 0) return { [top!]: value }
  let node = copy
  for (const key of rest.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[rest.at(-1)!] = value
  return { [top!]: copy }
}

describe.skipIf(skip)('the external link checker', () => {
  let cms: TestCms
  let payload: Payload
  let site: Awaited<ReturnType<typeof startSite>>
  let closedPort: string

  /** Points one published field at an address, the way an editor would save it. */
  const setLink = async (type: string, id: string, field: string, url: string) => {
    if (type === 'province') {
      const record = await payload.findGlobal({ slug: 'province', depth: 0, overrideAccess: true })
      return payload.updateGlobal({ slug: 'province', data: withPath(record as never, field, url), overrideAccess: true })
    }
    const doc = await payload.findByID({ collection: type as CollectionSlug, id, depth: 0, overrideAccess: true })
    return payload.update({ collection: type as CollectionSlug, id, data: withPath(doc as never, field, url) as never, overrideAccess: true })
  }

  beforeAll(async () => {
    cms = await openSeededCms('compliance_links')
    payload = cms.payload
    site = await startSite()
    const spare = createServer()
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve))
    closedPort = String((spare.address() as AddressInfo).port)
    await new Promise((resolve) => spare.close(resolve))
    // The demo's addresses are real sites: the test keeps to loopback, each address keeping its path.
    for (const link of externalLinks(await loadComplianceContent(payload))) {
      await setLink(link.type, link.id, link.field, `${site.origin}/${encodeURIComponent(new URL(link.url).hostname)}${new URL(link.url).pathname}`)
    }
  })
  afterAll(async () => {
    if (site) {
      site.server.closeAllConnections()
      await new Promise((resolve) => site.server.close(resolve))
    }
    await cms?.close()
  })

  it('tells in Bahasa Indonesia why an address does not open, following redirects and HEAD refusals', async () => {
    expect(await probe(`${site.origin}/ada`, FAST)).toEqual({ ok: true, status: 200, error: null })
    expect(await probe(`${site.origin}/pindah`, FAST)).toEqual({ ok: true, status: 200, error: null })
    expect(await probe(`${site.origin}/tanpa-head`, FAST)).toEqual({ ok: true, status: 200, error: null })
    expect(await probe(`${site.origin}/hilang`, FAST)).toEqual({ ok: false, status: 404, error: 'halaman tidak ditemukan (HTTP 404)' })
    expect(await probe(`${site.origin}/putar`, FAST)).toEqual({ ok: false, status: null, error: 'terlalu banyak pengalihan (lebih dari 5)' })
    expect(await probe(`${site.origin}/lambat`, FAST)).toEqual({ ok: false, status: null, error: 'server tidak menjawab dalam 1 detik' })
    expect(await probe(`http://127.0.0.1:${closedPort}/`, FAST)).toEqual({ ok: false, status: null, error: 'koneksi ditolak server' })
    expect(await probe('http://nama-yang-tidak-ada.invalid/', FAST)).toMatchObject({ ok: false, error: expect.stringMatching(/^nama domain tidak/) })
  })

  it('never probes the server’s own network unless the operator allows it', async () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1']) expect(isPrivateAddress(address), address).toBe(true)
    for (const address of ['8.8.8.8', '103.10.10.10', '2001:db8::1']) expect(isPrivateAddress(address), address).toBe(false)
    const before = site.hits.length
    expect(await probe(`${site.origin}/ada`, { ...FAST, allowPrivate: false })).toEqual({ ok: false, status: null, error: 'alamat mengarah ke jaringan internal, tidak dapat dibuka warga' })
    // `localhost` resolves to loopback: refused at the lookup, before any connection.
    expect(await probe(`${site.origin.replace('127.0.0.1', 'localhost')}/ada`, { ...FAST, allowPrivate: false })).toMatchObject({ ok: false, error: 'alamat mengarah ke jaringan internal, tidak dapat dibuka warga' })
    expect(site.hits.length).toBe(before)
  })

  it('checks every published address once, stores the results, and the report fails the owner until the address is fixed', async () => {
    const content = await loadComplianceContent(payload)
    const links = externalLinks(content)
    const service = links.find((l) => l.type === 'services' && l.unit !== '')!
    const province = links.find((l) => l.type === 'province' && l.field === 'lpseUrl')!
    await setLink(service.type, service.id, service.field, `${site.origin}/hilang`)
    await setLink(province.type, province.id, province.field, `http://127.0.0.1:${closedPort}/`)
    const flaky = links.find((l) => l.unit !== '' && l.unit !== service.unit)!
    await setLink(flaky.type, flaky.id, flaky.field, `${site.origin}/rusak-sementara`)

    const mark = site.hits.length
    await payload.jobs.queue({ task: 'check-links', input: {}, queue: COMPLIANCE_QUEUE })
    // The job runs with the defaults, which refuse loopback: allow it as an intranet operator would.
    process.env.LINK_CHECK_ALLOW_PRIVATE = '1'
    try {
      await payload.jobs.run({ queue: COMPLIANCE_QUEUE })
    } finally {
      delete process.env.LINK_CHECK_ALLOW_PRIVATE
    }
    const { docs } = await payload.find({ collection: 'link-checks', limit: 0, pagination: false, overrideAccess: true })
    const stored = new Map(docs.map((d) => [d.url, d]))
    expect(stored.size).toBe(new Set((externalLinks(await loadComplianceContent(payload))).map((l) => l.url)).size)
    expect(stored.get(`${site.origin}/hilang`)).toMatchObject({ ok: false, status: 404, error: 'halaman tidak ditemukan (HTTP 404)', usedIn: expect.stringContaining(`${service.unit} · ${service.item} · ${service.field}`) })
    expect(stored.get(`http://127.0.0.1:${closedPort}/`)).toMatchObject({ ok: false, error: 'koneksi ditolak server' })
    // A server that fails once and answers on the second try is not reported.
    expect(stored.get(`${site.origin}/rusak-sementara`)).toMatchObject({ ok: true, status: 200 })
    // Each address once, however many items hold it; a page the server says is gone is not asked again.
    const asked = site.hits.slice(mark).filter((h) => h.startsWith('HEAD ')).map((h) => h.slice(5))
    expect(asked.filter((path) => path === '/hilang')).toHaveLength(1)
    expect(asked.filter((path) => path === '/rusak-sementara')).toHaveLength(2)

    const report = evaluate(RULES, RULEBOOK_VERSION, await loadComplianceContent(payload), todayInJakarta())
    const failure = report.opds.find((o) => o.slug === service.unit)!.failures.find((f) => f.rule === 'opd.tautan.aktif')!
    expect(failure).toMatchObject({ item: service.item, ref: { type: 'services', id: service.id } })
    expect(failure.message.id).toContain(`Tautan ${site.origin}/hilang (kolom ${service.field}) tidak dapat dibuka sejak ${todayInJakarta()}`)
    expect(report.province.failures.map((f) => f.rule)).toContain('provinsi.tautan.aktif')
    expect(report.opds.filter((o) => o.failures.some((f) => f.rule === 'opd.tautan.aktif')).map((o) => o.slug)).toEqual([service.unit])

    // The editor fixes the address: the report passes at once, and the next run drops the old record.
    await setLink(service.type, service.id, service.field, `${site.origin}/baru`)
    const fixed = evaluate(RULES, RULEBOOK_VERSION, await loadComplianceContent(payload), todayInJakarta())
    expect(fixed.opds.find((o) => o.slug === service.unit)!.failures.map((f) => f.rule)).not.toContain('opd.tautan.aktif')
    const again = await checkLinks(payload, FAST)
    expect(again.broken.map((b) => b.url)).toEqual([`http://127.0.0.1:${closedPort}/`])
    const after = await payload.find({ collection: 'link-checks', where: { url: { equals: `${site.origin}/hilang` } }, overrideAccess: true })
    expect(after.docs).toHaveLength(0)
    // A failure that goes on keeps the day it began.
    const refused = await payload.find({ collection: 'link-checks', where: { url: { equals: `http://127.0.0.1:${closedPort}/` } }, overrideAccess: true })
    expect(refused.docs[0]!.brokenSince).toBe(stored.get(`http://127.0.0.1:${closedPort}/`)!.brokenSince)
  })

  it('publishes the results to anyone but lets nobody write them', async () => {
    const http = httpClient(cms.config)
    const response = await http.get('link-checks?limit=100')
    expect(response.status).toBe(200)
    expect(response.data.docs.length).toBeGreaterThan(0)
    const admin = await demoUser(payload, 'kominfo-admin')
    const [first] = response.data.docs
    await expect(payload.create({ collection: 'link-checks', data: { url: 'https://x.example/', ok: true, checkedAt: new Date().toISOString(), usedIn: 'x' }, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: 'link-checks', id: first.id, data: { ok: true }, user: admin, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'link-checks', id: first.id, user: admin, overrideAccess: false })).rejects.toThrow()
  })
})
