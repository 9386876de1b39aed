import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { demoProvince } from './seed/data.ts'
import { scaleSnapshot } from './bench/synthetic.ts'
import { buildSites, type BuildOptions, type BuildSummary } from '../sites/lib/build.ts'
import { createCmsClient } from '../sites/lib/cms-client.ts'
import { fetchSnapshot } from '../sites/lib/snapshot.ts'
import { launchBrowser } from '../tests/helpers/browser.ts'
import { startCms } from '../tests/helpers/server.ts'

/**
 * `npm run bench:sites`: the figures of the sites issue, on a real `npm start` (CMS, builder, static
 * server) in a temporary folder. Targets: one-OPD rebuild < 5 s, publish-to-live < 10 s, median page
 * < 14 KB gzip and none > 50 KB (HTML with its inline CSS; images excluded), 20,000 pages as close to a
 * plain static generator as possible (Hugo: about 9 s here).
 */
const PORT = 3951
const SITES_PORT = 4951
const work = mkdtempSync(path.join(tmpdir(), 'portal-bench-sites-'))
const sites = `http://localhost:${SITES_PORT}`
const layout = { mode: 'paths' as const, origin: sites }
const results: string[] = []
const report = (line: string) => {
  results.push(line)
  console.log(`» ${line}`)
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith('.html') ? [full] : []
  })
const bytesUnder = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? bytesUnder(path.join(dir, entry.name)) : statSync(path.join(dir, entry.name)).size), 0)

const describeBuild = (label: string, summary: BuildSummary) => {
  const t = summary.timings
  report(`${label}: ${summary.seconds.toFixed(2)} s for ${summary.pages} pages (${Math.round(summary.pages / summary.seconds)} pages/s); fetch+check ${t.fetch} s, model ${t.model} s, render ${t.render} s, search index ${t.index} s`)
}

const cms = await startCms(PORT, { SITES_PORT: String(SITES_PORT), SITES_BUILDER_PORT: String(SITES_PORT + 1), SITES_DIR: path.join(work, 'live') })
try {
  const firstStart = cms.output().match(/ready after ([\d.]+) s/)?.[1]
  report(`npm start on an empty folder, first site build included: ready after ${firstStart} s`)
  const options = (outDir: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({ cms: cms.url, outDir: path.join(work, outDir), layout, ...extra })

  // Demo province: cold (images converted by sharp) and warm (converted images cached).
  describeBuild('demo province, full build, cold image cache', await buildSites(options('demo')))
  const demo = await buildSites(options('demo'))
  describeBuild('demo province, full build', demo)
  const single: number[] = []
  for (let i = 0; i < 3; i++) single.push((await buildSites(options('demo', { opds: ['dinkes'] }))).seconds)
  single.sort((a, b) => a - b)
  report(`one-OPD rebuild (dinkes and the portal, others carried over): median ${single[1]!.toFixed(2)} s of 3 (${single.map((s) => s.toFixed(2)).join(', ')}); target < 5 s ${single[1]! < 5 ? 'met' : 'MISSED'}`)

  // Page weight of every page of the demo build.
  const demoLive = realpathSync(path.join(work, 'demo', 'sites'))
  const sizes = htmlFiles(demoLive)
    .map((file) => gzipSync(readFileSync(file), { level: 9 }).length)
    .sort((a, b) => a - b)
  const over14 = sizes.filter((s) => s > 14 * 1024).length
  const over50 = sizes.filter((s) => s > 50 * 1024).length
  report(
    `page weight (HTML with inline CSS, gzip -9), ${sizes.length} pages: median ${kb(percentile(sizes, 0.5))}, p90 ${kb(percentile(sizes, 0.9))}, max ${kb(sizes.at(-1)!)}; over 14 KB: ${over14}, over 50 KB: ${over50}; targets ${percentile(sizes, 0.5) < 14 * 1024 && over50 === 0 ? 'met' : 'MISSED'}`,
  )
  report(`search index: ${kb(bytesUnder(path.join(demoLive, 'pagefind')))} in all`)

  // The workflow through REST: Dinkes's editor saves and submits, a Kominfo reviewer publishes; then poll the
  // static server until the change is served (timed from the publish step).
  const { users } = demoProvince(new Date())
  const login = async (user: { email: string; password: string }) =>
    ((await (await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: user.email, password: user.password }) })).json()) as { token: string }).token
  const reviewer = await login(users.find((u) => u.role === 'kominfo-reviewer')!)
  const editor = await login(users.find((u) => u.role === 'opd-editor' && u.opds.includes('dinkes'))!)
  const call = async (path: string, method: string, body: unknown, token: string) => {
    const response = await fetch(`${cms.url}/api/${path}`, { method, headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify(body) })
    if (!response.ok) throw new Error(`${method} ${path} failed: HTTP ${response.status} ${await response.text()}`)
  }
  const service = ((await (await fetch(`${cms.url}/api/services?where[opd.slug][equals]=dinkes&limit=1&depth=0`)).json()) as { docs: { id: number; slug: string; summary: string }[] }).docs[0]!
  const latencies: number[] = []
  for (let i = 0; i < 3; i++) {
    const word = `Benchkata${i}x${Date.now().toString(36)}`
    await call(`services/${service.id}`, 'PATCH', { summary: `${service.summary} ${word}` }, editor)
    await call(`services/${service.id}/workflow`, 'POST', { action: 'submit' }, editor)
    const started = performance.now()
    await call(`services/${service.id}/workflow`, 'POST', { action: 'publish' }, reviewer)
    for (;;) {
      if ((await (await fetch(`${sites}/dinkes/layanan/${service.slug}/`)).text()).includes(word)) break
      if (performance.now() - started > 120_000) throw new Error(`the change did not go live within 2 minutes; the CMS said:\n${cms.output().slice(-4000)}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    latencies.push((performance.now() - started) / 1000)
  }
  latencies.sort((a, b) => a - b)
  report(`publish-to-live (REST publish until the static server serves it; the search index is swapped in with the pages): median ${latencies[1]!.toFixed(2)} s of 3 (${latencies.map((s) => s.toFixed(2)).join(', ')}); target < 10 s ${latencies[1]! < 10 ? 'met' : 'MISSED'}`)

  // What a first search downloads, in a real browser, and that the last published word is found.
  if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    const browser = await launchBrowser()
    const page = await browser.newPage()
    let searchBytes = 0
    let atLoad = 0
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) searchBytes += (await response.body().catch(() => Buffer.alloc(0))).length
    })
    await page.goto(`${sites}/cari/`)
    atLoad = searchBytes
    await page.goto(`${sites}/cari/?q=layanan+kesehatan`)
    await page.locator('main mark').first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    report(`first search ("layanan kesehatan"): ${kb(searchBytes)} downloaded from the index (${kb(atLoad)} before a query is typed)`)
    await browser.close()
  }

  // A synthetic province ten times larger: every OPD cloned ten times, page-bearing items multiplied.
  const base = await fetchSnapshot(createCmsClient({ endpoint: `${cms.url}/api/graphql` }))
  const big = scaleSnapshot(base, 10, 20)
  const large = await buildSites(options('large', { source: async () => big }))
  describeBuild(`synthetic province x10 (${Object.keys(big.units).length - 1} OPDs), full build, cold image outputs`, large)
  describeBuild('synthetic province x10, full build again', await buildSites(options('large', { source: async () => big })))
} finally {
  await cms.stop()
  rmSync(work, { recursive: true, force: true })
}
console.log(`\nSummary (${new Date().toISOString().slice(0, 10)}, ${(await import('node:os')).cpus().length} cores):\n${results.map((r) => `- ${r}`).join('\n')}`)
