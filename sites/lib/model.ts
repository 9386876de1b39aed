import {
  budgetTotals,
  currentCeiling,
  ikm,
  ikmGrade,
  nrr,
  PLAN_TYPE,
  realisationPercent,
  RESERVED_OPD_SLUGS,
  SERVICE_CATEGORY,
  SKM_ELEMENTS,
  type SkmElement,
} from '../../schemas/index.ts'
import { applyOverrides, basis, CATEGORIES, evaluate, fixedIn, reportJson, RULES, type ComplaintStats, type LinkStatus } from '../../schemas/compliance/index.ts'
import type * as T from '../../templates/props.ts'
import type { Assets } from './assets.ts'
import { toCsv } from '../../schemas/csv.ts'
import { apiDocsProps } from './apiDocs.ts'
import { createOpenData } from './opendata.ts'
import { byId, lookup, PROVINCE, type Doc, type Snapshot } from './snapshot.ts'
import type { Urls } from './urls.ts'

/** What one build renders: the context of each site, every page, and the plain files beside them. */
export interface SiteModel {
  sites: Record<string, T.SiteContext>
  /** `path`: output folder of the page relative to the build root ('' for the portal's home). */
  pages: { unit: string; path: string; page: T.PageSpec }[]
  /** Text files (CSV, JSON, RSS, sitemap, robots) by output path. */
  files: Record<string, string>
}

/** The same sections at the same paths on every OPD site: a citizen who learnt one knows them all. */
export const OPD_SECTIONS = [
  ['Beranda', ''],
  ['Profil', 'profil/'],
  ['Visi & Misi', 'visi-misi/'],
  ['Perencanaan', 'perencanaan/'],
  ['Program', 'program/'],
  ['Anggaran', 'anggaran/'],
  ['Layanan', 'layanan/'],
  ['PPID', 'ppid/'],
  ['Pengaduan', 'aduan/'],
  ['Berita', 'berita/'],
  ['Peringatan', 'peringatan/'],
  ['Produk Hukum', 'produk-hukum/'],
  ['Data', 'data/'],
] as const

export const PORTAL_SECTIONS = [
  ['Beranda', ''],
  ['Direktori OPD', 'opd/'],
  ['Layanan', 'layanan/'],
  ['Perencanaan', 'perencanaan/'],
  ['Anggaran', 'anggaran/'],
  ['Berita', 'berita/'],
  ['Peringatan', 'peringatan/'],
  ['Produk Hukum', 'produk-hukum/'],
  ['Data', 'data/'],
  ['Kepatuhan', 'kepatuhan/'],
  ['Pengaduan', 'aduan/'],
  ['Pencarian', 'cari/'],
] as const


const EXTERNAL = 'instansi-vertikal'

/** Where on an OPD site the content a rule looks at is published: the evidence of the evidence pack. */
const EVIDENCE_PAGES: Record<string, [string, string]> = {
  'opd-profiles': ['Profil', 'profil/'],
  'planning-documents': ['Perencanaan', 'perencanaan/'],
  goals: ['Visi & Misi', 'visi-misi/'],
  programmes: ['Program', 'program/'],
  'budget-realisations': ['Anggaran', 'anggaran/'],
  services: ['Layanan', 'layanan/'],
  'skm-results': ['Layanan (hasil SKM)', 'layanan/'],
  'ppid-entries': ['PPID', 'ppid/'],
  'ppid-reports': ['PPID', 'ppid/'],
}

const S = (value: unknown): string => String(value ?? '')

/** The compliance side of a build, all public: the rules in force, the link checker's results, each OPD's history. */
export interface ComplianceInputs {
  /** Defaults with the province's overrides. */
  rulebook: ReturnType<typeof applyOverrides>
  links: LinkStatus[]
  /** By OPD slug: the score at the end of each of the last 12 months, and since when each current failure runs. */
  history: Record<string, { trend: { month: string; score: number }[]; failingSince: Record<string, string> }>
  /** Each OPD's complaint counts in `year` (cms/citizen/stats.ts): the complaint pages show them, a rule reads them. */
  complaints: { year: number; opds: Record<string, ComplaintStats> }
  /** The same for requests for information (a rule reads them). */
  requests: { year: number; opds: Record<string, ComplaintStats> }
}

/** What the complaint pages need from the CMS: where to post (its public origin) and the province's rules. */
export interface CitizenInputs {
  cms: string
  complaintDays: number
  retentionDays: number
  /** Requests for information per OPD slug, this year so far and last year (cms/citizen/stats.ts, GET /api/ppid/laporan). */
  requestReports: { year: number; opds: Record<string, { received: number; granted: number; partly: number; refused: number; refusedBy: Record<string, number>; objections: number; medianDays?: number }> }[]
}

/**
 * Works out every page of the portal and of the given OPDs from checked, published content. Pure but for
 * `assets`, which copies the files pages show; `today` decides which emergency notices are still active.
 */
export const buildModel = async ({
  snapshot,
  render,
  urls,
  assets,
  today,
  compliance,
  citizen,
}: {
  snapshot: Snapshot
  render: string[]
  urls: Urls
  assets: Assets
  today: string
  compliance: ComplianceInputs
  citizen: CitizenInputs
}): Promise<SiteModel> => {
  const { rulebook } = compliance
  const province = snapshot.province
  const provinceName = String(province.name)
  const unitsAll = Object.keys(snapshot.units)
  const all = (type: string): Doc[] => unitsAll.flatMap((unit) => snapshot.units[unit]![type] ?? [])
  const of = (unit: string, type: string): Doc[] => snapshot.units[unit]?.[type] ?? []
  const opds = sortBy(of(PROVINCE, 'opds'), (opd) => S(opd.name))
  const opdBySlug = new Map(opds.map((opd) => [S(opd.slug), opd]))
  const programmes = byId(all('programmes'))
  const agencies = byId(all('agencies'))
  const vision = of(PROVINCE, 'visions').sort((a, b) => Number(b.periodStart) - Number(a.periodStart))[0]
  const model: SiteModel = { sites: {}, pages: [], files: {} }

  const footerLinks = [
    ['LPSE', province.lpseUrl],
    ['SiRUP', province.sirupUrl],
    ['PPID Provinsi', province.ppidUrl],
    ['Satu Data', province.openDataUrl],
    ['SP4N-LAPOR!', province.laporUrl],
  ].map(([label, href]) => ({ label: S(label), href: S(href) }))

  const siteOf = (unit: string): T.SiteContext => {
    const opd = opdBySlug.get(unit)
    const sections = unit === PROVINCE ? PORTAL_SECTIONS : OPD_SECTIONS
    return {
      kind: unit === PROVINCE ? 'portal' : 'opd',
      provinceName,
      siteName: opd ? S(opd.name) : provinceName,
      shortName: opd ? S(opd.acronym) : provinceName,
      home: urls.href(unit, unit),
      portal: urls.href(unit, PROVINCE),
      search: urls.href(unit, PROVINCE, 'cari/'),
      nav: sections.map(([label, path]) => ({ label, href: urls.href(unit, unit, path) })),
      footerLinks,
    }
  }

  const add = <K extends T.TemplateName>(
    unit: string,
    path: string,
    template: K,
    props: T.TemplateProps[K],
    layout: { title: string; description: string; searchType?: string; jsonLd?: object[]; feed?: string; alternate?: T.LayoutProps['alternate']; breadcrumbs?: { label: string; href?: string }[] },
  ) => {
    const section = `${path.split('/')[0]}/`
    const site = model.sites[unit]!
    const current = site.nav.find((item) => item.href === urls.href(unit, unit, section === '/' ? '' : section))?.href ?? site.home
    model.pages.push({ unit, path: urls.file(unit, path), page: { template, props, layout: { ...layout, canonical: urls.absolute(unit, path), current } } as T.PageSpec })
  }

  const crumbs = (unit: string, ...trail: [string, string?][]) => [
    { label: 'Beranda', href: urls.href(unit, unit) },
    ...trail.map(([label, path]) => (path === undefined ? { label } : { label, href: urls.href(unit, unit, path) })),
  ]

  const providerOf = (unit: string) => (unit === PROVINCE ? provinceName : S(opdBySlug.get(unit)?.name ?? unit))

  const organisation = (unit: string) => {
    const opd = opdBySlug.get(unit)
    return { '@type': 'GovernmentOrganization', name: providerOf(unit), ...(opd ? { alternateName: S(opd.acronym) } : {}), url: urls.absolute(unit) }
  }

  const activeNotices = (unit: string): T.NoticeView[] =>
    sortBy(of(unit, 'emergency-notices'), (n) => S(n.issuedAt), true)
      .filter((n) => !n.expiresAt || S(n.expiresAt) >= today)
      .map((notice) => ({ notice: notice as never, issuer: providerOf(unit), href: urls.href(PROVINCE, unit, 'peringatan/') }))

  const newsSummaries = (from: string, unit: string): T.NewsSummary[] =>
    sortBy(of(unit, 'news'), (n) => `${S(n.date)}|${S(n.slug)}`, true).map((n) => ({
      title: S(n.title),
      date: S(n.date),
      summary: S(n.summary),
      kind: n.kind as T.NewsSummary['kind'],
      href: urls.href(from, unit, `berita/${S(n.slug)}/`),
      ...(from === unit ? {} : { source: providerOf(unit) }),
    }))

  const serviceSummaries = (from: string, unit: string): T.ServiceSummary[] =>
    sortBy(of(unit, 'services'), (s) => S(s.name)).map((service) => {
      const agency = lookup(agencies, service.agency)
      return {
        name: S(service.name),
        summary: S(service.summary),
        category: service.category as T.ServiceSummary['category'],
        href: urls.href(from, unit, `layanan/${S(service.slug)}/`),
        provider: agency ? S(agency.name) : providerOf(unit),
        providerKey: unit === PROVINCE ? EXTERNAL : unit,
        online: Boolean(service.onlineUrl),
      }
    })

  const skmOf = (unit: string, service: Doc): T.SkmView | undefined => {
    const results = of(unit, 'skm-results')
    const specific = results.filter((r) => String((r.service as Doc | undefined)?.id) === String(service.id))
    const latest = sortBy(specific.length > 0 ? specific : results.filter((r) => !r.service), (r) => S(r.surveyEnd), true)[0]
    if (!latest) return undefined
    const sums = latest.scoreSums as Record<SkmElement, number>
    const respondents = Number(latest.respondents)
    const value = ikm(sums, respondents)
    const grade = ikmGrade(value)
    return {
      year: Number(latest.year),
      period: S(latest.period),
      respondents,
      ikm: value,
      grade: grade?.grade ?? '-',
      gradeLabel: grade?.label.id ?? '-',
      elements: (Object.keys(SKM_ELEMENTS) as SkmElement[]).map((key) => ({ key, label: SKM_ELEMENTS[key].id, nrr: Math.round(nrr(sums[key], respondents) * 100) / 100 })),
    }
  }

  const planningDocs = async (unit: string) =>
    Promise.all(
      sortBy(of(unit, 'planning-documents'), (d) => `${PLAN_TYPE.values.indexOf(d.type as never)}|${9999 - Number(d.periodStart)}|${S(d.title)}`).map(async (document) => ({
        document: document as never,
        file: await assets.file(unit, document.file, `${S(document.title)} (PDF)`),
      })),
    )

  const programmeTree = (unit: string, year: number, linkFrom = unit): T.ProgrammeNode[] => {
    const list = of(unit, 'programmes').filter((p) => Number(p.year) === year)
    const childrenOf = (parent: Doc | undefined): T.ProgrammeNode[] =>
      sortBy(
        list.filter((p) => (parent ? String((p.parent as Doc | undefined)?.id) === String(parent.id) : p.level === 'programme')),
        (p) => S(p.code),
      ).map((programme) => ({
        programme: programme as never,
        ...(programme.level === 'programme' ? { href: urls.href(linkFrom, unit, `program/${year}/${S(programme.code)}/`) } : {}),
        children: childrenOf(programme),
      }))
    return childrenOf(undefined)
  }

  const cascadeOf = (unit: string, from = unit): T.CascadeNode[] =>
    sortBy(of(unit, 'goals'), (g) => S(g.statement)).map((goal) => ({
      level: 'Tujuan',
      title: S(goal.statement),
      detail: `Misi ${goal.missionNumber}`,
      children: sortBy(
        of(unit, 'targets').filter((t) => String((t.goal as Doc | undefined)?.id) === String(goal.id)),
        (t) => S(t.statement),
      ).map((target) => ({
        level: 'Sasaran',
        title: S(target.statement),
        children: sortBy(
          of(unit, 'programmes').filter((p) => p.level === 'programme' && String((p.target as Doc | undefined)?.id) === String(target.id)),
          (p) => `${p.year}|${S(p.code)}`,
        ).map((p) => ({ level: 'Program', title: `${S(p.code)} ${S(p.name)}`, detail: `Tahun ${p.year}`, href: urls.href(from, unit, `program/${p.year}/${S(p.code)}/`), children: [] })),
      })),
    }))

  /** The latest realisation report of each fiscal year. */
  const realisationsByYear = (unit: string): Doc[] => {
    const latest = new Map<number, Doc>()
    for (const doc of sortBy(of(unit, 'budget-realisations'), (d) => S(d.positionDate))) latest.set(Number(doc.fiscalYear), doc)
    return [...latest.values()].sort((a, b) => Number(b.fiscalYear) - Number(a.fiscalYear))
  }

  const budgetRows = (doc: Doc): T.BudgetRow[] =>
    sortBy(doc.lines as Doc[], (line) => S(lookup(programmes, line.subActivity)?.code ?? '')).map((line) => {
      const sub = lookup(programmes, line.subActivity)
      return {
        code: S(sub?.code ?? '-'),
        name: S(sub?.name ?? 'Sub kegiatan tidak ditemukan'),
        originalCeiling: Number(line.originalCeiling),
        ...(line.revisedCeiling === undefined ? {} : { revisedCeiling: Number(line.revisedCeiling) }),
        realisation: Number(line.realisation),
        ...(line.physicalPercent === undefined ? {} : { physicalPercent: Number(line.physicalPercent) }),
        ...(line.explanation ? { explanation: S(line.explanation) } : {}),
      }
    })

  const budgetFiles = (unit: string, path: string, meta: Record<string, unknown>, rows: T.BudgetRow[]) => {
    const totals = budgetTotals(rows)
    const header = ['kode', 'nama', 'pagu_murni', 'pagu_perubahan', 'pagu_berlaku', 'realisasi', 'persen_realisasi', 'realisasi_fisik', 'penjelasan']
    const line = (row: T.BudgetRow) => {
      const ceiling = currentCeiling(row)
      return [row.code, row.name, row.originalCeiling, row.revisedCeiling ?? '', ceiling, row.realisation, realisationPercent(row.realisation, ceiling) ?? '', row.physicalPercent ?? '', row.explanation ?? '']
    }
    model.files[urls.file(unit, `${path}realisasi.csv`)] = toCsv([header, ...rows.map(line), ['', 'Jumlah', totals.originalCeiling, '', totals.ceiling, totals.realisation, totals.percent ?? '', '', '']])
    model.files[urls.file(unit, `${path}realisasi.json`)] = `${JSON.stringify({ ...meta, rows: rows.map((row) => ({ ...row, ceiling: currentCeiling(row), percent: realisationPercent(row.realisation, currentCeiling(row)) })), totals }, null, 2)}\n`
    return { csv: urls.href(unit, unit, `${path}realisasi.csv`), json: urls.href(unit, unit, `${path}realisasi.json`) }
  }

  const fileList = async (unit: string, type: string, order: (doc: Doc) => string) =>
    Promise.all(sortBy(of(unit, type), order).map(async (document) => ({ document: document as never, file: await assets.file(unit, document.file, S(document.title)) })))

  const rss = (unit: string, items: T.NewsSummary[]) => {
    const site = model.sites[unit]!
    const absoluteOf = (href: string) => (href.startsWith('http') ? href : new URL(href, urls.absolute(unit)).href)
    model.files[urls.file(unit, 'berita/rss.xml')] = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<rss version="2.0"><channel>',
      `<title>${xml(`Berita ${site.siteName}`)}</title><link>${xml(urls.absolute(unit, 'berita/'))}</link><description>${xml(`Berita dan pengumuman ${site.siteName}`)}</description><language>id</language>`,
      ...items.slice(0, 50).map((item) => `<item><title>${xml(item.title)}</title><link>${xml(absoluteOf(item.href))}</link><guid>${xml(absoluteOf(item.href))}</guid><pubDate>${rfc822(item.date)}</pubDate><description>${xml(item.summary)}</description></item>`),
      '</channel></rss>',
      '',
    ].join('\n')
  }

  // --- OPD sites ---
  /** The complaint form of a site: it posts to the CMS, which answers with the ticket's status page. */
  const addComplaintForm = (unit: string, choices: { value: string; label: string }[]) => {
    const site = model.sites[unit]!
    const rows = choices.flatMap(({ value, label }) => {
      const counts = compliance.complaints.opds[value]
      return counts ? [{ label, ...(unit === PROVINCE ? { href: urls.href(unit, value, 'aduan/') } : {}), received: counts.received, answered: counts.answered, overdue: counts.overdue, ...(counts.medianDays === undefined ? {} : { medianDays: counts.medianDays }) }] : []
    })
    add(
      unit,
      'aduan/',
      'complaint-form',
      {
        site,
        action: new URL('/api/aduan', citizen.cms).href,
        statusAction: new URL('/api/aduan/status', citizen.cms).href,
        opds: choices,
        back: urls.absolute(unit, 'aduan/'),
        laporUrl: S(province.laporUrl),
        complaintDays: citizen.complaintDays,
        retentionDays: citizen.retentionDays,
        stats: { year: compliance.complaints.year, rows },
      },
      { title: 'Pengaduan dan aspirasi', description: `Sampaikan pengaduan atau aspirasi kepada ${site.siteName} dan lihat statusnya dengan kode tiket.`, breadcrumbs: crumbs(unit, ['Pengaduan']) },
    )
  }

  const renderOpd = async (unit: string) => {
    const site = model.sites[unit]!
    const profile = of(unit, 'opd-profiles')[0]
    const services = serviceSummaries(unit, unit)
    const news = newsSummaries(unit, unit)
    const org = { ...organisation(unit), parentOrganization: organisation(PROVINCE), ...(profile ? { address: S(profile.address), telephone: S(profile.phone), email: S(profile.email) } : {}) }

    add(unit, '', 'opd-home', { site, ...(profile ? { profile: profile as never } : {}), notices: activeNotices(unit), news: news.slice(0, 5), services: services.slice(0, 6) }, {
      title: 'Beranda',
      description: `Situs resmi ${site.siteName}, ${provinceName}: profil, perencanaan, anggaran, layanan publik dan informasi publik.`,
      jsonLd: [org],
    })
    add(
      unit,
      'profil/',
      'profile',
      {
        site,
        ...(profile ? { profile: profile as never } : {}),
        ...(profile ? { orgChart: await assets.image(unit, profile.orgChart), headPhoto: await assets.image(unit, (profile.head as Doc).photo) } : {}),
      } as unknown as T.ProfileProps,
      { title: 'Profil', description: `Profil, tugas dan fungsi, struktur organisasi dan kontak ${site.siteName}.`, searchType: 'Profil', jsonLd: [org], breadcrumbs: crumbs(unit, ['Profil']) },
    )
    add(
      unit,
      'visi-misi/',
      'vision-mission',
      {
        site,
        ...(vision ? { vision: vision as never } : {}),
        goals: sortBy(of(unit, 'goals'), (g) => S(g.statement)).map((goal) => ({
          goal: goal as never,
          targets: of(unit, 'targets').filter((t) => String((t.goal as Doc | undefined)?.id) === String(goal.id)) as never[],
        })),
      },
      { title: 'Visi, misi, tujuan dan sasaran', description: `Visi dan misi ${provinceName} serta tujuan dan sasaran ${site.siteName}.`, searchType: 'Perencanaan', breadcrumbs: crumbs(unit, ['Visi & Misi']) },
    )
    add(unit, 'perencanaan/', 'planning', { site, documents: await planningDocs(unit), cascade: cascadeOf(unit) }, {
      title: 'Dokumen perencanaan',
      description: `Renstra, Renja dan laporan kinerja ${site.siteName}, dan keterkaitannya dengan RPJMD.`,
      searchType: 'Perencanaan',
      breadcrumbs: crumbs(unit, ['Perencanaan']),
    })

    const years = [...new Set(of(unit, 'programmes').map((p) => Number(p.year)))].sort((a, b) => b - a)
    const trees = years.map((year) => ({ year, programmes: programmeTree(unit, year) }))
    const programmeRows = sortBy(of(unit, 'programmes'), (p) => `${9999 - Number(p.year)}|${S(p.code)}`)
    model.files[urls.file(unit, 'program/program.csv')] = toCsv([
      ['tahun', 'tingkat', 'kode', 'nama', 'pagu', 'sumber_dana', 'penanggung_jawab', 'indikator'],
      ...programmeRows.map((p) => [Number(p.year), S(p.level), S(p.code), S(p.name), Number(p.ceiling), S(p.fundingSource), S(p.personInCharge), (p.indicators as Doc[]).map((i) => `${i.name}: ${i.target} ${i.unit}`).join('; ')]),
    ])
    model.files[urls.file(unit, 'program/program.json')] = `${JSON.stringify(
      { opd: site.siteName, programmes: programmeRows.map(({ year, level, code, name, ceiling, fundingSource, personInCharge, indicators, schedule }) => ({ year, level, code, name, ceiling, fundingSource, personInCharge, schedule, indicators })) },
      null,
      2,
    )}\n`
    const programmeDownloads = { csv: urls.href(unit, unit, 'program/program.csv'), json: urls.href(unit, unit, 'program/program.json') }
    add(unit, 'program/', 'programme-list', { site, years: trees, downloads: programmeDownloads }, { title: 'Program dan kegiatan', description: `Program, kegiatan dan sub kegiatan ${site.siteName} dengan indikator dan pagunya.`, searchType: 'Program', breadcrumbs: crumbs(unit, ['Program']) })
    for (const { year, programmes: roots } of trees) {
      for (const node of roots) {
        const p = node.programme
        add(unit, `program/${year}/${p.code}/`, 'programme', { site, node }, {
          title: `${p.code} ${p.name} (${year})`,
          description: `Program ${p.name} ${site.siteName} tahun ${year}: indikator, pagu dan kegiatan.`,
          searchType: 'Program',
          breadcrumbs: crumbs(unit, ['Program', 'program/'], [`${p.code} (${year})`]),
        })
      }
    }

    const realisations = realisationsByYear(unit)
    add(
      unit,
      'anggaran/',
      'budget-index',
      {
        site,
        years: realisations.map((doc) => {
          const totals = budgetTotals(doc.lines as T.BudgetRow[])
          return { year: Number(doc.fiscalYear), positionDate: S(doc.positionDate), href: urls.href(unit, unit, `anggaran/${doc.fiscalYear}/`), ceiling: totals.ceiling, realisation: totals.realisation }
        }),
      },
      { title: 'Anggaran', description: `Realisasi anggaran ${site.siteName} per tahun.`, searchType: 'Anggaran', breadcrumbs: crumbs(unit, ['Anggaran']) },
    )
    for (const doc of realisations) {
      const rows = budgetRows(doc)
      const path = `anggaran/${doc.fiscalYear}/`
      const heading = `Realisasi Anggaran ${site.siteName} ${doc.fiscalYear}`
      const downloads = budgetFiles(unit, path, { opd: site.siteName, fiscalYear: doc.fiscalYear, positionDate: doc.positionDate }, rows)
      add(unit, path, 'budget', { site, heading, fiscalYear: Number(doc.fiscalYear), positionDate: S(doc.positionDate), rowLabel: 'Sub kegiatan', rows, downloads }, {
        title: heading,
        description: `Pagu dan realisasi anggaran ${site.siteName} tahun ${doc.fiscalYear} per sub kegiatan, posisi ${doc.positionDate}.`,
        searchType: 'Anggaran',
        breadcrumbs: crumbs(unit, ['Anggaran', 'anggaran/'], [String(doc.fiscalYear)]),
      })
    }

    add(unit, 'layanan/', 'service-list', { site, heading: `Layanan ${site.siteName}`, services }, { title: 'Layanan publik', description: `Standar pelayanan setiap layanan publik ${site.siteName}.`, searchType: 'Layanan', breadcrumbs: crumbs(unit, ['Layanan']) })
    for (const service of of(unit, 'services')) await addServicePage(unit, service)

    add(
      unit,
      'ppid/',
      'ppid',
      {
        site,
        entries: await Promise.all(
          sortBy(of(unit, 'ppid-entries').filter((e) => e.category !== 'dikecualikan'), (e) => `${S(e.category)}|${S(e.title)}`).map(async (entry) => ({ entry: entry as never, file: await assets.file(unit, entry.file, S(entry.title)) })),
        ),
        ...(profile ? { procedures: profile.ppid as never } : {}),
        reports: sortBy(of(unit, 'ppid-reports'), (r) => S(r.year), true) as never[],
        counted: citizen.requestReports.flatMap(({ year, opds }) => {
          const report = opds[unit]
          return report ? [{ ...report, year, refusedBy: Object.entries(report.refusedBy).sort().map(([letter, count]) => ({ ground: `Ps. 17 huruf ${letter}`, count })) }] : []
        }),
      },
      { title: 'PPID: daftar informasi publik', description: `Daftar informasi publik, prosedur permohonan dan laporan layanan informasi ${site.siteName}.`, searchType: 'PPID', breadcrumbs: crumbs(unit, ['PPID']) },
    )
    addComplaintForm(unit, [{ value: unit, label: site.siteName }])
    add(
      unit,
      'ppid/permohonan/',
      'information-request-form',
      {
        site,
        action: new URL('/api/ppid/permohonan', citizen.cms).href,
        statusAction: new URL('/api/ppid/status', citizen.cms).href,
        opd: { value: unit, label: site.siteName },
        back: urls.absolute(unit, 'ppid/permohonan/'),
        retentionDays: citizen.retentionDays,
      },
      { title: 'Permohonan informasi publik', description: `Ajukan permohonan informasi publik kepada ${site.siteName} dan lihat statusnya dengan kode tiket.`, breadcrumbs: crumbs(unit, ['PPID', 'ppid/'], ['Permohonan informasi']) },
    )
    await addNews(unit, news)
    add(unit, 'peringatan/', 'notice-list', noticeLists(unit, [unit]), { title: 'Peringatan dini', description: `Informasi serta merta dan peringatan dini dari ${site.siteName}.`, searchType: 'Peringatan', breadcrumbs: crumbs(unit, ['Peringatan']) })
    add(unit, 'produk-hukum/', 'legal-documents', { site, documents: await fileList(unit, 'legal-documents', (d) => `${9999 - Number(d.year)}|${S(d.number)}`) }, { title: 'Produk hukum', description: `Peraturan dan keputusan yang diterbitkan ${site.siteName}.`, searchType: 'Produk hukum', breadcrumbs: crumbs(unit, ['Produk Hukum']) })

    // The data/ page and dataset pages: opendata.ts, with the portal's, once every site's files are written.
  }

  const addServicePage = async (unit: string, service: Doc) => {
    const site = model.sites[unit]!
    const agency = lookup(agencies, service.agency)
    const providerName = agency ? S(agency.name) : providerOf(unit)
    const providerHref = agency ? S(agency.website) : urls.href(unit, unit)
    const skm = unit === PROVINCE ? undefined : skmOf(unit, service)
    add(unit, `layanan/${S(service.slug)}/`, 'service', { site, service: service as never, provider: { name: providerName, href: providerHref }, ...(agency ? { agency: agency as never } : {}), ...(skm ? { skm } : {}) }, {
      title: S(service.name),
      description: S(service.summary).slice(0, 200),
      searchType: 'Layanan',
      breadcrumbs: crumbs(unit, ['Layanan', 'layanan/'], [S(service.name)]),
      jsonLd: [
        {
          '@type': 'GovernmentService',
          name: S(service.name),
          description: S(service.summary),
          url: urls.absolute(unit, `layanan/${S(service.slug)}/`),
          serviceType: SERVICE_CATEGORY.labels[service.category as keyof typeof SERVICE_CATEGORY.labels].id,
          provider: agency ? { '@type': 'GovernmentOrganization', name: providerName, url: providerHref } : organisation(unit),
          areaServed: { '@type': 'AdministrativeArea', name: provinceName },
          ...(service.onlineUrl ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: S(service.onlineUrl) } } : {}),
        },
      ],
    })
  }

  const addNews = async (unit: string, items: T.NewsSummary[]) => {
    const site = model.sites[unit]!
    add(unit, 'berita/', 'news-list', { site, items, feed: urls.href(unit, unit, 'berita/rss.xml') }, {
      title: 'Berita dan pengumuman',
      description: `Berita dan pengumuman ${site.siteName}.`,
      feed: urls.href(unit, unit, 'berita/rss.xml'),
      breadcrumbs: crumbs(unit, ['Berita']),
    })
    rss(unit, items)
    for (const article of of(unit, 'news')) {
      const image = await assets.image(unit, article.image)
      add(unit, `berita/${S(article.slug)}/`, 'news-article', { site, article: article as never, source: providerOf(unit), ...(image ? { image } : {}) }, {
        title: S(article.title),
        description: S(article.summary).slice(0, 200),
        searchType: 'Berita',
        breadcrumbs: crumbs(unit, ['Berita', 'berita/'], [S(article.title)]),
        jsonLd: [{ '@type': 'NewsArticle', headline: S(article.title), datePublished: S(article.date), publisher: organisation(unit) }],
      })
    }
  }

  const noticeLists = (unit: string, units: string[]): T.NoticeListProps => {
    const views = units.flatMap((u) =>
      of(u, 'emergency-notices').map((notice) => ({ notice: notice as never, issuer: providerOf(u), ...(u === unit ? {} : { href: urls.href(unit, u, 'peringatan/') }) }) as T.NoticeView),
    )
    const sorted = sortBy(views, (v) => `${v.notice.issuedAt}|${v.notice.title}`, true)
    const isActive = (v: T.NoticeView) => !v.notice.expiresAt || v.notice.expiresAt >= today
    return { site: model.sites[unit]!, active: sorted.filter(isActive), past: sorted.filter((v) => !isActive(v)) }
  }

  // --- The portal ---
  const renderPortal = async () => {
    const unit = PROVINCE
    const site = model.sites[unit]!
    const opdUnits = opds.map((opd) => S(opd.slug))
    const catalogue = sortBy([...opdUnits.flatMap((u) => serviceSummaries(unit, u)), ...serviceSummaries(unit, PROVINCE)], (s) => `${s.name}|${s.provider}`)
    const categories = SERVICE_CATEGORY.values.filter((c) => catalogue.some((s) => s.category === c))
    const allNews = sortBy([...newsSummaries(unit, unit), ...opdUnits.flatMap((u) => newsSummaries(unit, u))], (n) => `${n.date}|${n.href}`, true)
    const provinceOrg = { ...organisation(PROVINCE), identifier: S(province.regionCode) }

    add(
      unit,
      '',
      'portal-home',
      {
        site,
        notices: [PROVINCE, ...opdUnits].flatMap(activeNotices),
        news: allNews.slice(0, 6),
        opdCount: opds.length,
        serviceCount: catalogue.length,
        links: [
          { label: 'Katalog layanan publik', href: urls.href(unit, unit, 'layanan/'), description: 'Semua layanan OPD dan instansi vertikal di Banten, dengan persyaratan, biaya dan waktu.' },
          { label: 'Direktori OPD', href: urls.href(unit, unit, 'opd/'), description: 'Situs setiap perangkat daerah.' },
          { label: 'Perencanaan pembangunan', href: urls.href(unit, unit, 'perencanaan/'), description: 'RPJPD, RPJMD, RKPD dan program setiap OPD.' },
          { label: 'Realisasi anggaran', href: urls.href(unit, unit, 'anggaran/'), description: 'Pagu dan realisasi setiap OPD tahun berjalan.' },
        ],
      },
      { title: 'Beranda', description: `Portal resmi ${provinceName}: layanan publik, perencanaan, anggaran dan informasi publik seluruh OPD.`, jsonLd: [provinceOrg] },
    )
    add(
      unit,
      'opd/',
      'opd-directory',
      {
        site,
        opds: opds.map((opd) => ({ name: S(opd.name), acronym: S(opd.acronym), kind: S(opd.kind), href: urls.href(unit, S(opd.slug)), servesPublic: Boolean(opd.servesPublic), services: of(S(opd.slug), 'services').length })),
      },
      { title: 'Direktori OPD', description: `Daftar perangkat daerah ${provinceName} dan situsnya.`, searchType: 'OPD', breadcrumbs: crumbs(unit, ['Direktori OPD']) },
    )
    const filters = {
      categories: categories.map((c) => ({ value: c, label: SERVICE_CATEGORY.labels[c].id, href: urls.href(unit, unit, `layanan/kategori/${c}/`) })),
      providers: [...opds.filter((opd) => of(S(opd.slug), 'services').length > 0).map((opd) => ({ value: S(opd.slug), label: S(opd.name) })), { value: EXTERNAL, label: 'Instansi vertikal' }],
      online: urls.href(unit, unit, 'layanan/daring/'),
    }
    add(unit, 'layanan/', 'service-list', { site, heading: 'Katalog layanan publik', services: catalogue, filters }, {
      title: 'Katalog layanan publik',
      description: `Semua layanan publik OPD ${provinceName} dan instansi vertikal.`,
      breadcrumbs: crumbs(unit, ['Layanan']),
    })
    for (const category of filters.categories) {
      add(unit, `layanan/kategori/${category.value}/`, 'service-list', { site, heading: `Layanan: ${category.label}`, services: catalogue.filter((s) => s.category === category.value) }, {
        title: `Layanan ${category.label}`,
        description: `Layanan publik kategori ${category.label} di ${provinceName}.`,
        breadcrumbs: crumbs(unit, ['Layanan', 'layanan/'], [category.label]),
      })
    }
    add(unit, 'layanan/daring/', 'service-list', { site, heading: 'Layanan daring', services: catalogue.filter((s) => s.online) }, {
      title: 'Layanan daring',
      description: `Layanan publik di ${provinceName} yang dapat diajukan secara daring.`,
      breadcrumbs: crumbs(unit, ['Layanan', 'layanan/'], ['Daring']),
    })
    for (const service of of(unit, 'services')) await addServicePage(unit, service)

    const cascade: T.CascadeNode[] = (['rpjpd', 'rpjmd', 'rkpd'] as const).flatMap((type) =>
      sortBy(of(unit, 'planning-documents').filter((d) => d.type === type), (d) => S(d.periodStart), true).map((d) => ({
        level: PLAN_TYPE.labels[type].id,
        title: S(d.title),
        detail: `${d.periodStart}-${d.periodEnd}`,
        children: [],
      })),
    )
    const rkpd = cascade.at(-1)
    const opdCascade: T.CascadeNode[] = opds.map((opd) => {
      const slug = S(opd.slug)
      return { level: 'OPD', title: S(opd.name), href: urls.href(unit, slug, 'perencanaan/'), children: cascadeOf(slug, unit) }
    })
    if (rkpd) rkpd.children = opdCascade
    add(unit, 'perencanaan/', 'province-planning', { site, ...(vision ? { vision: vision as never } : {}), documents: await planningDocs(unit), cascade: rkpd ? cascade : [...cascade, ...opdCascade] }, {
      title: 'Perencanaan pembangunan',
      description: `RPJPD, RPJMD dan RKPD ${provinceName}, diturunkan sampai program setiap OPD.`,
      searchType: 'Perencanaan',
      breadcrumbs: crumbs(unit, ['Perencanaan']),
    })

    const fiscalYears = [...new Set(opdUnits.flatMap((u) => realisationsByYear(u).map((d) => Number(d.fiscalYear))))].sort((a, b) => b - a)
    const yearRows = fiscalYears.map((year) => {
      const rows: T.BudgetRow[] = []
      let position = ''
      for (const opd of opds) {
        const doc = realisationsByYear(S(opd.slug)).find((d) => Number(d.fiscalYear) === year)
        if (!doc) continue
        const lines = doc.lines as T.BudgetRow[]
        const totals = budgetTotals(lines)
        const revised = lines.some((l) => l.revisedCeiling !== undefined)
        if (S(doc.positionDate) > position) position = S(doc.positionDate)
        rows.push({ code: S(opd.acronym), name: S(opd.name), href: urls.href(unit, S(opd.slug), `anggaran/${year}/`), originalCeiling: totals.originalCeiling, ...(revised ? { revisedCeiling: totals.ceiling } : {}), realisation: totals.realisation, explanation: `Posisi ${doc.positionDate}` })
      }
      return { year, rows, position }
    })
    add(
      unit,
      'anggaran/',
      'budget-index',
      { site, years: yearRows.map(({ year, rows, position }) => ({ year, positionDate: position, href: urls.href(unit, unit, `anggaran/${year}/`), ceiling: budgetTotals(rows).ceiling, realisation: budgetTotals(rows).realisation })) },
      { title: 'Realisasi anggaran', description: `Realisasi APBD ${provinceName} per tahun dan per OPD.`, searchType: 'Anggaran', breadcrumbs: crumbs(unit, ['Anggaran']) },
    )
    for (const { year, rows, position } of yearRows) {
      const heading = `Realisasi Anggaran ${provinceName} ${year}`
      const downloads = budgetFiles(unit, `anggaran/${year}/`, { province: provinceName, fiscalYear: year, positionDate: position }, rows)
      add(unit, `anggaran/${year}/`, 'budget', { site, heading, fiscalYear: year, positionDate: position, rowLabel: 'OPD', rows, downloads }, {
        title: heading,
        description: `Pagu dan realisasi anggaran setiap OPD ${provinceName} tahun ${year}.`,
        searchType: 'Anggaran',
        breadcrumbs: crumbs(unit, ['Anggaran', 'anggaran/'], [String(year)]),
      })
    }

    // The list and the feed gather every site's news; article pages are the portal's own (the others live on their sites).
    await addNews(unit, allNews.slice(0, 100))
    add(unit, 'peringatan/', 'notice-list', noticeLists(unit, [PROVINCE, ...opdUnits]), { title: 'Peringatan dini', description: `Informasi serta merta dari ${provinceName} dan seluruh OPD.`, searchType: 'Peringatan', breadcrumbs: crumbs(unit, ['Peringatan']) })
    add(unit, 'produk-hukum/', 'legal-documents', { site, documents: await fileList(unit, 'legal-documents', (d) => `${9999 - Number(d.year)}|${S(d.number)}`) }, { title: 'Produk hukum', description: `Peraturan daerah, peraturan dan keputusan gubernur ${provinceName}.`, searchType: 'Produk hukum', breadcrumbs: crumbs(unit, ['Produk Hukum']) })
    // The transparency page: the same engine as the CMS and the command line, on what is published.
    const report = evaluate(rulebook.rules, rulebook.version, { ...snapshot, links: compliance.links, complaints: compliance.complaints.opds, requests: compliance.requests.opds }, today, rulebook.warnings)
    const categoryLabel = (id: string) => CATEGORIES.find((c) => c.id === id)!.label.id
    const ruleTitle = new Map(RULES.map((rule) => [rule.id, rule.title.id]))
    const opdReports = report.opds.map((o) => ({
      name: o.name,
      href: urls.href(unit, o.slug),
      evidence: urls.href(unit, unit, `kepatuhan/${o.slug}/`),
      score: o.score,
      categoryLabel: categoryLabel(o.category),
      // The stored months, then today's score, unless today's report already closed this month.
      trend: [...(compliance.history[o.slug]?.trend ?? []).filter((m) => m.month !== report.at.slice(0, 7)), { month: report.at.slice(0, 7), score: o.score }].slice(-12),
      failures: o.failures.map((f) => {
        const since = compliance.history[o.slug]?.failingSince[f.rule]
        return { title: ruleTitle.get(f.rule)!, legalBasis: f.legalBasis.join('; '), message: f.message.id, ...(f.item ? { item: f.item } : {}), ...(since ? { since } : {}) }
      }),
    }))
    model.files[urls.file(unit, 'kepatuhan/laporan.json')] = `${JSON.stringify(reportJson(report), null, 2)}\n`
    openData.compliance(reportJson(report))
    add(
      unit,
      'kepatuhan/',
      'compliance',
      {
        site,
        at: report.at,
        rulebookVersion: report.rulebookVersion,
        warnings: report.warnings.map((w) => w.id),
        province: { score: report.province.score, categoryLabel: categoryLabel(report.province.category) },
        categories: CATEGORIES.map((c) => ({ label: c.label.id, min: c.min, count: report.summary.categories[c.id] })),
        opds: opdReports,
        download: urls.href(unit, unit, 'kepatuhan/laporan.json'),
      },
      { title: 'Kepatuhan keterbukaan informasi', description: `Skor kepatuhan setiap OPD ${provinceName} terhadap kewajiban publikasi UU 14/2008 dan UU 25/2009.`, breadcrumbs: crumbs(unit, ['Kepatuhan']) },
    )
    // The evidence pack of each OPD: every obligation that applies, its basis, and the page that shows it.
    for (const o of report.opds) {
      const servesPublic = opdBySlug.get(o.slug)?.servesPublic === true
      const failures = new Map<string, string[]>()
      for (const f of o.failures) failures.set(f.rule, [...(failures.get(f.rule) ?? []), f.item ? `${f.item}: ${f.message.id}` : f.message.id])
      const obligations = rulebook.rules.filter((r) => r.appliesTo === 'every_opd' || (r.appliesTo === 'public_service_opd' && servesPublic)).map((rule) => {
        const [label, path] = EVIDENCE_PAGES[fixedIn(rule.check)] ?? ['Beranda', '']
        return {
          title: rule.title.id,
          legalBasis: basis(rule).join('; '),
          met: !failures.has(rule.id),
          evidence: { label, href: urls.href(unit, o.slug, path) },
          problems: failures.get(rule.id) ?? [],
        }
      })
      add(unit, `kepatuhan/${o.slug}/`, 'compliance-evidence', { site, opdName: o.name, at: report.at, rulebookVersion: report.rulebookVersion, score: o.score, categoryLabel: categoryLabel(o.category), obligations }, {
        title: `Berkas bukti ${o.name}`,
        description: `Kewajiban publikasi ${o.name}, dasar hukumnya dan buktinya.`,
        breadcrumbs: crumbs(unit, ['Kepatuhan', 'kepatuhan/'], [o.name]),
      })
    }
    addComplaintForm(unit, opds.map((opd) => ({ value: S(opd.slug), label: S(opd.name) })))
    add(unit, 'cari/', 'search', { site, opds: [{ value: provinceName, label: provinceName }, ...opds.map((opd) => ({ value: S(opd.name), label: S(opd.name) }))], types: SEARCH_TYPES }, { title: 'Pencarian', description: `Cari di portal ${provinceName} dan seluruh situs OPD.`, breadcrumbs: crumbs(unit, ['Pencarian']) })
    // For other agencies' systems: the public API, its limits, keys and webhooks, generated from schemas/.
    add(unit, 'api/', 'api-docs', apiDocsProps({ site, cms: citizen.cms }), { title: 'API data terbuka', description: `Membaca informasi publik ${provinceName} lewat API GraphQL dan REST: contoh, batas, kunci API dan webhook.`, breadcrumbs: crumbs(unit, ['API data terbuka']) })
  }

  const openData = createOpenData({ snapshot, render, urls, assets, model, add, crumbs, organisation, realisationsByYear })
  for (const unit of [PROVINCE, ...opds.map((opd) => S(opd.slug))]) model.sites[unit] = siteOf(unit)
  const clash = opds.find((opd) => RESERVED_OPD_SLUGS.includes(S(opd.slug)))
  if (clash) throw new Error(`Slug OPD "${clash.slug}" bertabrakan dengan halaman portal; ganti slug OPD ${clash.name}.`)
  for (const unit of render) {
    if (unit === PROVINCE) await renderPortal()
    else await renderOpd(unit)
  }
  await openData.publish()
  for (const unit of render) writeSitemap(model, unit, urls)
  // On one origin the root robots.txt is every site's; on separate hosts each OPD folder has its own.
  const sitemaps = urls.mode === 'paths' ? [PROVINCE, ...opds.map((opd) => S(opd.slug))] : [PROVINCE]
  model.files['robots.txt'] = `User-agent: *\nAllow: /\n${sitemaps.map((u) => `Sitemap: ${urls.absolute(u, 'sitemap.xml')}\n`).join('')}`
  return model
}

/** Types offered as a search filter, as pages label themselves. */
export const SEARCH_TYPES = ['Layanan', 'Profil', 'Perencanaan', 'Program', 'Anggaran', 'PPID', 'Berita', 'Peringatan', 'Produk hukum', 'Data', 'OPD']

const writeSitemap = (model: SiteModel, unit: string, urls: Urls) => {
  const locations = model.pages
    .filter((p) => p.unit === unit)
    .map((p) => p.page.layout.canonical)
    .sort()
  model.files[urls.file(unit, 'sitemap.xml')] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...locations.map((loc) => `<url><loc>${xml(loc)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n')
  if (unit !== PROVINCE && urls.mode === 'hosts') model.files[urls.file(unit, 'robots.txt')] = `User-agent: *\nAllow: /\nSitemap: ${urls.absolute(unit, 'sitemap.xml')}\n`
}

const sortBy = <X>(items: readonly X[], key: (item: X) => string, descending = false): X[] =>
  [...items].sort((a, b) => {
    const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0
    return descending ? -order : order
  })

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const rfc822 = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`)
  return `${DAYS[d.getUTCDay()]}, ${String(d.getUTCDate()).padStart(2, '0')} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 00:00:00 +0700`
}
