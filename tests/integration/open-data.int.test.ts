import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import jsonld from 'jsonld'
import { Parser, Store, type Quad } from 'n3'
import type { Payload } from 'payload'
import SHACLValidator from 'rdf-validate-shacl'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSites } from '../../sites/lib/build.ts'
import { serveCms } from '../helpers/cmsServer.ts'
import { testDb, unavailable } from '../helpers/databases.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'

// The builder only speaks HTTP to the CMS: one database is enough here (as in sites-build).
const skip = unavailable() ?? (testDb() === 'sqlite' ? null : 'site builds are database-independent; run on SQLite only')
const ORIGIN = 'http://localhost:4321'
const DRAFT_MARK = 'DRAFDATASETRAHASIA7Q'
const SHAPES = path.resolve(import.meta.dirname, '../../schemas/dcat/dcat-ap-shapes.ttl')

const DCAT = 'http://www.w3.org/ns/dcat#'
const DCT = 'http://purl.org/dc/terms/'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'

type Catalog = Record<string, unknown> & { 'dcat:dataset': Record<string, unknown>[] }

/** JSON-LD to RDF with no network at all: a catalogue that needs a remote context fails here. */
const toQuads = async (doc: object): Promise<Quad[]> => {
  const documentLoader = async (url: string) => {
    throw new Error(`catalogue tried to load ${url}`)
  }
  const nquads = (await jsonld.toRDF(doc as never, { format: 'application/n-quads', documentLoader, safe: true } as never)) as unknown as string
  return new Parser({ format: 'N-Quads' }).parse(nquads)
}

const shapes = new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(SHAPES, 'utf8')))
const validate = async (doc: object) => new SHACLValidator(shapes).validate(new Store(await toQuads(doc)))

describe.skipIf(skip)('open data: CSV/JSON files, dataset pages and the DCAT-AP catalogue of a real build', () => {
  let cms: TestCms
  let payload: Payload
  let http: Awaited<ReturnType<typeof serveCms>>
  let out: string
  let published: { title: string; slug: string; opd: string }[]
  let opdSlugs: string[]
  const live = () => realpathSync(path.join(out, 'sites'))
  const read = (file: string) => readFileSync(path.join(live(), file), 'utf8')
  const catalogOf = (site: string): Catalog => JSON.parse(read(`${site ? `${site}/` : ''}data/catalog.jsonld`))
  /** The build-output file an absolute URL of the sites points at. */
  const fileOf = (url: string) => {
    expect(url.startsWith(`${ORIGIN}/`), url).toBe(true)
    const rel = decodeURIComponent(new URL(url).pathname.slice(1))
    return path.join(live(), rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel)
  }

  beforeAll(async () => {
    cms = await openSeededCms('open_data')
    payload = cms.payload
    http = await serveCms(cms.config)
    out = mkdtempSync(path.join(tmpdir(), 'portal-opendata-'))
    const { docs } = await payload.find({ collection: 'datasets', where: { _status: { equals: 'published' } }, depth: 1, limit: 0, overrideAccess: true })
    published = docs.map((d) => ({ title: String(d.title), slug: String(d.slug), opd: String((d.opd as { slug: string }).slug) }))
    opdSlugs = (await payload.find({ collection: 'opds', limit: 0, overrideAccess: true })).docs.map((o) => String(o.slug)).sort()
    // A pending edit of a published dataset: the draft must reach no file, the published version must.
    await payload.update({ collection: 'datasets', id: docs[0]!.id, data: { title: `Judul ${DRAFT_MARK} yang belum terbit` }, draft: true, overrideAccess: true })
    await buildSites({ cms: http.url, outDir: out, layout: { mode: 'paths', origin: ORIGIN }, today: '2026-11-28' })
  })
  afterAll(async () => {
    await http?.close()
    await cms?.close()
    if (out) rmSync(out, { recursive: true, force: true })
  })

  it('writes a DCAT-AP catalogue per site, with its JSON-LD context inlined, that conforms to the committed shapes', async () => {
    expect(published.length).toBeGreaterThan(0)
    for (const site of ['', ...opdSlugs]) {
      const text = read(`${site ? `${site}/` : ''}data/catalog.jsonld`)
      const catalog = JSON.parse(text) as Catalog
      expect(typeof catalog['@context'], site).toBe('object')
      expect(catalog['@type']).toBe('dcat:Catalog')
      const quads = await toQuads(catalog)
      // Catalog -> dcat:dataset -> dcat:distribution, as CKAN's DCAT harvester walks it.
      const catalogs = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}Catalog`)
      expect(catalogs, site).toHaveLength(1)
      const datasets = quads.filter((q) => q.subject.equals(catalogs[0]!.subject) && q.predicate.value === `${DCAT}dataset`)
      expect(datasets.length, site).toBe(catalog['dcat:dataset'].length)
      for (const d of datasets) expect(quads.some((q) => q.subject.equals(d.object) && q.predicate.value === `${DCAT}distribution`), d.object.value).toBe(true)
      const report = await validate(catalog)
      expect(report.results.map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join('; ')}`), site || 'portal').toEqual([])
      expect(report.conforms).toBe(true)
      expect(text, 'a draft reached the catalogue').not.toContain(DRAFT_MARK)
    }
  })

  it('refuses a catalogue missing a mandatory property or a download link (the shapes can fail)', async () => {
    const noTitle = catalogOf('')
    delete noTitle['dcat:dataset'][0]!['dct:title']
    const report = await validate(noTitle)
    expect(report.conforms).toBe(false)
    expect(report.results.map((r) => r.path?.value)).toContain(`${DCT}title`)

    const noAccess = catalogOf('')
    delete (noAccess['dcat:dataset'][0]!['dcat:distribution'] as Record<string, unknown>[])[0]!['dcat:accessURL']
    const second = await validate(noAccess)
    expect(second.conforms).toBe(false)
    expect(second.results.map((r) => r.path?.value)).toContain(`${DCAT}accessURL`)

    const noCustodian = catalogOf('dinkes')
    delete noCustodian['dcat:dataset'][0]!['geodcat:custodian']
    expect((await validate(noCustodian)).conforms).toBe(false)
  })

  it('lists every dataset published in the CMS, in its OPD catalogue and the portal one, with the Satu Data metadata', () => {
    const portal = catalogOf('')
    for (const dataset of published) {
      const page = `${ORIGIN}/${dataset.opd}/data/${dataset.slug}/`
      for (const catalog of [catalogOf(dataset.opd), portal]) {
        const entry = catalog['dcat:dataset'].find((d) => d['@id'] === page)
        expect(entry, `${dataset.title} in ${catalog['@id']}`).toBeDefined()
        expect((entry!['dct:title'] as { '@value': string })['@value']).toBe(dataset.title)
        expect(entry!['dct:accrualPeriodicity']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' })
        expect((entry!['dct:spatial'] as Record<string, unknown>)['dct:identifier']).toBe('36')
        expect((entry!['geodcat:custodian'] as { 'foaf:name': { '@value': string } })['foaf:name']['@value']).toContain('walidata')
        const distributions = entry!['dcat:distribution'] as Record<string, unknown>[]
        expect(distributions.map((d) => (d['dcat:mediaType'] as { '@id': string })['@id']).sort()).toEqual(['http://www.iana.org/assignments/media-types/application/json', 'http://www.iana.org/assignments/media-types/text/csv'])
        expect(distributions.every((d) => (d['dct:license'] as { '@id': string })['@id'] === 'https://creativecommons.org/licenses/by/4.0/')).toBe(true)
      }
    }
    // Structured content of every OPD and of the province is catalogued too.
    const ids = portal['dcat:dataset'].map((d) => d['@id'])
    for (const key of ['layanan-publik', 'realisasi-anggaran', 'skor-kepatuhan']) expect(ids).toContain(`${ORIGIN}/data/${key}/`)
    for (const slug of opdSlugs) for (const d of catalogOf(slug)['dcat:dataset']) expect(ids).toContain(d['@id'])
    expect(catalogOf('dinkes')['dcat:dataset'].map((d) => d['@id'])).toEqual(expect.arrayContaining([`${ORIGIN}/dinkes/data/layanan-publik/`, `${ORIGIN}/dinkes/data/program-kegiatan/`, `${ORIGIN}/dinkes/data/realisasi-anggaran/`]))
  })

  it('links every distribution and landing page to a file of the build, and every dataset page carries schema.org Dataset JSON-LD', () => {
    let links = 0
    for (const site of ['', ...opdSlugs]) {
      for (const dataset of catalogOf(site)['dcat:dataset']) {
        for (const distribution of dataset['dcat:distribution'] as Record<string, { '@id': string }>[]) {
          for (const key of ['dcat:downloadURL', 'dcat:accessURL']) {
            const file = fileOf(distribution[key]!['@id'])
            expect(existsSync(file), `${distribution[key]!['@id']} (${file})`).toBe(true)
            expect(readFileSync(file).length).toBeGreaterThan(0)
            links++
          }
        }
        const page = readFileSync(fileOf(String(dataset['@id'])), 'utf8')
        const records = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
        const record = records.find((r) => r['@type'] === 'Dataset')
        expect(record, String(dataset['@id'])).toBeDefined()
        expect(record!.url).toBe(dataset['@id'])
        expect((record!.distribution as { contentUrl: string }[]).map((d) => d.contentUrl)).toEqual((dataset['dcat:distribution'] as Record<string, { '@id': string }>[]).map((d) => d['dcat:downloadURL']!['@id']))
      }
      // The data/ page advertises the catalogue to machines and links it for people.
      const list = read(`${site ? `${site}/` : ''}data/index.html`)
      expect(list).toContain(`<link rel="alternate" type="application/ld+json"`)
      expect(list).toContain(`href="/${site ? `${site}/` : ''}data/catalog.jsonld"`)
    }
    expect(links).toBeGreaterThan(20)
  })

  it('publishes services, programmes, realisation and the compliance summary as CSV with Indonesian columns and JSON', async () => {
    const services = await payload.find({ collection: 'services', where: { _status: { equals: 'published' } }, depth: 1, limit: 0, overrideAccess: true })
    const dinkes = services.docs.filter((s) => (s.opd as { slug?: string } | null)?.slug === 'dinkes')
    const csv = read('dinkes/layanan/layanan.csv').split('\r\n').filter(Boolean)
    expect(csv[0]).toBe('nama_layanan,kategori,penyelenggara,ringkasan,waktu_penyelesaian,tarif_rp,dasar_tarif,produk_layanan,lokasi,layanan_daring,halaman,terakhir_ditinjau')
    expect(csv).toHaveLength(dinkes.length + 1)
    const json = JSON.parse(read('dinkes/layanan/layanan.json')) as { data: { nama_layanan: string; tarif_rp: number }[] }
    expect(json.data.map((row) => row.nama_layanan).sort()).toEqual(dinkes.map((s) => String(s.name)).sort())
    // The portal's catalogue: every published service of every OPD and vertical agency.
    const portal = JSON.parse(read('layanan/layanan.json')) as { data: unknown[] }
    expect(portal.data).toHaveLength(services.docs.length)

    const compliance = read('kepatuhan/laporan.csv').split('\r\n').filter(Boolean)
    expect(compliance[0]).toBe('kode_opd,nama_opd,skor,kategori,jumlah_masalah,tanggal_penilaian,versi_aturan')
    const report = JSON.parse(read('kepatuhan/laporan.json')) as { opds: { slug: string; score: number }[] }
    expect(compliance.slice(1).map((line) => line.split(',')[0])).toEqual(report.opds.map((o) => o.slug))
    expect(read('dinkes/program/program.csv').split('\r\n')[0]).toBe('tahun,tingkat,kode,nama,pagu,sumber_dana,penanggung_jawab,indikator')

    // The data/ pages list the structured datasets beside the uploaded ones.
    expect(read('dinkes/data/index.html')).toContain('href="/dinkes/data/realisasi-anggaran/"')
    expect(read('data/index.html')).toContain('href="/data/skor-kepatuhan/"')
    for (const dataset of published) expect(read('data/index.html')).toContain(`href="/${dataset.opd}/data/${dataset.slug}/"`)
    expect(read('dinkes/data/realisasi-anggaran/index.html')).toContain('href="/dinkes/anggaran/')
  })

  it('keeps the portal catalogue whole in a one-OPD rebuild, its links reaching the sites carried over', async () => {
    const full = read('data/catalog.jsonld')
    const summary = await buildSites({ cms: http.url, outDir: out, layout: { mode: 'paths', origin: ORIGIN }, today: '2026-11-28', opds: ['dinkes'] })
    expect(summary.carried.length).toBeGreaterThan(0)
    expect(read('data/catalog.jsonld')).toBe(full)
    for (const dataset of catalogOf('')['dcat:dataset']) {
      for (const distribution of dataset['dcat:distribution'] as Record<string, { '@id': string }>[]) expect(existsSync(fileOf(distribution['dcat:downloadURL']!['@id'])), distribution['dcat:downloadURL']!['@id']).toBe(true)
    }
  })
})
