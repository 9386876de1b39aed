import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { rootDir } from '../cms/paths.ts'

/**
 * `npm run bench:start`: the first start of a fresh clone (empty database, no admin build) and a later
 * start (data and build kept), each timed until GraphQL answers. Targets: first under 4 min, later under 20 s.
 * node_modules is hard-linked from this checkout, so install time is not part of the figures.
 */
const port = Number(process.env.BENCH_PORT ?? 3917)
const dir = mkdtempSync(path.join(tmpdir(), 'portal-bench-'))
const clone = path.join(dir, 'portal')

const run = (cmd: string, args: string[], cwd = rootDir) => {
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`)
}

const timedStart = async (label: string): Promise<number> => {
  const started = performance.now()
  const child = spawn('npm', ['start'], { cwd: clone, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: String(port), SITES_PORT: String(port + 1000), SITES_BUILDER_PORT: String(port + 1001), PAYLOAD_SECRET: 'bench-only-secret' } })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  try {
    // Ready means this start printed its banner (so no earlier server answered for it) and GraphQL answers.
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`)
      if (output.includes('Portal OPD is running')) {
        const ok = await fetch(`http://localhost:${port}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ Opds(limit: 100) { totalDocs } }"}' })
          .then(async (r) => r.ok && ((await r.json()) as { data?: { Opds?: { totalDocs: number } } }).data?.Opds?.totalDocs)
          .catch(() => 0)
        if (ok) break
      }
      if (performance.now() - started > 15 * 60 * 1000) throw new Error(`no answer after 15 minutes:\n${output}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    const seconds = (performance.now() - started) / 1000
    const admin = await fetch(`http://localhost:${port}/admin`)
    console.log(`${label}: ${seconds.toFixed(1)} s (GraphQL answers; /admin -> HTTP ${admin.status})`)
    return seconds
  } finally {
    if (child.exitCode === null) {
      process.kill(-child.pid!, 'SIGTERM')
      await new Promise((r) => child.once('exit', r))
    }
    // npm exits at once on SIGTERM; the server behind it may take a moment. Wait until the port stays closed.
    for (let closedFor = 0; closedFor < 10; ) {
      closedFor = (await fetch(`http://localhost:${port}/admin`).then(() => false, () => true)) ? closedFor + 1 : 0
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

try {
  run('git', ['clone', '--quiet', rootDir, clone])
  run('cp', ['-al', path.join(rootDir, 'node_modules'), path.join(clone, 'node_modules')])
  const first = await timedStart('first start (fresh clone: migrate, seed, admin build, build all sites, serve)')
  const later = await timedStart('later start (data and builds kept; sites rebuilt in the background)')
  console.log(`\ntargets: first < 240 s ${first < 240 ? 'met' : 'MISSED'}; later < 20 s ${later < 20 ? 'met' : 'MISSED'}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
