import { closeSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync, copyFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawn } from 'node:child_process'
import * as pagefind from 'pagefind'
import { ANONYMOUS_MAX_LIMIT } from '../../schemas/api.ts'
import { applyOverrides, todayInJakarta, type LinkStatus, type RuleOverride } from '../../schemas/compliance/index.ts'
import { createAssets } from './assets.ts'
import { createCmsClient } from './cms-client.ts'
import { politeFetch } from './politeFetch.ts'
import { buildModel, type CitizenInputs, type ComplianceInputs, type SiteModel } from './model.ts'
import { checkSnapshot, fetchSnapshot, PROVINCE, type Problem, type Snapshot } from './snapshot.ts'
import { writeRedirects, type Redirect } from './redirects.ts'
import { createUrls, type SiteLayout } from './urls.ts'

const sitesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = path.resolve(sitesRoot, '..')

export interface BuildOptions {
  /** Origin of the CMS, e.g. http://localhost:3000: the builder reads its public GraphQL API and files. */
  cms: string
  /** The CMS's origin as citizens reach it (the complaint form posts there); `cms` when not given. */
  cmsPublic?: string
  /** Folder holding the live output (`<outDir>/sites`, a link to the current build) and the builds. */
  outDir: string
  /** Rebuild only these OPDs (and the portal); the other OPD sites are carried over from the live output. */
  opds?: string[]
  layout: SiteLayout
  /** The day the build shows (which emergency notices are active), YYYY-MM-DD; defaults to today in WIB. */
  today?: string
  log?: (line: string) => void
  /** Where the content comes from; by default the CMS's public GraphQL API. */
  source?: () => Promise<Snapshot>
}

export interface BuildSummary {
  /** Units rendered from fresh content ('' is the portal). */
  rendered: string[]
  /** Units whose fresh content broke the contract: shown as last built, with the reasons. */
  kept: { unit: string; problems: Problem[] }[]
  /** Units carried over unchanged from the live output. */
  carried: string[]
  pages: number
  files: number
  seconds: number
  /** The folder now live. */
  output: string
  /** Seconds spent per step: fetch and check, model and files, Astro, Pagefind, swap. */
  timings: Record<'fetch' | 'model' | 'render' | 'index' | 'publish', number>
}

/** A build that cannot start or finish; the live sites are untouched. */
export class BuildError extends Error {
  override name = 'BuildError'
}

/**
 * Builds the portal and the OPD sites from what the CMS publishes, into a new folder, and makes it live
 * only once it is complete. A unit whose content breaks the contract is rendered from its last good
 * content instead; a CMS that cannot be reached fails the build before anything is written.
 */
export const buildSites = async (options: BuildOptions): Promise<BuildSummary> => {
  const started = performance.now()
  const timings = { fetch: 0, model: 0, render: 0, index: 0, publish: 0 }
  let lap = started
  const step = (name: keyof typeof timings) => {
    const now = performance.now()
    timings[name] = Math.round(now - lap) / 1000
    lap = now
  }
  const log = options.log ?? (() => {})
  const outDir = path.resolve(options.outDir)
  const liveLink = path.join(outDir, 'sites')
  mkdirSync(path.join(outDir, 'builds'), { recursive: true })
  const release = lock(outDir)
  const buildDir = path.join(outDir, 'builds', `${Date.now().toString(36)}-${process.pid}`)
  try {
    log(`Mengambil konten terbit dari CMS (${options.cms})...`)
    const client = createCmsClient({ endpoint: new URL('/api/graphql', options.cms).href })
    let fetched: Snapshot
    let compliance: ComplianceInputs
    let redirects: Redirect[]
    let citizen: CitizenInputs
    try {
      ;[fetched, compliance, redirects, citizen] = await Promise.all([
        (options.source ?? (() => fetchSnapshot(client)))(),
        fetchCompliance(options.cms),
        fetchRedirects(options.cms),
        fetchCitizen(options.cms, options.cmsPublic, options.today),
      ])
    } catch (error) {
      throw new BuildError(`CMS tidak dapat dibaca di ${options.cms}: ${(error as Error).message}. Situs yang tayang tidak berubah.`)
    }
    const { content, failed } = checkSnapshot(fetched)
    const live = liveBuild(liveLink)
    const previous = live ? readPrevious(live) : undefined

    const opdSlugs = Object.keys(content.units).filter((unit) => unit !== PROVINCE)
    const unknown = (options.opds ?? []).filter((slug) => !opdSlugs.includes(slug))
    if (unknown.length > 0) throw new BuildError(`OPD tidak dikenal: ${unknown.join(', ')}. OPD yang ada: ${opdSlugs.sort().join(', ')}`)

    // A unit whose content breaks the contract keeps its last good content, or has no site until fixed.
    const kept: BuildSummary['kept'] = []
    for (const [unit, problems] of failed) {
      kept.push({ unit, problems })
      const last = unit === PROVINCE ? previous?.units[PROVINCE] : previous?.units[unit]
      if (unit === PROVINCE && !previous) throw new BuildError(`Konten tingkat provinsi melanggar standar dan belum ada situs sebelumnya:\n${describe(problems)}`)
      if (unit === PROVINCE) content.province = previous!.province
      if (last) content.units[unit] = last
      else {
        delete content.units[unit]
        content.units[PROVINCE]!.opds = content.units[PROVINCE]!.opds!.filter((opd) => opd.slug !== unit)
      }
      log(`! ${unit || 'Portal'}: ${problems.length} masalah; ${last ? 'ditampilkan seperti build terakhir' : 'belum ada situs'}:\n${describe(problems)}`)
    }

    const wanted = options.opds && live ? options.opds.filter((slug) => slug in content.units) : Object.keys(content.units).filter((u) => u !== PROVINCE)
    const render = [PROVINCE, ...wanted.sort()]
    const carried = live ? opdSlugs.filter((slug) => !render.includes(slug) && existsSync(path.join(live, slug))) : []

    step('fetch')
    const layout: SiteLayout = { ...options.layout, domain: options.layout.domain ?? String(content.province.domain) }
    const urls = createUrls(layout)
    const assets = createAssets({ cms: options.cms, cacheDir: path.join(outDir, 'cache'), urls })
    const model = await buildModel({ snapshot: content, render, urls, assets, today: options.today ?? todayInJakarta(), compliance, citizen })

    step('model')
    const site = path.join(buildDir, 'site')
    log(`Merender ${model.pages.length} halaman: portal dan ${render.length - 1} OPD${carried.length ? ` (${carried.length} OPD lain dibawa dari build sebelumnya)` : ''}...`)
    await renderWithAstro(model, buildDir, site, layout.origin, render, log)
    for (const [file, text] of Object.entries(model.files)) writeText(path.join(site, file), text)
    for (const [file, source] of assets.outputs) place(source, path.join(site, file))
    for (const slug of carried) linkTree(path.join(live!, slug), path.join(site, slug))
    const moved = writeRedirects(site, redirects, opdSlugs.filter((slug) => slug in content.units), urls)
    if (redirects.length) log(`${Object.keys(moved).length} halaman alamat lama OPD dialihkan (${redirects.map((r) => `${r.from} -> ${r.to}`).join(', ')})`)
    step('render')

    log('Membangun indeks pencarian...')
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' })
    if (!index) throw new BuildError(`Pagefind: ${errors.join('; ')}`)
    const indexed = await index.addDirectory({ path: site })
    if (indexed.errors.length > 0) throw new BuildError(`Pagefind: ${indexed.errors.join('; ')}`)
    await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
    await pagefind.close()
    step('index')

    writeFileSync(path.join(buildDir, 'content.json'), JSON.stringify(content))
    swapLive(liveLink, site)
    pruneBuilds(outDir, buildDir)
    step('publish')
    const summary: BuildSummary = {
      rendered: render,
      kept,
      carried,
      pages: model.pages.length,
      files: countFiles(site),
      seconds: Math.round(performance.now() - started) / 1000,
      output: site,
      timings,
    }
    log(
      `Selesai dalam ${summary.seconds} s: ${summary.pages} halaman dirender (portal dan ${render.length - 1} OPD), ${carried.length} OPD dibawa, ${kept.length} unit ditahan karena melanggar standar; ${indexed.page_count} halaman terindeks; ${summary.files} berkas tayang.`,
    )
    return summary
  } catch (error) {
    rmSync(buildDir, { recursive: true, force: true })
    throw error
  } finally {
    release()
  }
}

/** Below this many pages one Astro process is quicker than several (each costs a couple of seconds to start). */
const PAGES_PER_EXTRA_PROCESS = 3000

/**
 * Runs Astro over the model in child processes, one per core for large builds, each rendering whole
 * units into its own folder, then merged; their page lines become progress (OPD n of N, pages so far).
 */
const renderWithAstro = async (model: SiteModel, buildDir: string, site: string, origin: string, render: string[], log: (line: string) => void) => {
  const processes = Math.max(1, Math.min(availableParallelism(), Math.ceil(model.pages.length / PAGES_PER_EXTRA_PROCESS)))
  // Whole units per process, balanced by page count.
  const counts = new Map<string, number>()
  for (const page of model.pages) counts.set(page.unit, (counts.get(page.unit) ?? 0) + 1)
  const shards = Array.from({ length: processes }, () => ({ units: new Set<string>(), pages: 0 }))
  for (const unit of [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1))) {
    const lightest = shards.reduce((min, shard) => (shard.pages < min.pages ? shard : min))
    lightest.units.add(unit)
    lightest.pages += counts.get(unit)!
  }
  let rendered = 0
  const seen = new Set<string>()
  const onPage = (unit: string) => {
    rendered++
    if (seen.has(unit)) return
    seen.add(unit)
    log(`  ${unit ? `OPD ${render.indexOf(unit)} dari ${render.length - 1}: ${unit}` : 'Portal'} (${rendered} halaman sejauh ini)`)
  }
  mkdirSync(buildDir, { recursive: true })
  const outputs = await Promise.all(
    shards.map((shard, i) => {
      const out = processes === 1 ? site : path.join(buildDir, `part-${i}`)
      const part: SiteModel = { sites: model.sites, pages: model.pages.filter((page) => shard.units.has(page.unit)), files: {} }
      return renderPart(part, path.join(buildDir, `model-${i}.json`), out, origin, onPage).then(() => out)
    }),
  )
  if (processes > 1) for (const out of outputs) moveTree(out, site)
}

/** Renders a model with Astro in a child process into `out`; `onPage` hears each page's unit as it is written. */
export const renderPart = (model: SiteModel, modelFile: string, out: string, origin: string, onPage: (unit: string) => void) =>
  new Promise<void>((resolve, reject) => {
    writeFileSync(modelFile, JSON.stringify(model))
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(sitesRoot, 'lib', 'render-child.ts')], {
      cwd: repoRoot,
      env: { ...process.env, SITES_MODEL: modelFile, SITES_OUT: out, SITES_ORIGIN: origin },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let errors = ''
    let partial = ''
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk).split('\n')
      partial = lines.pop()!
      for (const line of lines) if (line.startsWith('@page ')) onPage(line.slice('@page '.length))
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk))
    child.on('close', (code) => {
      rmSync(modelFile, { force: true })
      if (code === 0) resolve()
      else reject(new BuildError(`Astro gagal merender halaman:\n${errors.slice(-4000)}`))
    })
  })

/** Moves a folder's content into another, merging folders both have (units never share a page). */
const moveTree = (from: string, to: string) => {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (!existsSync(target)) renameSync(source, target)
    else if (entry.isDirectory()) moveTree(source, target)
  }
  rmSync(from, { recursive: true, force: true })
}

/** The builder's REST reads, held to the same manners as its GraphQL ones. */
const cmsFetch = politeFetch()

/** Every document of a public REST list, page by page: anonymous readers, the builder included, get ANONYMOUS_MAX_LIMIT a page at most. */
const fetchEveryPage = async <T>(cms: string, path: string): Promise<{ docs: T[] }> => {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const url = new URL(path, cms)
    for (const [name, value] of [['limit', ANONYMOUS_MAX_LIMIT], ['page', page], ['sort', 'id']] as const) url.searchParams.set(name, String(value))
    const response = await cmsFetch(url)
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`)
    const body = (await response.json()) as { docs: T[]; hasNextPage?: boolean }
    docs.push(...body.docs)
    if (!body.hasNextPage) return { docs }
  }
}

/**
 * What the transparency page needs beside the content, all public: Kominfo's adjustments of the rules, the
 * link checker's results and the complaint and request counts (so the sites score exactly as the CMS does) and each OPD's history.
 */
const fetchCompliance = async (cms: string): Promise<ComplianceInputs> => {
  const get = async <T>(path: string): Promise<T> => {
    const response = await cmsFetch(new URL(path, cms))
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
    return (await response.json()) as T
  }
  const [overrides, links, history, complaints, requests] = await Promise.all([
    fetchEveryPage<RuleOverride>(cms, '/api/compliance-overrides?depth=0'),
    fetchEveryPage<LinkStatus>(cms, '/api/link-checks?depth=0'),
    get<{ opds: ComplianceInputs['history'] }>('/api/compliance/history'),
    get<ComplianceInputs['complaints']>('/api/aduan/statistik'),
    get<ComplianceInputs['requests']>('/api/ppid/statistik'),
  ])
  return { rulebook: applyOverrides(overrides.docs), links: links.docs, history: history.opds, complaints, requests }
}

/** The province's rules for the complaint form (answer deadline, retention), public in the CMS. */
export const fetchCitizen = async (cms: string, cmsPublic = cms, today = todayInJakarta()): Promise<CitizenInputs> => {
  const get = async <T>(path: string): Promise<T> => {
    const response = await cmsFetch(new URL(path, cms))
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
    return (await response.json()) as T
  }
  const year = Number(today.slice(0, 4))
  const [settings, ...requestReports] = await Promise.all([
    get<{ complaintDays?: number; retentionDays?: number }>('/api/globals/citizen-settings?depth=0'),
    get<CitizenInputs['requestReports'][number]>(`/api/ppid/laporan?tahun=${year}`),
    get<CitizenInputs['requestReports'][number]>(`/api/ppid/laporan?tahun=${year - 1}`),
  ])
  return { cms: cmsPublic, complaintDays: settings.complaintDays ?? 5, retentionDays: settings.retentionDays ?? 730, requestReports }
}

/** Old OPD addresses and their successors, public in the CMS (cms/restructure). */
const fetchRedirects = async (cms: string): Promise<Redirect[]> => {
  const { docs } = await fetchEveryPage<{ from: string; to: { slug?: string } | number; also?: ({ slug?: string } | number)[] }>(cms, '/api/opd-redirects?depth=1')
  // A successor the public cannot see (dissolved in turn) has no site to lead to.
  const slug = (opd: { slug?: string } | number) => (typeof opd === 'object' ? opd.slug : undefined)
  return docs.flatMap((doc) => {
    const to = slug(doc.to)
    return to ? [{ from: doc.from, to, also: (doc.also ?? []).map(slug).filter((s): s is string => Boolean(s)) }] : []
  })
}

const describe = (problems: Problem[]) => problems.map((p) => `    ${p.type} "${p.item}": kolom ${p.path}: ${p.message}`).join('\n')

/** The folder the live link points at, if any build is live. */
const liveBuild = (liveLink: string): string | undefined => {
  try {
    return realpathSync(liveLink)
  } catch {
    return undefined
  }
}

const readPrevious = (live: string): Snapshot | undefined => {
  const file = path.join(path.dirname(live), 'content.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Snapshot) : undefined
}

/** One build at a time per output folder; a lock left by a dead process is taken over. */
const lock = (outDir: string) => {
  const file = path.join(outDir, '.build.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx')
      writeFileSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(file, { force: true })
    } catch {
      const holder = Number(readFileSync(file, 'utf8'))
      if (holder && isAlive(holder)) throw new BuildError(`Build lain (proses ${holder}) sedang berjalan di ${outDir}`)
      rmSync(file, { force: true })
    }
  }
  throw new BuildError(`Tidak dapat mengunci ${outDir}`)
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Points the live link at the new build in one rename, so a reader sees either the old or the new site. */
const swapLive = (liveLink: string, site: string) => {
  const next = `${liveLink}.next`
  rmSync(next, { force: true })
  symlinkSync(path.relative(path.dirname(liveLink), site), next)
  if (existsSync(liveLink) && !statSync(liveLink, { throwIfNoEntry: false })?.isDirectory()) unlinkSync(liveLink)
  renameSync(next, liveLink)
}

/** Keeps the live build and the one before it (a reader may still be inside it). */
const pruneBuilds = (outDir: string, current: string) => {
  const builds = readdirSync(path.join(outDir, 'builds'))
    .map((name) => path.join(outDir, 'builds', name))
    .filter((dir) => dir !== current)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  for (const old of builds.slice(1)) rmSync(old, { recursive: true, force: true })
}

const writeText = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/** Hard-links a cached file into the build (never modified in place), copying across file systems. */
const place = (source: string, target: string) => {
  mkdirSync(path.dirname(target), { recursive: true })
  try {
    linkSync(source, target)
  } catch {
    copyFileSync(source, target)
  }
}

const linkTree = (from: string, to: string) => {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) linkTree(source, target)
    else if (!existsSync(target)) place(source, target)
  }
}

const countFiles = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1), 0)
