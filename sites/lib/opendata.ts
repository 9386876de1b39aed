import { LICENCE, SERVICE_CATEGORY, UPDATE_FREQUENCY } from '../../schemas/index.ts'
import { CATEGORIES, type reportJson } from '../../schemas/compliance/index.ts'
import type * as T from '../../templates/props.ts'
import type { Assets } from './assets.ts'
import { toCsv } from '../../schemas/csv.ts'
import type { SiteModel } from './model.ts'
import { byId, lookup, PROVINCE, type Doc, type Snapshot } from './snapshot.ts'
import type { Urls } from './urls.ts'

/**
 * Open data (issue 7, Perpres 39/2019 Satu Data Indonesia): every dataset a site publishes, the uploaded
 * ones and the structured content (services, programmes, budget realisation, compliance), described once
 * and printed three ways: its page (with schema.org `Dataset` JSON-LD), the site's `data/` list, and a
 * DCAT-AP catalogue `data/catalog.jsonld` that harvesters (CKAN's DCAT harvester, the Satu Data portal)
 * read without network: the JSON-LD context is inlined. Only what the build read from the public API
 * (published, non-exempt) is described; dates come from content, never from the build.
 */

type Frequency = (typeof UPDATE_FREQUENCY.values)[number]
type Licence = (typeof LICENCE.values)[number]

const LICENCE_URLS: Record<Licence, string> = {
  cc_by_4_0: 'https://creativecommons.org/licenses/by/4.0/',
  cc0_1_0: 'https://creativecommons.org/publicdomain/zero/1.0/',
  odbl_1_0: 'https://opendatacommons.org/licenses/odbl/1-0/',
}

/** EU Publications Office frequency vocabulary, what DCAT-AP expects in dct:accrualPeriodicity. */
const FREQUENCY_URIS: Record<Frequency, string> = {
  harian: 'http://publications.europa.eu/resource/authority/frequency/DAILY',
  bulanan: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
  triwulanan: 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY',
  semesteran: 'http://publications.europa.eu/resource/authority/frequency/BIANNUAL',
  tahunan: 'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
}

const EU = 'http://publications.europa.eu/resource/authority'
const MEDIA_TYPES = { CSV: 'text/csv', JSON: 'application/json' } as const
type Format = keyof typeof MEDIA_TYPES

/** Where the catalogue of a site is, relative to its root. */
const CATALOG_PATH = 'data/catalog.jsonld'

/** The JSON-LD context, inlined: harvesters may have no network, so nothing is fetched to read the catalogue. */
const CATALOG_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  geodcat: 'http://data.europa.eu/930/',
} as const

/** One data file of a dataset. */
interface DataFile {
  /** Link on the dataset's own site, and the absolute URL harvesters download. */
  href: string
  url: string
  name: string
  format: Format
  /** Known for uploaded files; structured files are measured on their own site's pages. */
  bytes?: number
  /** Output path of a file this build writes (structured data). */
  output?: string
}

/** One dataset as its page, the `data/` list and the catalogue describe it. */
interface OpenDataset {
  unit: string
  /** Page path on the unit's site. */
  path: string
  title: string
  description: string
  /** Produsen data: the OPD (or the province) that produces it. */
  producer: string
  /** Walidata: the unit that checks and publishes it. */
  custodian: string
  period: string
  frequency: Frequency
  regionCode: string
  licence: Licence
  /** EU data theme code (GOVE, ECON, ...). */
  theme: string
  keywords: string[]
  issued?: string
  modified?: string
  /** The page showing the same data to people, for structured datasets. */
  source?: { label: string; path: string }
  /** The uploaded dataset record, for its own template. */
  record?: Doc
  files: DataFile[]
}

/** What the site model lends: its page adder and a few of its lookups. */
export interface OpenDataContext {
  snapshot: Snapshot
  render: string[]
  urls: Urls
  assets: Assets
  model: SiteModel
  add: <K extends T.TemplateName>(unit: string, path: string, template: K, props: T.TemplateProps[K], layout: Omit<T.LayoutProps, 'site' | 'canonical' | 'current'>) => void
  crumbs: (unit: string, ...trail: [string, string?][]) => { label: string; href?: string }[]
  organisation: (unit: string) => object
  /** The latest realisation report of each fiscal year of a unit, newest year first. */
  realisationsByYear: (unit: string) => Doc[]
}

const S = (value: unknown): string => String(value ?? '')
const sortBy = <X>(items: readonly X[], key: (item: X) => string): X[] => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
const span = (values: (string | number)[]): string => {
  const sorted = values.map(String).sort()
  return sorted.length === 0 ? '' : sorted[0] === sorted.at(-1) ? sorted[0]! : `${sorted[0]}-${sorted.at(-1)}`
}
const latest = (dates: unknown[]): string | undefined => dates.map(S).filter(Boolean).sort().at(-1)

/** The compliance summary as CSV, one OPD a row, beside the portal's `kepatuhan/laporan.json`. */
const complianceCsv = (report: ReturnType<typeof reportJson>): string =>
  toCsv([
    ['kode_opd', 'nama_opd', 'skor', 'kategori', 'jumlah_masalah', 'tanggal_penilaian', 'versi_aturan'],
    ...report.opds.map((o) => [o.slug, o.name, o.score, CATEGORIES.find((c) => c.id === o.category)!.label.id, o.failures.length, report.at, report.rulebookVersion]),
  ])

export const createOpenData = (ctx: OpenDataContext) => {
  const { snapshot, render, urls, assets, model, add } = ctx
  const of = (unit: string, type: string): Doc[] => snapshot.units[unit]?.[type] ?? []
  const province = snapshot.province
  const provinceName = S(province.name)
  const opds = sortBy(of(PROVINCE, 'opds'), (opd) => S(opd.name))
  const opdUnits = opds.map((opd) => S(opd.slug)).filter((slug) => slug in snapshot.units)
  const agencies = byId(Object.values(snapshot.units).flatMap((content) => content.agencies ?? []))
  const nameOf = (unit: string) => (unit === PROVINCE ? provinceName : S(opds.find((opd) => opd.slug === unit)?.name ?? unit))
  let compliance: ReturnType<typeof reportJson> | undefined

  const absolute = (unit: string, href: string) => new URL(href, urls.absolute(unit)).href
  const structuredFile = (unit: string, path: string, name: string, format: Format): DataFile => ({ href: urls.href(unit, unit, path), url: urls.absolute(unit, path), name, format, output: urls.file(unit, path) })
  const both = (unit: string, base: string, name: string) => [structuredFile(unit, `${base}.csv`, `${name} (CSV)`, 'CSV'), structuredFile(unit, `${base}.json`, `${name} (JSON)`, 'JSON')]

  /** Services of the given units, one row each, in the catalogue's order. */
  const serviceRows = (from: string, units: string[]) =>
    sortBy(
      units.flatMap((unit) =>
        of(unit, 'services').map((service) => {
          const agency = lookup(agencies, service.agency)
          const components = (service.components ?? {}) as Doc
          const cost = (components.cost ?? {}) as Doc
          return {
            nama_layanan: S(service.name),
            kategori: SERVICE_CATEGORY.labels[service.category as keyof typeof SERVICE_CATEGORY.labels]?.id ?? S(service.category),
            penyelenggara: agency ? S(agency.name) : nameOf(unit),
            ringkasan: S(service.summary),
            waktu_penyelesaian: S(components.completionTime),
            tarif_rp: Number(cost.amount ?? 0),
            dasar_tarif: S(cost.basis),
            produk_layanan: S(components.product),
            lokasi: S(service.location),
            layanan_daring: S(service.onlineUrl),
            halaman: absolute(from, urls.href(from, unit, `layanan/${S(service.slug)}/`)),
            terakhir_ditinjau: S(service.lastReviewedAt),
          }
        }),
      ),
      (row) => `${row.nama_layanan}|${row.penyelenggara}`,
    )

  const writeServices = (unit: string) => {
    const units = unit === PROVINCE ? [PROVINCE, ...opdUnits] : [unit]
    const rows = serviceRows(unit, units)
    if (rows.length === 0) return
    const header = Object.keys(rows[0]!)
    model.files[urls.file(unit, 'layanan/layanan.csv')] = toCsv([header, ...rows.map((row) => Object.values(row))])
    model.files[urls.file(unit, 'layanan/layanan.json')] = json({ judul: `Layanan publik ${nameOf(unit)}`, penerbit: nameOf(unit), data: rows })
  }

  /** An uploaded file, measured and named by content; copied only into sites this build renders. */
  const uploaded = async (unit: string, upload: unknown, name: string): Promise<DataFile | undefined> => {
    const file = await assets.file(unit, upload, name)
    if (!file) return undefined
    if (!render.includes(unit)) assets.outputs.delete(urls.file(unit, file.href.slice(urls.href(unit, unit).length)))
    return { href: file.href, url: absolute(unit, file.href), name: file.name, format: file.format === 'JSON' ? 'JSON' : 'CSV', bytes: file.bytes }
  }

  /** Every dataset of one unit, from the snapshot alone: the same whether or not this build renders it. */
  const describe = async (unit: string): Promise<OpenDataset[]> => {
    const producer = nameOf(unit)
    const regionCode = S(province.regionCode)
    const own = { unit, producer, custodian: producer, regionCode, licence: 'cc_by_4_0' as const }
    const list: OpenDataset[] = []
    // Structured datasets sit beside the uploaded ones; an uploaded dataset keeps its slug if it is the same.
    const taken = new Set(of(unit, 'datasets').map((d) => S(d.slug)))
    const pageOf = (key: string) => `data/${taken.has(key) ? `${key}-terstruktur` : key}/`
    for (const dataset of sortBy(of(unit, 'datasets'), (d) => S(d.title))) {
      const files = (await Promise.all((dataset.files as Doc[]).map((f) => uploaded(unit, f.file, `${S(dataset.title)} (${S(f.format).toUpperCase()})`)))).filter((f) => f !== undefined)
      list.push({
        unit,
        path: `data/${S(dataset.slug)}/`,
        title: S(dataset.title),
        description: S(dataset.definition),
        producer,
        custodian: S(dataset.custodian),
        period: S(dataset.period),
        frequency: dataset.frequency as Frequency,
        regionCode: S(dataset.regionCode),
        licence: dataset.licence as Licence,
        theme: 'GOVE',
        keywords: ['data sektoral', ...(dataset.unit ? [S(dataset.unit)] : [])],
        ...(dataset.releaseDate ? { issued: S(dataset.releaseDate) } : {}),
        modified: S(dataset.lastUpdated ?? dataset.lastReviewedAt),
        record: dataset,
        files,
      })
    }
    const services = unit === PROVINCE ? [PROVINCE, ...opdUnits].flatMap((u) => of(u, 'services')) : of(unit, 'services')
    if (services.length > 0) {
      const reviewed = services.map((s) => S(s.lastReviewedAt))
      list.push({
        ...own,
        path: pageOf('layanan-publik'),
        title: unit === PROVINCE ? `Katalog layanan publik ${provinceName}` : `Layanan publik ${producer}`,
        description:
          unit === PROVINCE
            ? `Semua layanan publik OPD ${provinceName} dan instansi vertikal: kategori, penyelenggara, waktu penyelesaian, tarif dan dasar tarif, produk, lokasi dan layanan daring (UU 25/2009).`
            : `Layanan publik ${producer} dengan komponen standar pelayanannya: waktu penyelesaian, tarif dan dasar tarif, produk, lokasi dan layanan daring (UU 25/2009).`,
        period: span(reviewed.map((d) => d.slice(0, 4))),
        frequency: 'tahunan',
        theme: 'GOVE',
        keywords: ['layanan publik', 'standar pelayanan'],
        modified: latest(reviewed),
        source: { label: unit === PROVINCE ? 'Katalog layanan publik' : 'Layanan', path: 'layanan/' },
        files: both(unit, 'layanan/layanan', unit === PROVINCE ? 'Katalog layanan publik' : `Layanan publik ${producer}`),
      })
    }
    const programmes = of(unit, 'programmes')
    if (unit !== PROVINCE && programmes.length > 0) {
      list.push({
        ...own,
        path: pageOf('program-kegiatan'),
        title: `Program, kegiatan dan sub kegiatan ${producer}`,
        description: `Program, kegiatan dan sub kegiatan ${producer} per tahun dengan kode Permendagri 90/2019, pagu, sumber dana, penanggung jawab dan indikator kinerjanya.`,
        period: span(programmes.map((p) => Number(p.year))),
        frequency: 'tahunan',
        theme: 'GOVE',
        keywords: ['program', 'kegiatan', 'indikator kinerja'],
        modified: latest(programmes.map((p) => p.lastReviewedAt)),
        source: { label: 'Program', path: 'program/' },
        files: both(unit, 'program/program', `Program ${producer}`),
      })
    }
    // The portal's realisation is per OPD and year, from every OPD's latest report of that year.
    const reports = unit === PROVINCE ? opdUnits.flatMap((u) => ctx.realisationsByYear(u)) : ctx.realisationsByYear(unit)
    const years = [...new Set(reports.map((d) => Number(d.fiscalYear)))].sort((a, b) => b - a)
    if (years.length > 0) {
      list.push({
        ...own,
        path: pageOf('realisasi-anggaran'),
        title: `Realisasi anggaran ${producer}`,
        description:
          unit === PROVINCE
            ? `Pagu dan realisasi APBD ${provinceName} per OPD dan per tahun anggaran, dari laporan realisasi terakhir setiap OPD.`
            : `Pagu murni, pagu perubahan dan realisasi anggaran ${producer} per sub kegiatan dan per tahun anggaran.`,
        period: span(years),
        frequency: 'bulanan',
        theme: 'ECON',
        keywords: ['APBD', 'realisasi anggaran', 'keuangan daerah'],
        modified: latest(reports.map((d) => d.positionDate)),
        source: { label: 'Anggaran', path: 'anggaran/' },
        files: years.flatMap((year) => both(unit, `anggaran/${year}/realisasi`, `Realisasi anggaran ${year}`)),
      })
    }
    if (unit === PROVINCE && compliance) {
      list.push({
        ...own,
        path: pageOf('skor-kepatuhan'),
        title: `Skor kepatuhan keterbukaan informasi OPD ${provinceName}`,
        description: `Skor setiap OPD ${provinceName} terhadap kewajiban publikasi UU 14/2008 dan UU 25/2009, kategorinya dan masalah yang belum diselesaikan, dihitung dari konten yang terbit.`,
        period: compliance.at.slice(0, 4),
        frequency: 'harian',
        theme: 'GOVE',
        keywords: ['kepatuhan', 'keterbukaan informasi publik'],
        modified: compliance.at,
        source: { label: 'Kepatuhan', path: 'kepatuhan/' },
        files: [structuredFile(unit, 'kepatuhan/laporan.csv', 'Skor kepatuhan (CSV)', 'CSV'), structuredFile(unit, 'kepatuhan/laporan.json', 'Laporan kepatuhan (JSON)', 'JSON')],
      })
    }
    return list
  }

  const contactOf = (unit: string) => {
    const profile = of(unit, 'opd-profiles')[0]
    return {
      '@type': 'vcard:Organization',
      'vcard:fn': nameOf(unit),
      ...(profile?.email ? { 'vcard:hasEmail': { '@id': `mailto:${S(profile.email)}` } } : {}),
      ...(profile?.phone ? { 'vcard:hasTelephone': { '@id': `tel:${S(profile.phone).replace(/[^0-9+]/g, '')}` } } : {}),
      'vcard:hasURL': { '@id': urls.absolute(unit) },
    }
  }

  const text = (value: string) => ({ '@value': value, '@language': 'id' })
  const date = (value: string) => ({ '@value': value.slice(0, 10), '@type': 'xsd:date' })
  const agent = (unit: string) => ({
    '@id': `${urls.absolute(unit)}#organisasi`,
    '@type': 'foaf:Organization',
    'foaf:name': text(nameOf(unit)),
    'dct:type': { '@id': 'http://purl.org/adms/publishertype/RegionalAuthority' },
    'foaf:homepage': { '@id': urls.absolute(unit) },
  })
  const location = (code: string) => ({
    '@type': 'dct:Location',
    'dct:identifier': code,
    'skos:prefLabel': text(code === S(province.regionCode) ? provinceName : `Wilayah kode Kemendagri ${code}`),
  })
  const temporal = (period: string) => {
    const years = /^(\d{4})(?:\s*[-–/]\s*(\d{4}))?$/.exec(period.trim())
    return {
      '@type': 'dct:PeriodOfTime',
      'rdfs:label': text(period),
      ...(years ? { 'dcat:startDate': date(`${years[1]}-01-01`), 'dcat:endDate': date(`${years[2] ?? years[1]}-12-31`) } : {}),
    }
  }

  /** A dataset as DCAT-AP with the Satu Data Indonesia metadata. */
  const dcatDataset = (d: OpenDataset) => {
    const page = urls.absolute(d.unit, d.path)
    return {
      '@id': page,
      '@type': 'dcat:Dataset',
      'dct:identifier': page,
      'dct:title': text(d.title),
      'dct:description': text(d.description),
      'dct:publisher': agent(d.unit),
      'dct:creator': agent(d.unit),
      'geodcat:custodian': { '@type': 'foaf:Agent', 'foaf:name': text(d.custodian) },
      'dcat:contactPoint': contactOf(d.unit),
      'dct:temporal': temporal(d.period),
      'dct:accrualPeriodicity': { '@id': FREQUENCY_URIS[d.frequency] },
      'dct:spatial': location(d.regionCode),
      'dcat:theme': { '@id': `${EU}/data-theme/${d.theme}` },
      'dcat:keyword': d.keywords.map(text),
      'dct:language': { '@id': `${EU}/language/IND` },
      ...(d.issued ? { 'dct:issued': date(d.issued) } : {}),
      ...(d.modified ? { 'dct:modified': date(d.modified) } : {}),
      'dcat:landingPage': { '@id': page },
      'dcat:distribution': d.files.map((file, i) => ({
        '@id': `${page}#berkas-${i + 1}`,
        '@type': 'dcat:Distribution',
        'dct:title': text(file.name),
        'dcat:accessURL': { '@id': file.url },
        'dcat:downloadURL': { '@id': file.url },
        'dcat:mediaType': { '@id': `http://www.iana.org/assignments/media-types/${MEDIA_TYPES[file.format]}` },
        'dct:format': { '@id': `${EU}/file-type/${file.format}` },
        'dct:license': { '@id': LICENCE_URLS[d.licence], '@type': 'dct:LicenseDocument' },
        ...(file.bytes === undefined ? {} : { 'dcat:byteSize': { '@value': String(file.bytes), '@type': 'xsd:nonNegativeInteger' } }),
      })),
    }
  }

  const catalog = (unit: string, datasets: OpenDataset[]) => {
    const modified = latest(datasets.map((d) => d.modified))
    return json({
      '@context': CATALOG_CONTEXT,
      '@id': urls.absolute(unit, CATALOG_PATH),
      '@type': 'dcat:Catalog',
      'dct:title': text(`Katalog data terbuka ${nameOf(unit)}`),
      'dct:description': text(
        unit === PROVINCE
          ? `Data terbuka ${provinceName} dan seluruh OPD-nya (Satu Data Indonesia, Perpres 39/2019): data sektoral, layanan publik, program, realisasi anggaran dan kepatuhan keterbukaan informasi.`
          : `Data terbuka ${nameOf(unit)}, ${provinceName} (Satu Data Indonesia, Perpres 39/2019): data sektoral, layanan publik, program dan realisasi anggaran.`,
      ),
      'dct:publisher': agent(unit),
      'foaf:homepage': { '@id': urls.absolute(unit, 'data/') },
      'dct:language': { '@id': `${EU}/language/IND` },
      'dct:spatial': location(S(province.regionCode)),
      'dct:license': { '@id': LICENCE_URLS.cc_by_4_0, '@type': 'dct:LicenseDocument' },
      'dcat:themeTaxonomy': { '@id': `${EU}/data-theme` },
      ...(modified ? { 'dct:modified': date(modified) } : {}),
      'dcat:dataset': datasets.map(dcatDataset),
    })
  }

  /** The same dataset as schema.org `Dataset` for its page (what search engines read). */
  const schemaOrg = (d: OpenDataset) => ({
    '@type': 'Dataset',
    name: d.title,
    description: d.description,
    url: urls.absolute(d.unit, d.path),
    identifier: urls.absolute(d.unit, d.path),
    license: LICENCE_URLS[d.licence],
    isAccessibleForFree: true,
    inLanguage: 'id',
    keywords: d.keywords,
    creator: ctx.organisation(d.unit),
    publisher: ctx.organisation(d.unit),
    temporalCoverage: d.period,
    spatialCoverage: { '@type': 'AdministrativeArea', name: d.regionCode === S(province.regionCode) ? provinceName : d.regionCode, identifier: d.regionCode },
    ...(d.issued ? { datePublished: d.issued.slice(0, 10) } : {}),
    ...(d.modified ? { dateModified: d.modified.slice(0, 10) } : {}),
    includedInDataCatalog: { '@type': 'DataCatalog', name: `Katalog data terbuka ${nameOf(d.unit)}`, url: urls.absolute(d.unit, 'data/') },
    distribution: d.files.map((file) => ({ '@type': 'DataDownload', name: file.name, encodingFormat: MEDIA_TYPES[file.format], contentUrl: file.url })),
  })

  const fileView = (file: DataFile): T.FileView => ({
    href: file.href,
    // The link prints the format beside the name already.
    name: file.name.replace(/ \((CSV|JSON)\)$/, ''),
    format: file.format,
    bytes: file.bytes ?? Buffer.byteLength(model.files[file.output!] ?? ''),
  })

  const addPages = (unit: string, own: OpenDataset[], others: OpenDataset[]) => {
    const site = model.sites[unit]!
    const catalogHref = urls.href(unit, unit, CATALOG_PATH)
    const alternate = [{ type: 'application/ld+json', href: catalogHref, title: `Katalog data DCAT-AP ${site.siteName}` }]
    const item = (d: OpenDataset) => ({ title: d.title, description: d.description, href: urls.href(unit, d.unit, d.path), ...(d.unit === unit ? {} : { producer: d.producer }) })
    add(
      unit,
      'data/',
      'dataset-list',
      {
        site,
        datasets: own.filter((d) => d.record).map((d) => ({ dataset: d.record as never, href: urls.href(unit, unit, d.path) })),
        structured: own.filter((d) => !d.record).map(item),
        others: sortBy(others, (d) => `${d.producer}|${d.title}`).map(item),
        catalog: catalogHref,
        api: urls.href(unit, PROVINCE, 'api/'),
      },
      { title: 'Data', description: `Data terbuka ${site.siteName}: berkas CSV dan JSON serta katalog DCAT-AP.`, searchType: 'Data', breadcrumbs: ctx.crumbs(unit, ['Data']), alternate },
    )
    for (const d of own) {
      const layout = { title: d.title, description: d.description.slice(0, 200), searchType: 'Data', breadcrumbs: ctx.crumbs(unit, ['Data', 'data/'], [d.title]), jsonLd: [schemaOrg(d)], alternate }
      const files = d.files.map(fileView)
      if (d.record) add(unit, d.path, 'dataset', { site, dataset: d.record as never, files, catalog: catalogHref }, layout)
      else
        add(
          unit,
          d.path,
          'open-dataset',
          {
            site,
            dataset: {
              title: d.title,
              description: d.description,
              producer: d.producer,
              custodian: d.custodian,
              period: d.period,
              frequency: d.frequency,
              regionCode: d.regionCode,
              licence: d.licence,
              keywords: d.keywords,
              ...(d.modified ? { modified: d.modified } : {}),
            },
            ...(d.source ? { source: { label: d.source.label, href: urls.href(unit, unit, d.source.path) } } : {}),
            files,
            catalog: catalogHref,
          },
          layout,
        )
    }
  }
  return {
    /** The compliance report of this build: its CSV beside the JSON, and a dataset of the portal. */
    compliance: (report: ReturnType<typeof reportJson>) => {
      compliance = report
      model.files[urls.file(PROVINCE, 'kepatuhan/laporan.csv')] = complianceCsv(report)
    },

    /** Writes the data files, `data/` pages and catalogue of every site this build renders. */
    publish: async () => {
      const described = new Map<string, OpenDataset[]>()
      for (const unit of [PROVINCE, ...opdUnits]) described.set(unit, await describe(unit))
      for (const unit of render) {
        writeServices(unit)
        const own = described.get(unit) ?? []
        // The portal's catalogue holds every OPD's datasets beside its own; each OPD's holds its own.
        const others = unit === PROVINCE ? opdUnits.flatMap((u) => described.get(u) ?? []) : []
        addPages(unit, own, others)
        model.files[urls.file(unit, CATALOG_PATH)] = catalog(unit, [...own, ...others])
      }
    },
  }
}
