import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storeDailyReport } from '../../cms/jobs/storeCompliance.ts'
import { BundleError, exportBundle, unclassifiedCollections, unclassifiedGlobals } from '../../cms/exchange/bundle/export.ts'
import { readBundle } from '../../cms/exchange/bundle/import.ts'
import { EXCLUDED_COLLECTIONS, EXPORTED_COLLECTIONS, PERSONAL_FIELDS, type Manifest } from '../../cms/exchange/bundle/format.ts'
import { MARKERS } from '../../scripts/seed/markers.ts'
import { demoProvince } from '../../scripts/seed/data.ts'
import { buildSites } from '../../sites/lib/build.ts'
import { serveCms } from '../helpers/cmsServer.ts'
import { createDatabase, dropDatabase, testDb, unavailable } from '../helpers/databases.ts'
import { openSeededCms, type TestCms } from '../helpers/payload.ts'
import { opdId } from '../helpers/users.ts'

// The bundle starts from the seeded SQLite database and goes to SQLite and (when TEST_POSTGRES_URI is set) PostgreSQL.
const skip = unavailable() ?? (testDb() === 'sqlite' ? null : 'bundles are exported from SQLite and imported into each adapter from the SQLite run')
const TODAY = '2026-11-28'
const CMS_PUBLIC = 'https://cms.bantenprov.example'
const BUNDLE_KEY = 'kunci-bundel-uji-integrasi-2026'
const SLOW = 300_000

const filesOf = (root: string, dir = root): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesOf(root, full) : [path.relative(root, full)]
  })

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Every file of a built output with its hash: two outputs are byte-identical when these are equal. */
const fingerprint = (outDir: string): Record<string, string> => {
  const live = realpathSync(path.join(outDir, 'sites'))
  return Object.fromEntries(filesOf(live).sort().map((file) => [file, sha(path.join(live, file))]))
}

interface Target {
  uri: string
  dataDir: string
  env: NodeJS.ProcessEnv
}

/** A fresh empty database with its own data folder and its own secret (so its personal-data key differs). */
const newTarget = async (label: string, kind: 'sqlite' | 'postgres' = 'sqlite'): Promise<Target> => {
  const uri = await createDatabase(label, kind)
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bundle-data-'))
  return { uri, dataDir, env: { ...process.env, DATABASE_URI: uri, DATA_DIR: dataDir, PAYLOAD_SECRET: `bundle-target-${label}`, JOBS_AUTORUN: 'off', LOG_LEVEL: 'error', BUNDLE_KEY: '' } }
}

const run = (script: string, args: string[], env: NodeJS.ProcessEnv) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const child = <T>(mode: string, args: string[], target: Target): T => {
  const result = run('tests/helpers/bundleChild.ts', [mode, ...args], target.env)
  const line = result.stdout.split('\n').find((l) => l.startsWith('RESULT '))
  if (result.status !== 0 || !line) throw new Error(`bundle child ${mode} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(line.slice('RESULT '.length)) as T
}

interface Probe {
  counts: Record<string, number>
  login: string
  afterReset: string
  complaints: string[]
  requests: string[]
  storedRequests: string[]
}

describe.skipIf(skip)('bundle export and import (npm run export / npm run import)', () => {
  let cms: TestCms
  let payload: Payload
  let bundle: string
  let manifest: Manifest
  let originalSites: Record<string, string>
  const targets: Target[] = []
  const scratch: string[] = []
  const admin = demoProvince(new Date()).users.find((u) => u.role === 'kominfo-admin')!
  const temp = (prefix: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix))
    scratch.push(dir)
    return dir
  }
  const target = async (label: string, kind: 'sqlite' | 'postgres' = 'sqlite') => {
    const t = await newTarget(label, kind)
    targets.push(t)
    scratch.push(t.dataDir)
    return t
  }
  /** Imports a bundle through the real command line. */
  const importCli = (dir: string, t: Target, env: Record<string, string> = {}) => run('scripts/import.ts', [dir], { ...t.env, ...env })
  const buildFrom = (t: Target) => {
    const out = temp('portal-bundle-sites-')
    const summary = child<{ kept: unknown[]; pages: number }>('build', [out, TODAY, CMS_PUBLIC], t)
    expect(summary.kept).toEqual([])
    return fingerprint(out)
  }
  /** A copy of the bundle to damage, with the manifest's checksum of `file` renewed when asked. */
  const tamper = (change: (dir: string) => string | void) => {
    const dir = path.join(temp('portal-bundle-bad-'), 'bundle')
    cpSync(bundle, dir, { recursive: true })
    const renewed = change(dir)
    if (renewed) {
      const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
      m.files[renewed] = sha(path.join(dir, renewed))
      writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m))
    }
    return dir
  }
  const refusal = (dir: string, key?: string): string => {
    try {
      readBundle(dir, { bundleKey: key })
    } catch (error) {
      expect(error).toBeInstanceOf(BundleError)
      return (error as Error).message
    }
    throw new Error('the bundle was accepted')
  }

  beforeAll(async () => {
    cms = await openSeededCms('bundle')
    payload = cms.payload
    // Besides the seeded drafts and complaints: a request for information with personal data, a day of
    // compliance history and a broken link, so every kind of record travels.
    await payload.create({
      collection: 'information-requests',
      data: { opd: await opdId(payload, 'diskominfo'), information: 'Salinan laporan keuangan 2025', purpose: 'Penelitian', format: 'softcopy', applicant: { name: `Warga ${MARKERS.personal}`, nik: '3601010101010001', email: `warga.${MARKERS.personal.toLowerCase()}@contoh.invalid` } },
      overrideAccess: true,
    } as never)
    await storeDailyReport(payload, '2026-10-31')
    await payload.create({ collection: 'link-checks', data: { url: 'https://contoh.invalid/rusak', ok: false, status: 404, error: 'halaman tidak ditemukan (HTTP 404)', checkedAt: '2026-11-27T16:00:00.000Z', brokenSince: '2026-11-20T16:00:00.000Z', usedIn: 'dkp' }, overrideAccess: true })
    bundle = path.join(temp('portal-bundle-'), 'bundle')
    manifest = await exportBundle(payload, bundle)
    const http = await serveCms(cms.config)
    try {
      const out = temp('portal-bundle-sites-')
      const summary = await buildSites({ cms: http.url, cmsPublic: CMS_PUBLIC, outDir: out, layout: { mode: 'paths', origin: 'http://localhost:4321' }, today: TODAY })
      expect(summary.kept).toEqual([])
      originalSites = fingerprint(out)
    } finally {
      await http.close()
    }
  }, SLOW)
  afterAll(async () => {
    await cms?.close()
    for (const t of targets) await dropDatabase(t.uri, t.uri.startsWith('file:') ? 'sqlite' : 'postgres')
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
  })

  it('classifies every collection and global of the configuration as exported or deliberately left out', () => {
    expect(unclassifiedCollections(payload), 'add the new collection to EXPORTED or EXCLUDED in cms/exchange/bundle/format.ts').toEqual([])
    expect(unclassifiedGlobals(payload)).toEqual([])
    expect(EXPORTED_COLLECTIONS.filter((slug) => slug in EXCLUDED_COLLECTIONS)).toEqual([])
  })

  it('knows every field the CMS stores sealed as personal data', () => {
    const sealedPaths = (fields: Field[], prefix = ''): string[] =>
      fields.flatMap((field) => {
        if (!('name' in field)) return []
        const name = `${prefix}${field.name}`
        const hooks = (field as { hooks?: { afterRead?: { name: string }[] } }).hooks?.afterRead ?? []
        const own = hooks.some((hook) => hook.name === 'openOnRead') ? [name] : []
        return [...own, ...('fields' in field && field.type === 'group' ? sealedPaths(field.fields, `${name}.`) : [])]
      })
    // Excluded collections' sealed values (webhook secrets) never travel at all.
    const found = Object.fromEntries(payload.config.collections.filter((c) => EXPORTED_COLLECTIONS.includes(c.slug)).map((c) => [c.slug, sealedPaths(c.fields)]).filter(([, paths]) => paths.length > 0))
    expect(found).toEqual(Object.fromEntries(Object.entries(PERSONAL_FIELDS).map(([slug, { paths }]) => [slug, paths])))
  })

  it('writes every collection, global and file with its checksum, and the bundle validates', async () => {
    expect(manifest.source.adapter).toBe('sqlite')
    for (const slug of ['opds', 'services', 'complaints', 'information-requests', 'users', 'media', 'documents', 'audit-log', 'compliance-reports', 'link-checks']) expect(manifest.counts.collections[slug]?.documents, slug).toBeGreaterThan(0)
    expect(manifest.counts.collections.services!.versions).toBeGreaterThanOrEqual(manifest.counts.collections.services!.documents)
    expect(manifest.counts.collections['payload-jobs']).toBeUndefined()
    const total = (await payload.count({ collection: 'programmes', overrideAccess: true })).totalDocs
    expect(manifest.counts.collections.programmes!.documents).toBe(total)
    const { docs: media } = await payload.find({ collection: 'media', limit: 1, depth: 0, overrideAccess: true })
    expect(readFileSync(path.join(bundle, 'files/media', media[0]!.filename!))).toEqual(readFileSync(path.join(payload.collections.media.config.upload.staticDir!, media[0]!.filename!)))
    expect(Object.keys(manifest.files).sort()).toEqual(filesOf(bundle).filter((f) => f !== 'manifest.json').sort())
    // Drafts travel: the current draft of each document is among the versions.
    const services = JSON.parse(readFileSync(path.join(bundle, 'collections/services.json'), 'utf8')) as { versions: { version: Record<string, unknown> }[] }
    expect(services.versions.some((v) => JSON.stringify(v.version).includes(MARKERS.draft) && v.version._status === 'draft')).toBe(true)
    const checked = readBundle(bundle)
    expect(checked.collections.map((c) => c.collection).sort()).toEqual(Object.keys(manifest.counts.collections).sort())
  })

  it('holds no password hash, no session and no citizen personal data, in clear or sealed', async () => {
    const users = (await payload.db.find({ collection: 'users', pagination: false, limit: 0 })).docs as unknown as { hash: string; salt: string }[]
    const needles = [MARKERS.personal, MARKERS.personal.toLowerCase(), 'enc:v1:', '"hash"', '"salt"', '"sessions"', ...users.flatMap((u) => [u.hash, u.salt])].map((s) => Buffer.from(s))
    for (const file of filesOf(bundle)) {
      const bytes = readFileSync(path.join(bundle, file))
      for (const needle of needles) expect(bytes.includes(needle), `${file} contains ${needle.toString()}`).toBe(false)
    }
    // Personal fields are left out entirely; the rest of a complaint (ticket, status, answer) stays.
    const complaints = JSON.parse(readFileSync(path.join(bundle, 'collections/complaints.json'), 'utf8')) as { documents: Record<string, unknown>[] }
    expect(complaints.documents.every((doc) => doc.message === undefined && doc.reporter === undefined && typeof doc.ticket === 'string')).toBe(true)
  })

  it('refuses to export into a folder that is not empty, and personal data without BUNDLE_KEY', async () => {
    await expect(exportBundle(payload, bundle)).rejects.toThrow(/tidak kosong/)
    const fresh = path.join(temp('portal-bundle-nokey-'), 'b')
    await expect(exportBundle(payload, fresh, { withPersonalData: true })).rejects.toThrow(/BUNDLE_KEY belum diisi/)
    expect(existsSync(fresh)).toBe(false)
  })

  describe('refuses a damaged bundle before anything is written', () => {
    it('a file whose checksum does not match', () => {
      const name = readdirSync(path.join(bundle, 'files/media'))[0]!
      const dir = tamper((d) => writeFileSync(path.join(d, 'files/media', name), Buffer.concat([readFileSync(path.join(d, 'files/media', name)), Buffer.from([0])])))
      expect(refusal(dir)).toContain(`files/media/${name}: checksum SHA-256 tidak cocok`)
    })

    it('a document that breaks its JSON Schema, named by file, document and field', () => {
      const dir = tamper((d) => {
        const file = path.join(d, 'collections/services.json')
        const data = JSON.parse(readFileSync(file, 'utf8'))
        data.documents[1].name = 12345
        delete data.documents[2].slug
        writeFileSync(file, JSON.stringify(data))
        return 'collections/services.json'
      })
      const services = JSON.parse(readFileSync(path.join(dir, 'collections/services.json'), 'utf8'))
      const message = refusal(dir)
      expect(message).toContain(`collections/services.json, dokumen ke-2 (id ${services.documents[1].id}): kolom name: harus bertipe string`)
      expect(message).toContain(`collections/services.json, dokumen ke-3 (id ${services.documents[2].id}): kolom slug: wajib diisi tetapi tidak ada`)
    })

    it('a missing file, and one the manifest does not list', () => {
      const name = readdirSync(path.join(bundle, 'files/documents'))[0]!
      const dir = tamper((d) => {
        unlinkSync(path.join(d, 'files/documents', name))
        writeFileSync(path.join(d, 'files/extra.txt'), 'tambahan')
      })
      const message = refusal(dir)
      expect(message).toContain(`files/documents/${name}: tercantum di manifes tetapi tidak ada di bundel`)
      expect(message).toContain('files/extra.txt: tidak tercantum di manifes')
    })

    it('through the command line: exit 1, the reason, and the target database untouched', async () => {
      const dir = tamper((d) => {
        const file = path.join(d, 'collections/opds.json')
        const data = JSON.parse(readFileSync(file, 'utf8'))
        data.documents[0].kind = 'bukan-jenis'
        writeFileSync(file, JSON.stringify(data))
        return 'collections/opds.json'
      })
      const t = await target('bundle_bad')
      const result = importCli(dir, t)
      expect(result.status, result.stderr).toBe(1)
      expect(result.stderr).toContain('collections/opds.json, dokumen ke-1')
      expect(result.stderr).toContain('kolom kind: harus salah satu dari')
      // Refused before the database was opened: not even the migrations ran.
      expect(existsSync(t.uri.slice('file:'.length))).toBe(false)
      expect(readdirSync(t.dataDir)).toEqual([])
    })

    it('a load that fails half-way leaves the database empty again and no file behind', async () => {
      // Valid for the schema, but two complaints share a ticket: the database's unique index refuses the
      // second one after the OPDs, users, files' records and most content are written.
      const dir = tamper((d) => {
        const file = path.join(d, 'collections/complaints.json')
        const data = JSON.parse(readFileSync(file, 'utf8'))
        data.documents[1].ticket = data.documents[0].ticket
        writeFileSync(file, JSON.stringify(data))
        return 'collections/complaints.json'
      })
      const t = await target('bundle_half')
      const result = importCli(dir, t)
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(/^Pemuatan bundel gagal di collections\/complaints\.json, dokumen id \d+: kolom ticket: .*basis data kembali kosong/m)
      const probe = child<Probe>('probe', [admin.email, admin.password], t)
      expect(Object.entries(probe.counts).filter(([slug, n]) => EXPORTED_COLLECTIONS.includes(slug) && n > 0)).toEqual([])
      expect(probe.afterReset).toBe('no such account')
      expect(filesOf(t.dataDir).filter((f) => f.startsWith('uploads'))).toEqual([])
    })
  })

  describe.each([
    ['SQLite', 'sqlite' as const, null],
    ['PostgreSQL', 'postgres' as const, process.env.TEST_POSTGRES_URI ? null : 'TEST_POSTGRES_URI is not set'],
  ])('restored into a fresh %s database', (_name, kind, skipReason) => {
    let t: Target
    let imported: ReturnType<typeof run>
    beforeAll(async () => {
      if (skipReason) return
      t = await target(`bundle_${kind}`, kind)
      imported = importCli(bundle, t)
    }, SLOW)

    it.skipIf(skipReason)('loads through `npm run import` and rebuilds sites byte-identical to the original', () => {
      expect(imported.status, imported.stderr).toBe(0)
      expect(imported.stdout).toContain('Bundel dimuat')
      const restored = buildFrom(t)
      expect(Object.keys(restored).length).toBeGreaterThan(700)
      expect(Object.keys(restored)).toEqual(Object.keys(originalSites))
      const differing = Object.keys(originalSites).filter((file) => originalSites[file] !== restored[file])
      expect(differing).toEqual([])
    }, SLOW)

    it.skipIf(skipReason)('refuses a second import into the now non-empty database, changing nothing', () => {
      const again = importCli(bundle, t)
      expect(again.status).toBe(1)
      // The refusal lists what the database holds: exactly the first import, nothing doubled.
      expect(again.stderr).toContain('Basis data tujuan tidak kosong')
      for (const [slug, { documents }] of Object.entries(manifest.counts.collections)) if (documents > 0) expect(again.stderr).toContain(`${slug} (${documents})`)
    }, SLOW)

    it.skipIf(skipReason)('keeps the counts; a restored account has no password until it is reset; personal data stays out', () => {
      const probe = child<Probe>('probe', [admin.email, admin.password], t)
      for (const [slug, { documents }] of Object.entries(manifest.counts.collections)) expect(probe.counts[slug], slug).toBe(documents)
      expect(probe.login).toMatch(/^refused/)
      expect(probe.afterReset).toBe('ok')
      expect(probe.complaints.length).toBe(manifest.counts.collections.complaints!.documents)
      for (const doc of [...probe.complaints, ...probe.requests]) {
        expect(doc).not.toContain(MARKERS.personal)
        expect(doc).toContain('[tidak disertakan dalam bundel]')
      }
    }, SLOW)
  })

  describe('with --with-personal-data and --with-passwords', () => {
    let secret: string
    let secretManifest: Manifest
    beforeAll(async () => {
      secret = path.join(temp('portal-bundle-secret-'), 'bundle')
      const result = run('scripts/export.ts', [secret, '--with-personal-data', '--with-passwords'], { ...process.env, LOG_LEVEL: 'error', BUNDLE_KEY })
      expect(result.status, result.stderr).toBe(0)
      secretManifest = JSON.parse(readFileSync(path.join(secret, 'manifest.json'), 'utf8')) as Manifest
    }, SLOW)

    it('encrypts the personal fields: no clear text, no value sealed with the CMS key', () => {
      expect(secretManifest.options).toEqual({ withPasswords: true, withPersonalData: true })
      for (const file of filesOf(secret)) {
        const bytes = readFileSync(path.join(secret, file))
        for (const needle of [MARKERS.personal, MARKERS.personal.toLowerCase(), 'enc:v1:']) expect(bytes.includes(needle), `${file} contains ${needle}`).toBe(false)
      }
      const requests = JSON.parse(readFileSync(path.join(secret, 'collections/information-requests.json'), 'utf8')) as { documents: { applicant: Record<string, string> }[] }
      expect(requests.documents[0]!.applicant.name).toMatch(/^bundle:v1:/)
    })

    it('is refused without BUNDLE_KEY and with a wrong one', async () => {
      expect(refusal(secret)).toContain('BUNDLE_KEY belum diisi')
      expect(refusal(secret, 'kunci-yang-salah-sama-sekali')).toContain('BUNDLE_KEY salah')
      const t = await target('bundle_wrongkey')
      const result = importCli(secret, t, { BUNDLE_KEY: 'kunci-yang-salah-sama-sekali' })
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('BUNDLE_KEY salah')
      expect(existsSync(t.uri.slice('file:'.length))).toBe(false)
    })

    it('round-trips with the right key: personal data readable again, sealed with the new deployment\'s key, passwords kept', async () => {
      const t = await target('bundle_secret')
      const result = importCli(secret, t, { BUNDLE_KEY })
      expect(result.status, result.stderr).toBe(0)
      const probe = child<Probe>('probe', [admin.email, admin.password], t)
      expect(probe.login).toBe('ok')
      const original = (await payload.find({ collection: 'complaints', limit: 0, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })).docs
      expect(probe.complaints.map((doc) => JSON.parse(doc).reporter)).toEqual(original.map((doc) => doc.reporter))
      expect(probe.complaints.map((doc) => JSON.parse(doc).message)).toEqual(original.map((doc) => doc.message))
      expect(probe.requests.some((doc) => doc.includes(`Warga ${MARKERS.personal}`))).toBe(true)
      // At rest the target holds them sealed under its own key, never in clear.
      expect(probe.storedRequests.length).toBeGreaterThan(0)
      for (const doc of probe.storedRequests) {
        expect(doc).not.toContain(MARKERS.personal)
        expect(JSON.parse(doc).applicant.name).toMatch(/^enc:v1:/)
      }
    }, SLOW)
  })
})
