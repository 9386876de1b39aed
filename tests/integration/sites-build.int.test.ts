import type { AddressInfo } from 'node:net'
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadComplianceContent } from '../../cms/compliance/content.ts'
import { storeDailyReport } from '../../cms/jobs/storeCompliance.ts'
import { evaluate, externalLinks, reportJson, RULEBOOK_VERSION, RULES } from '../../schemas/compliance/index.ts'
import { budgetTotals } from '../../schemas/index.ts'
import { MARKERS } from '../../scripts/seed/markers.ts'
import { BuildError, buildSites, type BuildOptions, type BuildSummary } from '../../sites/lib/build.ts'
import { OPD_SECTIONS } from '../../sites/lib/model.ts'
import { startBuilder } from '../../sites/lib/builder.ts'
import { PreviewError, renderPreview } from '../../sites/lib/preview.ts'
import { serveCms } from '../helpers/cmsServer.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'
import { demoToken } from '../helpers/users.ts'
import { testDb, unavailable } from '../helpers/databases.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'

// The builder only speaks HTTP to the CMS: one database is enough here (sites-data covers every adapter).
const skip = unavailable() ?? (testDb() === 'sqlite' ? null : 'site builds are database-independent; run on SQLite only')
const TODAY = '2026-11-28'

/** Every file under a folder, by path relative to it. */
const filesOf = (root: string, dir = root): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesOf(root, full) : [path.relative(root, full)]
  })

/** What a visitor can get from a file: Pagefind's fragments and index chunks are gzip with a signature. */
const readable = (file: string): string => {
  const bytes = readFileSync(file)
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('latin1')
  return bytes.toString('utf8')
}

describe.skipIf(skip)('building the portal and the OPD sites from the CMS over HTTP', () => {
  let cms: TestCms
  let payload: Payload
  let http: Awaited<ReturnType<typeof serveCms>>
  let cmsHttp: HttpClient
  let out: string
  let first: BuildSummary
  const live = () => realpathSync(path.join(out, 'sites'))
  const build = (extra: Partial<BuildOptions> = {}) => buildSites({ cms: http.url, outDir: out, layout: { mode: 'paths', origin: 'http://localhost:4321' }, today: TODAY, ...extra })
  const page = (file: string) => readFileSync(path.join(live(), file, 'index.html'), 'utf8')

  beforeAll(async () => {
    cms = await openSeededCms('sites_build')
    payload = cms.payload
    http = await serveCms(cms.config)
    cmsHttp = httpClient(cms.config)
    out = mkdtempSync(path.join(tmpdir(), 'portal-sites-'))
    // A month of history and one broken address, as the daily job and the link checker leave them.
    await storeDailyReport(payload, '2026-10-31')
    const link = externalLinks(await loadComplianceContent(payload)).find((l) => l.unit === 'dkp')!
    await payload.create({ collection: 'link-checks', data: { url: link.url, ok: false, status: 404, error: 'halaman tidak ditemukan (HTTP 404)', checkedAt: '2026-11-27T16:00:00.000Z', brokenSince: '2026-11-20T16:00:00.000Z', usedIn: 'dkp' }, overrideAccess: true })
    first = await build()
  })
  afterAll(async () => {
    await http?.close()
    await cms?.close()
    if (out) rmSync(out, { recursive: true, force: true })
  })

  it('renders the portal and every OPD site with the same sections at the same paths', async () => {
    expect(first.kept).toEqual([])
    const { docs: opds } = await payload.find({ collection: 'opds', limit: 0, overrideAccess: true })
    expect(first.rendered).toHaveLength(opds.length + 1)
    for (const opd of opds) {
      for (const [label, section] of OPD_SECTIONS) {
        const html = page(`${opd.slug}/${section}`)
        expect(html, `${opd.slug}/${section}`).toContain('<html lang="id"')
        expect(html).toContain(`>${label.replace('&', '&amp;')}</a>`)
      }
    }
    for (const section of ['', 'opd/', 'layanan/', 'layanan/daring/', 'perencanaan/', 'anggaran/', 'berita/', 'cari/']) expect(page(section)).toContain('<html lang="id"')
  })

  it('publishes nothing private: no draft, exempted entry, personal data or account anywhere in the output', () => {
    const files = filesOf(live())
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true)
    const markers = Object.values(MARKERS).map((marker) => marker.toLowerCase())
    for (const file of files) {
      if (/\.(webp|avif|png|jpe?g|pdf|wasm)$/.test(file)) continue
      const text = readable(path.join(live(), file)).toLowerCase()
      for (const marker of markers) expect(text.includes(marker), `${file} contains ${marker}`).toBe(false)
    }
  })

  describe('previewing a draft with the real templates', () => {
    const MARK = 'PRATINJAUUJI5K2'
    let builder: Awaited<ReturnType<typeof startBuilder>>
    let service: { id: string | number; slug: string }
    let tokens: Record<'editor' | 'otherEditor' | 'reviewer', string>
    const preview = (token?: string, id = service.id) => cmsHttp.get(`services/${id}/draft-preview`, token)

    beforeAll(async () => {
      builder = await startBuilder({ port: 0, token: 'uji-pratinjau', log: () => {}, env: { ...process.env, SITES_DIR: out, CMS_URL: http.url } })
      process.env.SITES_BUILDER_URL = `http://127.0.0.1:${(builder.server.address() as AddressInfo).port}`
      process.env.SITES_BUILDER_TOKEN = 'uji-pratinjau'
      const { docs } = await payload.find({ collection: 'services', where: { and: [{ _status: { equals: 'published' } }, { 'opd.slug': { equals: 'diskominfo' } }] }, limit: 1, depth: 0, overrideAccess: true })
      service = docs[0] as typeof service
      tokens = { editor: await demoToken(payload, 'opd-editor'), otherEditor: await demoToken(payload, 'opd-editor', 'dinkes'), reviewer: await demoToken(payload, 'kominfo-reviewer') }
      const saved = await cmsHttp.patch(`services/${service.id}?draft=true`, { name: `Layanan ${MARK} yang sedang ditelaah` }, tokens.editor)
      expect(saved.status, saved.text).toBe(200)
    })
    afterAll(async () => {
      delete process.env.SITES_BUILDER_URL
      delete process.env.SITES_BUILDER_TOKEN
      await new Promise((resolve) => builder?.server.close(resolve))
    })

    it('shows the owning editor and the reviewer the draft on its service page, privately, writing nothing to the output', async () => {
      const before = filesOf(out).sort()
      for (const token of [tokens.editor, tokens.reviewer]) {
        const response = await preview(token)
        expect(response.status, response.text.slice(0, 500)).toBe(200)
        expect(response.text).toMatch(new RegExp(`<h1[^>]*>Layanan ${MARK} yang sedang ditelaah</h1>`))
        expect(response.text).toContain(`<base href="http://localhost:4321/diskominfo/layanan/${service.slug}/">`)
        expect(response.text).toContain('PRATINJAU')
        expect(response.headers.get('cache-control')).toBe('private, no-store')
        expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
      }
      // Nothing new under the output folder, and the draft nowhere in it.
      expect(filesOf(out).sort()).toEqual(before)
      for (const file of filesOf(live())) {
        if (/\.(webp|avif|png|jpe?g|pdf|wasm)$/.test(file)) continue
        expect(readable(path.join(live(), file)).includes(MARK), file).toBe(false)
      }
    })

    it('shows nothing to a visitor or another OPD, and says why there is no preview', async () => {
      const anonymous = await preview()
      expect(anonymous.status).toBe(401)
      expect(anonymous.text).toContain('Masuk dulu')
      const other = await preview(tokens.otherEditor)
      expect(other.status).toBe(404)
      for (const response of [anonymous, other]) expect(response.text).not.toContain(MARK)
      expect((await preview(tokens.reviewer, 987654)).status).toBe(404)
      const url = process.env.SITES_BUILDER_URL
      delete process.env.SITES_BUILDER_URL
      try {
        const none = await preview(tokens.reviewer)
        expect(none.status).toBe(503)
        expect(none.text).toContain('pembangun situs tidak dikonfigurasi')
      } finally {
        process.env.SITES_BUILDER_URL = url
      }
    })

    it('lists what keeps a draft that breaks the standard from showing as on the site', async () => {
      const doc = { ...(await payload.findByID({ collection: 'services', id: service.id, depth: 1, overrideAccess: true })), slug: 'Bukan Slug!' }
      const error = await renderPreview({ outDir: out, layout: { mode: 'paths', origin: 'http://localhost:4321' }, cms: http.url, collection: 'services', doc: doc as never }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(PreviewError)
      expect((error as PreviewError).status).toBe(422)
      expect((error as PreviewError).problems.map((p) => p.path)).toContain('slug')
    })
  })

  it('shows budget and plan totals equal to the CMS to the rupiah, in the tables and the downloads', async () => {
    const { docs } = await payload.find({ collection: 'budget-realisations', where: { _status: { equals: 'published' } }, limit: 0, depth: 1, overrideAccess: true, sort: '-positionDate' })
    const dinkes = docs.filter((doc) => (doc.opd as { slug: string }).slug === 'dinkes')
    const latest = dinkes[0]!
    const totals = budgetTotals(latest.lines)
    const json = JSON.parse(readFileSync(path.join(live(), `dinkes/anggaran/${latest.fiscalYear}/realisasi.json`), 'utf8'))
    expect(json.totals).toMatchObject({ ceiling: totals.ceiling, realisation: totals.realisation })
    const csv = readFileSync(path.join(live(), `dinkes/anggaran/${latest.fiscalYear}/realisasi.csv`), 'utf8')
    expect(csv.trim().split('\r\n').at(-1)).toContain(`,${totals.ceiling},${totals.realisation},`)
    const html = page(`dinkes/anggaran/${latest.fiscalYear}/`)
    const footer = html.slice(html.indexOf('<tfoot>'), html.indexOf('</tfoot>'))
    for (const amount of [totals.ceiling, totals.realisation]) expect(footer).toContain(`Rp ${amount.toLocaleString('id-ID')}`)
    expect(html).toContain('<svg')

    // The plan side: programme ceilings of the year, and every programme in the download.
    const { docs: programmes } = await payload.find({ collection: 'programmes', where: { and: [{ 'opd.slug': { equals: 'dinkes' } }, { _status: { equals: 'published' } }] }, limit: 0, overrideAccess: true })
    const ofYear = programmes.filter((p) => p.level === 'programme' && p.year === latest.fiscalYear)
    const planned = ofYear.reduce((sum, p) => sum + p.ceiling, 0)
    const plan = page('dinkes/program/')
    const planFooter = plan.slice(plan.indexOf('<tfoot>', plan.indexOf(`id="pagu-${latest.fiscalYear}"`)), plan.indexOf('</tfoot>', plan.indexOf(`id="pagu-${latest.fiscalYear}"`)))
    expect(ofYear.length).toBeGreaterThan(0)
    expect(planFooter).toContain(`Rp ${planned.toLocaleString('id-ID')}`)
    expect(JSON.parse(readFileSync(path.join(live(), 'dinkes/program/program.json'), 'utf8')).programmes).toHaveLength(programmes.length)

    // The province page: every OPD's latest realisation of the year, summed.
    const year = latest.fiscalYear
    const perOpd = new Map<string, (typeof docs)[number]>()
    for (const doc of docs.filter((d) => d.fiscalYear === year)) if (!perOpd.has((doc.opd as { slug: string }).slug)) perOpd.set((doc.opd as { slug: string }).slug, doc)
    const province = budgetTotals([...perOpd.values()].flatMap((doc) => doc.lines))
    const provinceJson = JSON.parse(readFileSync(path.join(live(), `anggaran/${year}/realisasi.json`), 'utf8'))
    expect(provinceJson.totals).toMatchObject({ ceiling: province.ceiling, realisation: province.realisation })
    expect(provinceJson.rows).toHaveLength(perOpd.size)
  })

  it('describes itself to machines: JSON-LD, sitemap, RSS, canonical URLs', () => {
    const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!))
    expect(jsonLd(page('dinkes/'))).toContainEqual(expect.objectContaining({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: 'Dinas Kesehatan' }))
    const serviceDir = readdirSync(path.join(live(), 'dinkes/layanan'), { withFileTypes: true }).find((e) => e.isDirectory())!.name
    const service = page(`dinkes/layanan/${serviceDir}/`)
    expect(jsonLd(service)).toContainEqual(
      expect.objectContaining({ '@type': 'GovernmentService', provider: expect.objectContaining({ name: 'Dinas Kesehatan' }), areaServed: expect.objectContaining({ '@type': 'AdministrativeArea' }) }),
    )
    expect(service).toContain(`<link rel="canonical" href="http://localhost:4321/dinkes/layanan/${serviceDir}/">`)
    const datasetDir = readdirSync(path.join(live(), 'dinkes/data'), { withFileTypes: true }).find((e) => e.isDirectory())!.name
    expect(jsonLd(page(`dinkes/data/${datasetDir}/`))).toContainEqual(expect.objectContaining({ '@type': 'Dataset', distribution: expect.arrayContaining([expect.objectContaining({ '@type': 'DataDownload' })]) }))
    const sitemap = readFileSync(path.join(live(), 'dinkes/sitemap.xml'), 'utf8')
    expect(sitemap).toContain(`<loc>http://localhost:4321/dinkes/layanan/${serviceDir}/</loc>`)
    expect(readFileSync(path.join(live(), 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/dinkes/sitemap.xml')
    expect(readFileSync(path.join(live(), 'berita/rss.xml'), 'utf8')).toMatch(/<rss version="2.0">[\s\S]*<item>/)
  })

  it('publishes the compliance report the CMS computes from its database, worked out from the public content', async () => {
    const fromSite = JSON.parse(readFileSync(path.join(live(), 'kepatuhan/laporan.json'), 'utf8'))
    const fromCms = reportJson(evaluate(RULES, RULEBOOK_VERSION, await loadComplianceContent(payload), TODAY))
    expect(fromSite).toEqual(fromCms)
    expect(fromSite.opds.find((o: { slug: string }) => o.slug === 'dkp').failures).toEqual([expect.objectContaining({ rule: 'opd.ppid.laporan' }), expect.objectContaining({ rule: 'opd.tautan.aktif', message: expect.stringContaining('tidak dapat dibuka sejak 2026-11-20: halaman tidak ditemukan (HTTP 404)') })])
    const transparency = page('kepatuhan/')
    expect(transparency).toContain('Kepatuhan Keterbukaan Informasi')
    // The trend: the stored month, then today's score; and since when each failure runs.
    const [october] = (await payload.find({ collection: 'compliance-reports', where: { at: { equals: '2026-10-31' } }, overrideAccess: true })).docs
    const score = (report: { opds: { slug: string; score: number }[] }) => String(report.opds.find((o) => o.slug === 'dkp')!.score).replace('.', ',')
    expect(transparency).toContain(`aria-label="Skor per bulan: Okt 2026 ${score(october!.report as never)}, Nov 2026 ${score(fromSite)}"`)
    const dkpFailures = transparency.slice(transparency.indexOf('id="dinas-kelautan-dan-perikanan"'))
    expect(dkpFailures.slice(0, dkpFailures.indexOf('</section>'))).toContain('(sejak <time datetime="2026-10-31">')
    // The evidence pack: each obligation with its basis, its status and the page that shows the published item.
    const evidence = page('kepatuhan/dkp/')
    const row = evidence.slice(evidence.indexOf('Laporan layanan informasi publik tahun lalu'))
    expect(row.slice(0, row.indexOf('</tr>'))).toMatch(/UU 14\/2008 Ps\. 12.*Belum terpenuhi.*href="\/dkp\/ppid\/"/s)
    expect(evidence).toContain('href="/dkp/profil/"')
  })

  it('gives byte-identical output for the same content', async () => {
    const before = live()
    const again = await build()
    expect(again.output).not.toBe(before)
    const a = filesOf(before)
    expect(filesOf(again.output)).toEqual(a)
    for (const file of a) expect(readFileSync(path.join(again.output, file)).equals(readFileSync(path.join(before, file))), file).toBe(true)
  })

  it('rebuilds one OPD and the portal, carrying the other sites over', async () => {
    const summary = await build({ opds: ['dinkes'] })
    expect(summary.rendered).toEqual(['', 'dinkes'])
    expect(summary.carried).toHaveLength(first.rendered.length - 2)
    expect(page('diskominfo/layanan/')).toContain('<html lang="id"')
  })

  it('holds back only the OPD whose published content breaks the standard, naming the item and the field', async () => {
    const { docs } = await payload.find({ collection: 'programmes', where: { and: [{ 'opd.slug': { equals: 'dinkes' } }, { _status: { equals: 'published' } }, { level: { equals: 'programme' } }] }, limit: 1, overrideAccess: true })
    const broken = docs[0]!
    const before = page('dinkes/program/')
    // Straight into the database, as an old record or a careless import would be.
    await payload.db.updateOne({ collection: 'programmes', where: { id: { equals: broken.id } }, data: { name: 'Nama baru yang tidak boleh tayang', code: '2.16.2' } })
    try {
      const summary = await build()
      expect(summary.kept).toEqual([{ unit: 'dinkes', problems: [{ type: 'programmes', item: 'Nama baru yang tidak boleh tayang', path: 'code', message: expect.stringMatching(/berformat/) }] }])
      expect(summary.rendered).toContain('diskominfo')
      expect(page('dinkes/program/')).toBe(before)
      expect(page('dinkes/program/')).not.toContain('Nama baru yang tidak boleh tayang')
    } finally {
      await payload.db.updateOne({ collection: 'programmes', where: { id: { equals: broken.id } }, data: { name: broken.name, code: broken.code } })
    }
  })

  it('refuses an unknown OPD and an unreachable CMS with a clear message, leaving the live sites as they were', async () => {
    const current = live()
    await expect(build({ opds: ['dinas-tidak-ada'] })).rejects.toThrow(/OPD tidak dikenal: dinas-tidak-ada/)
    http.down()
    try {
      const error = await build().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(BuildError)
      expect((error as Error).message).toMatch(/CMS tidak dapat dibaca/)
    } finally {
      http.up()
    }
    expect(live()).toBe(current)
    expect(readdirSync(path.join(out, 'builds'))).toHaveLength(2)
  })

  it('links correctly when each OPD has its own host', async () => {
    const hostsOut = mkdtempSync(path.join(tmpdir(), 'portal-hosts-'))
    try {
      const summary = await buildSites({ cms: http.url, outDir: hostsOut, layout: { mode: 'hosts', origin: 'https://bantenprov.go.id', domain: 'bantenprov.go.id' }, today: TODAY })
      const html = (file: string) => readFileSync(path.join(summary.output, file, 'index.html'), 'utf8')
      const service = readdirSync(path.join(summary.output, 'dinkes/layanan'), { withFileTypes: true }).find((e) => e.isDirectory())!.name
      const servicePage = html(`dinkes/layanan/${service}/`)
      expect(servicePage).toContain(`<link rel="canonical" href="https://dinkes.bantenprov.go.id/layanan/${service}/">`)
      // Within its own host an OPD links root-relative; to the portal (and its search) absolutely.
      expect(servicePage).toContain('href="/layanan/"')
      expect(servicePage).toContain('action="https://bantenprov.go.id/cari/"')
      expect(html('layanan/')).toContain(`href="https://dinkes.bantenprov.go.id/layanan/${service}/"`)
      expect(readFileSync(path.join(summary.output, 'dinkes/robots.txt'), 'utf8')).toContain('Sitemap: https://dinkes.bantenprov.go.id/sitemap.xml')
    } finally {
      rmSync(hostsOut, { recursive: true, force: true })
    }
  })

  it("leads every page of a merged OPD's old address to the same page of its successor, in one-OPD rebuilds too", async () => {
    const service = (await payload.find({ collection: 'services', where: { and: [{ 'opd.slug': { equals: 'dispar' } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    const admin = await demoToken(payload, 'kominfo-admin')
    const merged = await cmsHttp.post('opds/restructure', { kind: 'merge', from: ['dispar'], into: 'dispora', reason: 'Pergub Banten 12/2026 tentang SOTK perangkat daerah' }, admin)
    expect(merged.status, merged.text).toBe(200)
    for (const summary of [await build(), await build({ opds: ['dispora'] })]) {
      expect(summary.kept).toEqual([])
      expect(summary.rendered).not.toContain('dispar')
      const stub = (page: string) => readFileSync(path.join(live(), 'dispar', page, 'index.html'), 'utf8')
      expect(stub('')).toContain('<meta http-equiv="refresh" content="0; url=/dispora/">')
      expect(stub(`layanan/${service.slug}/`)).toContain(`url=/dispora/layanan/${service.slug}/`)
      expect(stub('profil/')).toContain('<link rel="canonical" href="http://localhost:4321/dispora/profil/">')
      const map = JSON.parse(readFileSync(path.join(live(), 'redirects.json'), 'utf8')) as Record<string, string>
      expect(map[`dispar/layanan/${service.slug}/`]).toBe(`/dispora/layanan/${service.slug}/`)
      expect(readFileSync(path.join(live(), 'redirects.nginx.conf'), 'utf8')).toContain(`"/dispar/layanan/${service.slug}/" "/dispora/layanan/${service.slug}/";`)
      // The old OPD is gone from the portal's directory, and the redirecting pages are not searchable.
      expect(page('opd/')).not.toContain('href="/dispar/"')
      const fragments = filesOf(live()).filter((file) => file.startsWith('pagefind/fragment/'))
      expect(fragments.some((file) => readable(path.join(live(), file)).includes('Halaman ini pindah'))).toBe(false)
    }
  })
})
