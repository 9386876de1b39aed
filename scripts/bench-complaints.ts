import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { demoProvince } from './seed/data.ts'
import { startCms } from '../tests/helpers/server.ts'

/**
 * `npm run bench:complaints`: a flood of complaints on a real `npm start` on loopback, as if through the
 * province's reverse proxy (TRUSTED_PROXIES=127.0.0.1, the client in X-Forwarded-For). 1,000 submissions
 * from 200 client addresses, 20 of which send far more than the limit allows; meanwhile an editor keeps
 * using the API and the admin. Prints accepted, rate-limited, refused otherwise, and lost (a ticket given
 * without a stored complaint, or a stored complaint whose ticket nobody got): lost must be 0.
 */
const PORT = 3961
const TOTAL = 1000
const CLIENTS = 200
const HEAVY = 20
const IN_FLIGHT = 40
const work = mkdtempSync(path.join(tmpdir(), 'portal-bench-complaints-'))
const run = Date.now().toString(36).toUpperCase()
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!
const ms = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return `median ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (${sorted.length} requests)`
}

const cms = await startCms(PORT, { SITES_PORT: String(PORT + 1000), SITES_BUILDER_PORT: String(PORT + 1001), SITES_DIR: path.join(work, 'sites'), TRUSTED_PROXIES: '127.0.0.1,::1' })
try {
  // Every client sends 4; the 20 heavy ones 10 more each, past the limit of 5 per 10 minutes.
  const clientOf = (k: number) => (k < CLIENTS * 4 ? k % CLIENTS : (k - CLIENTS * 4) % HEAVY)
  const address = (client: number) => `203.0.${113 + Math.floor(client / 250)}.${client % 250}`
  const accepted = new Set<string>()
  const statuses = new Map<number, number>()
  let next = 0
  let flooding = true

  const submit = async (k: number) => {
    const response = await fetch(`${cms.url}/api/aduan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': address(clientOf(k)) },
      body: JSON.stringify({ opd: k % 2 ? 'dinkes' : 'dishub', perihal: `BENCH-${run} pengaduan ${k}`, isi: `Uji beban kanal pengaduan, kiriman nomor ${k}.`, nama: 'Warga Uji Beban', telepon: '0812 0000 0000', setuju: 'ya', situs_web: '' }),
    }).catch(() => undefined)
    const status = response?.status ?? 0
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
    if (status === 201) accepted.add(((await response!.json()) as { ticket: string }).ticket)
    else await response?.arrayBuffer()
  }

  // The editor: signs in, then keeps reading through the API and opening the admin while the flood runs.
  const editor = demoProvince(new Date()).users.find((u) => u.role === 'opd-editor' && u.opds.includes('dinkes'))!
  const login = await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: editor.email, password: editor.password }) })
  const { token } = (await login.json()) as { token: string }
  const EDITOR_URLS = { 'API list': `${cms.url}/api/services?limit=10&depth=0`, 'admin list view': `${cms.url}/admin/collections/complaints` }
  const timesOf = () => Object.fromEntries(Object.keys(EDITOR_URLS).map((name) => [name, [] as number[]]))
  const edit = async (times: Record<string, number[]>, until: () => boolean) => {
    while (!until()) {
      for (const [name, url] of Object.entries(EDITOR_URLS)) {
        const started = performance.now()
        const response = await fetch(url, { headers: { authorization: `JWT ${token}` } })
        await response.arrayBuffer()
        times[name]!.push(performance.now() - started)
      }
    }
  }
  // First the same work without the flood, for comparison.
  const quiet = timesOf()
  const quietUntil = Date.now() + 5000
  await edit(quiet, () => Date.now() > quietUntil)
  const loaded = timesOf()
  const editing = edit(loaded, () => !flooding)

  const started = performance.now()
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < TOTAL) await submit(next++)
    }),
  )
  const seconds = (performance.now() - started) / 1000
  flooding = false
  await editing

  // What was stored, read back by Kominfo.
  const admin = demoProvince(new Date()).users.find((u) => u.role === 'kominfo-admin')!
  const adminLogin = (await (await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: admin.email, password: admin.password }) })).json()) as { token: string }
  const stored = (await (await fetch(`${cms.url}/api/complaints?limit=0&depth=0&where[subject][like]=BENCH-${run}`, { headers: { authorization: `JWT ${adminLogin.token}` } })).json()) as { docs: { ticket: string }[] }
  const storedTickets = new Set(stored.docs.map((d) => d.ticket))
  const lost = [...accepted].filter((t) => !storedTickets.has(t)).length + [...storedTickets].filter((t) => !accepted.has(t)).length

  const limited = statuses.get(429) ?? 0
  const other = [...statuses].filter(([status]) => status !== 201 && status !== 429)
  console.log(`» ${TOTAL} complaints from ${CLIENTS} clients (${HEAVY} over the limit) in ${seconds.toFixed(1)} s (${Math.round(TOTAL / seconds)}/s, ${IN_FLIGHT} in flight)`)
  console.log(`» accepted ${accepted.size}, rate-limited ${limited}, refused otherwise ${other.reduce((n, [, c]) => n + c, 0)}${other.length ? ` (${other.map(([s, c]) => `HTTP ${s}: ${c}`).join(', ')})` : ''}, lost ${lost}`)
  console.log(`» stored ${storedTickets.size}; expected accepted ${CLIENTS * 4 - HEAVY * 4 + HEAVY * 5} (limit 5 per client per 10 minutes)`)
  for (const name of Object.keys(EDITOR_URLS)) console.log(`» editor, ${name}: quiet ${ms(quiet[name]!)}; during the flood ${ms(loaded[name]!)}`)
  if (lost > 0) process.exitCode = 1
} finally {
  await cms.stop()
  rmSync(work, { recursive: true, force: true })
}
