import { spawn, spawnSync } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { databaseKind, defaultSqliteUri } from '../cms/database.ts'
import { rootDir } from '../cms/paths.ts'
import { adminBuildIsCurrent, adminSourceHash, markAdminBuilt } from './lib/adminBuild.ts'
import { ensureSecret } from './lib/env.ts'
import { openPayload } from './lib/payload.ts'
import { demoProvince } from './seed/data.ts'
import { loadDemoProvince } from './seed/load.ts'
import { MARKERS } from './seed/markers.ts'
import { ALL, startBuilder } from '../sites/lib/builder.ts'
import { startFront } from '../cms/citizen/network.ts'
import { sitesConfig } from '../sites/lib/config.ts'
import { serveSites } from '../sites/lib/serve.ts'

/**
 * `npm start`: migrate the database, seed the demo province on first run, build the admin when its
 * sources changed, and serve admin, REST and GraphQL in production mode.
 */
const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
const port = Number(process.env.PORT ?? 3000)
const nextBin = path.join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next')

const secretSource = ensureSecret()
if (secretSource === 'generated') console.log('• PAYLOAD_SECRET not set: generated one for this demo in data/.payload-secret')
console.log(`• Database: ${databaseKind()}${process.env.DATABASE_URI ? '' : ` (embedded, ${defaultSqliteUri().slice('file:'.length)})`}`)

// The demo province (with its published demo logins) goes only into the embedded default database, or
// where SEED_DEMO=1 asks for it: never by accident into an empty production database. SEED_DEMO=0 is
// production mode on the embedded database too.
const seedDemo = process.env.SEED_DEMO === '1' || (!process.env.DATABASE_URI && process.env.SEED_DEMO !== '0')
const payload = await openPayload()
const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
if (users === 0 && !seedDemo) {
  console.log('• Empty database, no demo: create the first Kominfo admin with `npm run create-admin -- --email ... --name ...`')
} else if (users === 0) {
  console.log('• Empty database: loading the demo province of Banten (sample data)...')
  const summary = await loadDemoProvince(payload, new Date())
  console.log(`  ${Object.values(summary.documents).reduce((a, b) => a + b, 0)} documents, ${summary.files} files, ${summary.users} users (${elapsed()})`)
} else {
  console.log(`• Database ready: ${users} users, data kept (${elapsed()})`)
}
const { totalDocs: demoAccounts } = await payload.count({ collection: 'users', where: { email: { like: MARKERS.user } }, overrideAccess: true })
await payload.destroy()

const hash = adminSourceHash()
if (!adminBuildIsCurrent(hash)) {
  console.log('• Building the admin (next build, first start or after a change)...')
  const build = spawnSync(process.execPath, [nextBin, 'build', 'cms'], { cwd: rootDir, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
  if (build.status !== 0) {
    console.error('Admin build failed; nothing was started.')
    process.exit(build.status ?? 1)
  }
  markAdminBuilt(hash)
  console.log(`  built (${elapsed()})`)
}

// The site builder runs beside the CMS; the CMS's rebuild jobs reach it over HTTP with a shared token.
const sites = sitesConfig()
const builderPort = Number(process.env.SITES_BUILDER_PORT ?? 4322)
process.env.SITES_BUILDER_URL ??= `http://127.0.0.1:${builderPort}`
process.env.SITES_BUILDER_TOKEN ??= randomBytes(24).toString('hex')
process.env.CMS_URL ??= `http://localhost:${port}`
const liveSites = path.join(sites.outDir, 'sites')
// Both ports are taken before anything starts, so a clash fails at once and clearly.
const [builder] = await Promise.all([
  startBuilder({ port: builderPort, token: process.env.SITES_BUILDER_TOKEN }),
  serveSites({ root: liveSites, port: sites.port, layout: sites.layout }),
]).catch((error: NodeJS.ErrnoException) => {
  console.error(`Cannot listen for the sites (${error.code === 'EADDRINUSE' ? `port ${(error as { port?: number }).port} is already in use; set SITES_PORT / SITES_BUILDER_PORT` : error.message}); nothing was started.`)
  process.exit(1)
})

// Next listens on loopback only; the public port is a thin front that passes each request on with the
// socket's address (cms/citizen/network.ts), which the citizen channels' rate limits need.
const nextPort = await freePort()
await startFront(port, nextPort).catch((error: NodeJS.ErrnoException) => {
  console.error(`Cannot listen on port ${port} (${error.code === 'EADDRINUSE' ? 'already in use; set PORT' : error.message}); nothing was started.`)
  process.exit(1)
})
const server = spawn(process.execPath, [nextBin, 'start', 'cms', '-p', String(nextPort), '-H', '127.0.0.1'], {
  cwd: rootDir,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
})
// Next waits for open connections and timers on shutdown; after ten seconds it is stopped outright.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal)
    setTimeout(() => server.kill('SIGKILL'), 10_000).unref()
  })
}
server.on('exit', (code) => process.exit(code ?? 0))
server.stdout.on('data', (chunk: Buffer) => process.stdout.write(chunk))

const base = `http://localhost:${port}`
for (let attempt = 0; attempt < 600; attempt++) {
  const ok = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ Opds(limit: 1) { totalDocs } }"}' })
    .then((r) => r.ok)
    .catch(() => false)
  if (ok) break
  await new Promise((r) => setTimeout(r, 100))
}
if (!existsSync(liveSites)) {
  console.log('• Building the portal and every OPD site (first run)...')
  const result = await builder.request(ALL)
  if (!result.ok) console.error('  The site build failed (see above); the CMS keeps running. Retry with `npm run build:sites`.')
  console.log(`  (${elapsed()})`)
} else {
  // Templates may have changed since the last run: rebuild in the background; the last build is served meanwhile.
  void builder.request(ALL)
}

const demoLogins =
  demoAccounts > 0
    ? `\nDemo logins (sample data; never use them on a real deployment):\n${demoProvince(new Date())
        .users.map((u) => `  ${u.role.padEnd(17)} ${u.email.padEnd(58)} ${u.password}`)
        .join('\n')}\n`
    : ''
console.log(`
Portal OPD is running (ready after ${elapsed()}):
  Admin    ${base}/admin
  GraphQL  ${base}/api/graphql
  REST     ${base}/api/<collection>, e.g. ${base}/api/services
  API docs ${sites.layout.origin}/api/ (keys and webhooks: /admin/collections/api-clients, /admin/collections/webhooks)
  Sites    ${sites.layout.origin}/ (portal), ${sites.layout.origin}/<opd>/ (each OPD), rebuilt on every publish
${demoLogins}`)

/** A port nothing listens on now, on loopback. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port: free } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return free
}
