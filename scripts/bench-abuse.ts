import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import pluralize from 'pluralize'
import { ANONYMOUS_MAX_LIMIT, GRAPHQL_MAX_ALIASES, GRAPHQL_MAX_COST } from '../schemas/api.ts'
import { CONTENT_TYPES } from '../schemas/index.ts'
import { listQueryName, selectionOf } from '../sites/lib/selection.ts'
import { demoProvince } from './seed/data.ts'
import { startCms } from '../tests/helpers/server.ts'
import { lyingZipBomb } from '../tests/helpers/zipBomb.ts'

/**
 * `npm run bench:abuse`: what one anonymous client can cost the CMS within its limits, on a throw-away
 * `npm start` reached as through the province's reverse proxy (TRUSTED_PROXIES=127.0.0.1, each client its
 * own address in X-Forwarded-For). Prints
 * (a) the most expensive GraphQL query the limits allow (the largest page each query shape may have,
 *     found by asking the CMS, then timed) and its time;
 * (b) an editor's API GET, median and p95, quiet and while 20 clients keep sending that query;
 * (c) the peak RSS of the CMS's Next process while an editor uploads a lying zip (150 MB declared as
 *     100 bytes) to the spreadsheet import, which must refuse it;
 * with the machine's core count.
 */
const PORT = 3971
const CLIENTS = 20
const FLOOD_SECONDS = 20
const work = mkdtempSync(path.join(tmpdir(), 'portal-bench-abuse-'))
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1)!, count: sorted.length }
}
const ms = (values: number[]) => {
  const s = summary(values)
  return `median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, max ${s.max.toFixed(0)} ms (${s.count} requests)`
}

/** The builder's own selection of a type (every published field, relations as ids), as a list query. */
const builderShape = (slug: string) => {
  const type = CONTENT_TYPES.find((candidate) => candidate.slug === slug)!
  return (limit: number) => `${listQueryName(type, pluralize.singular)}(limit: ${limit}) { docs { id ${selectionOf(type.fields.shape)} } }`
}

/** Query shapes a hostile client would pick: the widest selections of the largest lists, and relations followed up a chain. */
const SHAPES: Record<string, (limit: number) => string> = {
  'programmes with OPD and three levels of parents': (limit) => `Programmes(limit: ${limit}) { docs { id code name level opd { slug name } parent { code name opd { slug name } parent { code name parent { code name } } } indicators { name unit year target } } }`,
  'services, every published field': builderShape('services'),
  'budget realisations, every published field': builderShape('budget-realisations'),
  'news, every published field': builderShape('news'),
}
const aliased = (shape: (limit: number) => string, aliases: number, limit: number) => `{ ${Array.from({ length: aliases }, (_, i) => `q${i}: ${shape(limit)}`).join(' ')} }`

const cms = await startCms(PORT, { SITES_PORT: String(PORT + 1000), SITES_BUILDER_PORT: String(PORT + 1001), SITES_DIR: path.join(work, 'sites'), TRUSTED_PROXIES: '127.0.0.1,::1' })
try {
  let addresses = 0
  const graphql = async (query: string, address = `198.51.100.${(addresses++ % 200) + 1}`) => {
    const started = performance.now()
    const response = await fetch(`${cms.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body: JSON.stringify({ query }) })
    const text = await response.text()
    return { status: response.status, text, ms: performance.now() - started }
  }

  // (a) For each shape and alias count, the largest page the limits accept, found by bisection.
  const candidates: { label: string; query: string; aliases: number; limit: number }[] = []
  for (const [label, shape] of Object.entries(SHAPES)) {
    const probe = await graphql(aliased(shape, 1, 1))
    if (probe.status !== 200 || probe.text.includes('"errors"')) throw new Error(`${label}: the shape itself is refused: HTTP ${probe.status} ${probe.text.slice(0, 300)}`)
    for (const aliases of [1, 2, 4, GRAPHQL_MAX_ALIASES]) {
      let [low, high] = [0, ANONYMOUS_MAX_LIMIT]
      while (low < high) {
        const limit = Math.ceil((low + high) / 2)
        const answer = await graphql(aliased(shape, aliases, limit))
        if (answer.status === 200 && !answer.text.includes('"errors"')) low = limit
        else if (answer.status === 400 && /terlalu berat/.test(answer.text)) high = limit - 1
        else throw new Error(`${label}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`)
      }
      if (low > 0) candidates.push({ label, query: aliased(shape, aliases, low), aliases, limit: low })
    }
  }
  const timed = []
  for (const candidate of candidates) {
    const times: number[] = []
    for (let i = 0; i < 5; i++) times.push((await graphql(candidate.query)).ms)
    timed.push({ ...candidate, median: summary(times).median, bytes: (await graphql(candidate.query)).text.length })
  }
  timed.sort((a, b) => b.median - a.median)
  const worst = timed[0]!
  console.log(`» machine: ${availableParallelism()} cores; limits: cost ${GRAPHQL_MAX_COST}, ${GRAPHQL_MAX_ALIASES} aliases, ${ANONYMOUS_MAX_LIMIT} documents a page`)
  for (const t of timed) console.log(`  ${t.label}, ${t.aliases} alias(es) x limit ${t.limit}: median ${t.median.toFixed(0)} ms, ${(t.bytes / 1024).toFixed(0)} KB`)
  console.log(`» (a) most expensive allowed query: ${worst.label}, ${worst.aliases} alias(es) x limit ${worst.limit}: median ${worst.median.toFixed(0)} ms alone`)
  const refused = await graphql(aliased(SHAPES['programmes with OPD and three levels of parents']!, 40, 0))
  console.log(`  the issue's 40 aliases of full programme lists: HTTP ${refused.status} in ${refused.ms.toFixed(0)} ms`)

  // (b) An editor reading through the API, quiet and while 20 clients send the worst query in a loop.
  const editor = demoProvince(new Date()).users.find((u) => u.role === 'opd-editor' && u.opds.includes('dinkes'))!
  const login = await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: editor.email, password: editor.password }) })
  const { token } = (await login.json()) as { token: string }
  const editorGet = async () => {
    const started = performance.now()
    const response = await fetch(`${cms.url}/api/services?limit=10&depth=0`, { headers: { authorization: `JWT ${token}` } })
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`editor GET: HTTP ${response.status}`)
    return performance.now() - started
  }
  const quiet: number[] = []
  for (const until = Date.now() + 5000; Date.now() < until; ) quiet.push(await editorGet())
  let flooding = true
  const statuses = new Map<number, number>()
  const floodTimes: number[] = []
  const flood = Array.from({ length: CLIENTS }, async (_, client) => {
    while (flooding) {
      const answer = await graphql(worst.query, `203.0.113.${client + 1}`)
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
      if (answer.status === 200) floodTimes.push(answer.ms)
      else if (answer.status === 503) await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })
  const loaded: number[] = []
  const floodEnds = Date.now() + FLOOD_SECONDS * 1000
  await new Promise((resolve) => setTimeout(resolve, 1000))
  while (Date.now() < floodEnds) {
    loaded.push(await editorGet())
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  flooding = false
  await Promise.all(flood)
  const p95 = summary(loaded).p95
  console.log(`» (b) editor GET /api/services: quiet ${ms(quiet)}; while ${CLIENTS} clients send it for ${FLOOD_SECONDS} s ${ms(loaded)} (target p95 < 500 ms: ${p95 < 500 ? 'met' : 'NOT met'})`)
  console.log(`  the flood: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `HTTP ${status}: ${count}`).join(', ')}; answered queries ${floodTimes.length ? ms(floodTimes) : 'none'}`)

  // (c) The CMS's memory while a lying zip is refused.
  const nextProcess = () => {
    const matches = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
        // Next renames its process (`next-server (v16...)`), so its command line is that title.
        return cmdline.join(' ').includes('next') && environ.includes(`PORT=${PORT}`) ? [pid] : []
      } catch {
        return []
      }
    })
    if (matches.length === 0) throw new Error('the CMS process (next start) was not found')
    return matches
  }
  const rss = (pid: string) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
  const pids = nextProcess()
  const bomb = lyingZipBomb()
  for (let attempt = 1; attempt <= 3; attempt++) {
    const before = Math.max(...pids.map(rss))
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, ...pids.map(rss))), 10)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bomb)]), 'realisasi.xlsx')
    const started = performance.now()
    const response = await fetch(`${cms.url}/api/import/services?opd=dinkes`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    const body = await response.text()
    const took = performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 200))
    clearInterval(sampler)
    const grew = peak - before
    console.log(
      `» (c) lying zip (${(bomb.length / 1024).toFixed(0)} KB, declares 100 bytes, inflates to 150 MB), upload ${attempt}: HTTP ${response.status} in ${took.toFixed(0)} ms, "${(JSON.parse(body) as { errors?: { message: string }[] }).errors?.[0]?.message ?? body.slice(0, 80)}"; CMS RSS ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB (+${grew.toFixed(1)} MB; target < +50 MB: ${grew < 50 ? 'met' : 'NOT met'})`,
    )
    if (response.status !== 400) process.exitCode = 1
  }
  if (p95 >= 500) process.exitCode = 1
} finally {
  await cms.stop()
  rmSync(work, { recursive: true, force: true })
}
