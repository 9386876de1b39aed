import { spawn } from 'node:child_process'
import { timingSafeEqual } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sitesConfig } from './config.ts'
import { PreviewError, renderPreview, type Preview } from './preview.ts'
import type { Doc } from './snapshot.ts'

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
 * `POST /preview {"collection", "doc"}` renders the page a draft will be on, outside the output (preview.ts).
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

  const config = sitesConfig(env)
  /** Previews render one page each, at most two at a time beside the builds. */
  let previewsRunning = 0
  const previewWaiters: (() => void)[] = []
  const preview = async (collection: string, doc: Doc): Promise<Preview> => {
    if (previewsRunning >= 2) await new Promise<void>((resolve) => previewWaiters.push(resolve))
    previewsRunning++
    try {
      return await renderPreview({ outDir: config.outDir, layout: config.layout, cms: config.cms, cmsPublic: config.cmsPublic, collection, doc })
    } finally {
      previewsRunning--
      previewWaiters.shift()?.()
    }
  }

  const server: Server = createServer((req, res) => {
    const reply = (status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    const route = req.method === 'POST' ? req.url : undefined
    if (route !== '/rebuild' && route !== '/preview') return reply(404, { error: 'POST /rebuild atau POST /preview' })
    if (!authorised(req.headers.authorization)) return reply(401, { error: 'token builder tidak sah' })
    const limit = route === '/rebuild' ? 1000 : 5_000_000
    let body = ''
    req.on('data', (chunk: Buffer) => {
      body += chunk
      if (body.length > limit) req.destroy()
    })
    req.on('end', () => {
      const json = (() => {
        try {
          return JSON.parse(body) as Record<string, unknown>
        } catch {
          return undefined
        }
      })()
      if (route === '/preview') {
        const { collection, doc } = json ?? {}
        if (typeof collection !== 'string' || !doc || typeof doc !== 'object') return reply(400, { error: 'badan permintaan harus {"collection": "<slug>", "doc": {...}}' })
        return preview(collection, doc as Doc).then(
          (result) => reply(200, result),
          (error: Error) => (error instanceof PreviewError ? reply(error.status, { error: error.message, problems: error.problems }) : reply(500, { error: error.message })),
        )
      }
      const opd = json?.opd
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
