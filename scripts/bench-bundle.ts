import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

/**
 * `npm run bench:bundle`: export and import times of the demo province through the real commands, on
 * throw-away databases: seeded embedded SQLite -> bundle -> a fresh SQLite, and a fresh PostgreSQL database
 * when TEST_POSTGRES_URI names a server (its role needs CREATEDB). Each figure is the command's own
 * measurement (the load itself) and the wall clock of the whole command (Node start, migrations included).
 */
const root = mkdtempSync(path.join(tmpdir(), 'portal-bench-bundle-'))
const bundle = path.join(root, 'bundle')
const base = { ...process.env, PAYLOAD_SECRET: 'bench-only-secret', LOG_LEVEL: 'error', JOBS_AUTORUN: 'off' }
const sqlite = (name: string) => ({ DATA_DIR: path.join(root, name), DATABASE_URI: `file:${path.join(root, name, 'portal.db')}` })

const run = (script: string, args: string[], env: Record<string, string | undefined>) => {
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...base, ...env }, encoding: 'utf8' })
  const wall = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`)
  const own = /dalam ([\d.]+) s/.exec(result.stdout)?.[1]
  return `${own ?? '?'} s (command ${wall.toFixed(1)} s)`
}

const sizeOf = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? sizeOf(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size), 0)

try {
  run('scripts/seed.ts', [], sqlite('source'))
  console.log(`export, demo province from SQLite: ${run('scripts/export.ts', [bundle], sqlite('source'))}; bundle ${(sizeOf(bundle) / 1024 / 1024).toFixed(1)} MB`)
  console.log(`import into a fresh SQLite: ${run('scripts/import.ts', [bundle], sqlite('sqlite'))}`)
  const server = process.env.TEST_POSTGRES_URI
  if (server) {
    const name = `portal_bench_bundle_${randomBytes(4).toString('hex')}`
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      await client.query(sql).finally(() => client.end())
    }
    await admin(`CREATE DATABASE ${name}`)
    try {
      const url = new URL(server)
      url.pathname = `/${name}`
      console.log(`import into a fresh PostgreSQL: ${run('scripts/import.ts', [bundle], { DATA_DIR: path.join(root, 'pg'), DATABASE_URI: url.toString() })}`)
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    }
  } else {
    console.log('import into PostgreSQL: skipped (set TEST_POSTGRES_URI)')
  }
} finally {
  rmSync(root, { recursive: true, force: true })
}
