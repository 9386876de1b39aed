import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createDatabase, testDb, unavailable } from '../helpers/databases.ts'
import { closeCms } from '../helpers/payload.ts'
import { TEST_SECRET } from '../helpers/globalSetup.ts'
import { httpClient, type HttpClient } from '../helpers/http.ts'

const skip = unavailable() ?? (testDb() === 'mongodb' ? 'MongoDB has no schema migrations' : null)

/** Production mode: an empty database migrated from zero, no demo, the first admin from the command line. */
describe.skipIf(skip)('a production database from zero', () => {
  let uri: string
  let payload: Payload
  let http: HttpClient
  const createAdmin = (args: string[], extra: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/create-admin.ts', ...args], {
      env: { ...process.env, DATABASE_URI: uri, DATA_DIR: inject('dataDir'), PAYLOAD_SECRET: TEST_SECRET, NODE_ENV: 'test', ...extra },
      encoding: 'utf8',
    })

  beforeAll(async () => {
    uri = await createDatabase('production')
    // Every committed migration, from nothing, as a deployment runs them (`npm run payload -- migrate`).
    const migrated = spawnSync(process.execPath, ['node_modules/payload/bin.js', 'migrate'], {
      env: { ...process.env, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', DATABASE_URI: uri, PAYLOAD_SECRET: TEST_SECRET, DATA_DIR: inject('dataDir') },
      encoding: 'utf8',
    })
    if (migrated.status !== 0) throw new Error(`migrating from zero failed:\n${migrated.stdout}\n${migrated.stderr}`)
    process.env.DATABASE_URI = uri
    process.env.DATA_DIR = inject('dataDir')
    process.env.PAYLOAD_SECRET = TEST_SECRET
    const { default: config } = await import('../../cms/payload.config.ts')
    payload = await getPayload({ config, cron: false })
    http = httpClient(Promise.resolve(payload.config))
  })
  afterAll(() => closeCms(payload, uri))

  it('holds the whole schema and nothing else: no demo content, no account', async () => {
    const { docs: applied } = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, overrideAccess: true })
    const committed = readdirSync(path.join('cms', 'migrations', testDb())).filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
    expect(applied.map((m) => m.name).sort()).toEqual(committed.map((f) => f.replace(/\.ts$/, '')).sort())
    for (const collection of ['users', 'opds', 'services', 'news', 'audit-log', 'notifications'] as const) {
      expect((await payload.count({ collection, overrideAccess: true })).totalDocs, collection).toBe(0)
    }
    expect((await payload.findGlobal({ slug: 'workflow-settings', overrideAccess: true })).headApproval).toBe(false)
  })

  it('refuses a first account made through /admin: the first admin comes from the command line', async () => {
    const response = await http.post('users/first-register', { email: 'siapa.saja@contoh.go.id', password: 'kata-sandi-panjang-2026', name: 'Siapa Saja' })
    expect(response.status).toBe(403)
    expect(response.text).toContain('npm run create-admin')
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('creates the first Kominfo admin from the command line, once, and refuses bad arguments', async () => {
    expect(createAdmin(['--email', 'bukan-surel', '--name', 'Admin']).status).toBe(2)
    expect(createAdmin(['--email', 'admin@kominfo.contoh.go.id']).stderr).toContain('--name wajib diisi')
    expect(createAdmin(['--email', 'admin@kominfo.contoh.go.id', '--name', 'Admin'], { ADMIN_PASSWORD: 'pendek' }).stderr).toContain('minimal 12 karakter')
    const made = createAdmin(['--email', 'admin@kominfo.contoh.go.id', '--name', 'Admin Kominfo'])
    expect(made.status, made.stderr).toBe(0)
    const password = /Kata sandi awal[^:]*: (\S+)/.exec(made.stdout)?.[1]
    expect(password).toBeDefined()
    const again = createAdmin(['--email', 'lain@kominfo.contoh.go.id', '--name', 'Lain'])
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('Sudah ada admin Kominfo')
    const { docs } = await payload.find({ collection: 'users', overrideAccess: true })
    expect(docs.map((u) => [u.email, u.role])).toEqual([['admin@kominfo.contoh.go.id', 'kominfo-admin']])
    const login = await payload.login({ collection: 'users', data: { email: 'admin@kominfo.contoh.go.id', password: password! } })
    expect(login.token).toBeTruthy()
    // Recorded like any change to accounts, without the password.
    const [entry] = (await payload.find({ collection: 'audit-log', where: { collection: { equals: 'users' } }, overrideAccess: true })).docs
    expect(entry).toMatchObject({ action: 'create', role: 'sistem' })
    expect(JSON.stringify(entry!.diff)).not.toContain(password!)
  })
})
