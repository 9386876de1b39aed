import { spawn } from 'node:child_process'
import { timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')

/** All OPDs and the portal. */
export const ALL = '*'

interface Batch {
  all: boolean
  opds: Set<string>
  waiters: { resolve: (result: BuildResult) => void; reject: (error: Error) => void }[]
}

export interface BuildResult {
  ok: boolean
  opds: string[] | typeof ALL
  output: string
}

/**
 * The site builder as a service: the CMS's rebuild jobs call `POST /rebuild {"opd": "<slug>" | "*"}` with
 * the shared token and get the answer once a build containing that OPD is live. Requests that arrive
 * while a build runs are merged into the next one, so a burst of publishes costs one or two builds. Each
 * build is `npm run build:sites` in a child process, which reads the CMS over HTTP like any consumer.
 */
export const startBuilder = async ({ port, token, log = console.log, env = process.env }: { port: number; token: string; log?: (line: string) => void; env?: NodeJS.ProcessEnv }) => {
  let pending: Batch | undefined
  let running = false

  const runBatch = (batch: Batch): Promise<BuildResult> =>
    new Promise((resolve) => {
      const opds = batch.all ? ALL : [...batch.opds].sort()
      const args = [tsx, path.join(repoRoot, 'scripts', 'build-sites.ts'), ...(opds === ALL ? [] : opds.flatMap((slug) => ['--opd', slug]))]
      const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
      let output = ''
      const collect = (chunk: Buffer) => {
        output += chunk
        for (const line of String(chunk).trimEnd().split('\n')) log(`[situs] ${line}`)
      }
      child.stdout.on('data', collect)
      child.stderr.on('data', collect)
      // Exit 2: built, with some unit held back for breaking the standard (reported, not retried).
      child.on('close', (code) => resolve({ ok: code === 0 || code === 2, opds, output: output.slice(-4000) }))
    })

  const pump = () => {
    if (running || !pending) return
    const batch = pending
    pending = undefined
    running = true
    runBatch(batch)
      .then((result) => batch.waiters.forEach((w) => w.resolve(result)), (error: Error) => batch.waiters.forEach((w) => w.reject(error)))
      .finally(() => {
        running = false
        pump()
      })
  }

  /** Asks for a build of one OPD (and the portal), or of everything. */
  const request = (opd: string): Promise<BuildResult> =>
    new Promise((resolve, reject) => {
      pending ??= { all: false, opds: new Set(), waiters: [] }
      if (opd === ALL) pending.all = true
      else pending.opds.add(opd)
      pending.waiters.push({ resolve, reject })
      pump()
    })

  const authorised = (header: string | undefined) => {
    const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '')
    const expected = Buffer.from(token)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  const server: Server = createServer((req, res) => {
    const reply = (status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (req.method !== 'POST' || req.url !== '/rebuild') return reply(404, { error: 'POST /rebuild' })
    if (!authorised(req.headers.authorization)) return reply(401, { error: 'token builder tidak sah' })
    let body = ''
    req.on('data', (chunk: Buffer) => {
      body += chunk
      if (body.length > 1000) req.destroy()
    })
    req.on('end', () => {
      const opd = (() => {
        try {
          return (JSON.parse(body) as { opd?: unknown }).opd
        } catch {
          return undefined
        }
      })()
      if (typeof opd !== 'string' || !(opd === ALL || /^[a-z0-9-]+$/.test(opd))) return reply(400, { error: 'badan permintaan harus {"opd": "<slug>"} atau {"opd": "*"}' })
      request(opd).then(
        (result) => reply(result.ok ? 200 : 500, result),
        (error: Error) => reply(500, { ok: false, output: error.message }),
      )
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return { server, request }
}
