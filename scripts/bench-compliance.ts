import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * `npm run bench:compliance`: the compliance report of the demo province (target < 300 ms) and of a
 * synthetic province ten times larger (target < 3 s), on a throw-away embedded database seeded with the demo.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'portal-bench-compliance-'))
process.env.DATA_DIR = dir
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PAYLOAD_SECRET ??= 'bench-only-secret'
process.env.LOG_LEVEL = 'error'
const { openPayload } = await import('./lib/payload.ts')
const { loadDemoProvince } = await import('./seed/load.ts')
const { loadComplianceContent } = await import('../cms/compliance/content.ts')
const { evaluate, externalLinks, RULEBOOK_VERSION, RULES, todayInJakarta } = await import('../schemas/compliance/index.ts')
const { scaleSnapshot } = await import('./bench/synthetic.ts')

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const time = async <T>(runs: number, work: () => Promise<T> | T): Promise<{ ms: number; result: T }> => {
  const times: number[] = []
  let result!: T
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    result = await work()
    times.push(performance.now() - started)
  }
  return { ms: median(times), result }
}

const payload = await openPayload()
try {
  await loadDemoProvince(payload, new Date())
  // The worst case for the link rule: every external address failed its last check.
  const broken = (url: string) => ({ url, ok: false, status: 404, error: 'halaman tidak ditemukan (HTTP 404)', checkedAt: new Date().toISOString(), brokenSince: new Date().toISOString(), usedIn: 'bench' })
  for (const url of new Set(externalLinks(await loadComplianceContent(payload)).map((l) => l.url))) await payload.create({ collection: 'link-checks', data: broken(url), overrideAccess: true })
  const at = todayInJakarta()
  const load = await time(5, () => loadComplianceContent(payload))
  const demo = await time(5, () => evaluate(RULES, RULEBOOK_VERSION, load.result, at))
  const total = load.ms + demo.ms
  console.log(`demo province (${demo.result.opds.length} OPDs, every external address broken): read the published content ${load.ms.toFixed(0)} ms + evaluate ${demo.ms.toFixed(1)} ms = ${total.toFixed(0)} ms; target < 300 ms ${total < 300 ? 'met' : 'MISSED'}`)
  const large = scaleSnapshot(load.result as never, 10, 20) as unknown as typeof load.result
  large.links = [...new Set(externalLinks(large).map((l) => l.url))].map(broken)
  const documents = Object.values(large.units).reduce((n, unit) => n + Object.values(unit).reduce((m, docs) => m + docs.length, 0), 0)
  const big = await time(5, () => evaluate(RULES, RULEBOOK_VERSION, large, at))
  console.log(`synthetic province x10 (${big.result.opds.length} OPDs, ${documents} documents): evaluate ${big.ms.toFixed(0)} ms; target < 3 s ${big.ms < 3000 ? 'met' : 'MISSED'} (reading ten times the content from the database is not included)`)
} finally {
  await payload.destroy()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
