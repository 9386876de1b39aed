import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { dropNulls } from '../../../schemas/index.ts'
import { bundleKey, keyCheck, newSalt, sealForBundle } from './crypto.ts'
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_PATHS,
  EXCLUDED_COLLECTIONS,
  EXCLUDED_GLOBALS,
  EXPORTED_COLLECTIONS,
  EXPORTED_GLOBALS,
  PERSONAL_FIELDS,
  type CollectionFile,
  type Manifest,
} from './format.ts'
import { bundleFileProblems, schemaProblems } from './validate.ts'

export interface ExportOptions {
  /** Include users' password hashes and salts (otherwise restored accounts must reset their password). */
  withPasswords?: boolean
  /** Include citizens' personal data, encrypted with `bundleKey`. */
  withPersonalData?: boolean
  /** The operator's passphrase (BUNDLE_KEY) for personal data. */
  bundleKey?: string
  log?: (line: string) => void
}

/** A bundle that cannot be written or read: every problem, each naming its file, document and field. */
export class BundleError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `- ${p}`).join('\n')}` : message)
  }
}

const MAX_LISTED = 100

export const listProblems = (message: string, problems: string[]): BundleError =>
  new BundleError(message, problems.length > MAX_LISTED ? [...problems.slice(0, MAX_LISTED), `... dan ${problems.length - MAX_LISTED} masalah lain`] : problems)

/** Collections of the configuration that are neither exported nor deliberately excluded. */
export const unclassifiedCollections = (payload: Payload): string[] =>
  payload.config.collections.map((c) => c.slug).filter((slug) => !EXPORTED_COLLECTIONS.includes(slug) && !(slug in EXCLUDED_COLLECTIONS))

export const unclassifiedGlobals = (payload: Payload): string[] =>
  payload.config.globals.map((g) => g.slug).filter((slug) => !EXPORTED_GLOBALS.includes(slug) && !(slug in EXCLUDED_GLOBALS))

export const getPath = (doc: Record<string, unknown>, dotted: string): unknown => dotted.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

/** Sets a dotted path; `undefined` removes it, and a group left empty by the removal goes too. */
export const setPath = (doc: Record<string, unknown>, dotted: string, value: unknown) => {
  const keys = dotted.split('.')
  const parents: Record<string, unknown>[] = [doc]
  for (const key of keys.slice(0, -1)) {
    const current = parents.at(-1)!
    if (!current[key] || typeof current[key] !== 'object') {
      if (value === undefined) return
      current[key] = {}
    }
    parents.push(current[key] as Record<string, unknown>)
  }
  if (value !== undefined) {
    parents.at(-1)![keys.at(-1)!] = value
    return
  }
  delete parents.at(-1)![keys.at(-1)!]
  for (let depth = parents.length - 1; depth > 0 && Object.keys(parents[depth]!).length === 0; depth--) delete parents[depth - 1]![keys[depth - 1]!]
}

/** Which database the bundle comes from, by Payload's adapter name (`mongoose` is MongoDB). */
export const adapterKind = (payload: Payload): 'sqlite' | 'postgres' | 'mongodb' => (payload.db.name === 'mongoose' ? 'mongodb' : (payload.db.name as 'sqlite' | 'postgres'))

export const sha256File = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

/** The names of an upload's files on disk: the original and every resized variant. */
export const uploadFilenames = (doc: Record<string, unknown>): string[] => {
  const sizes = Object.values((doc.sizes as Record<string, { filename?: string }> | undefined) ?? {})
  return [doc.filename, ...sizes.map((size) => size.filename)].filter((name): name is string => typeof name === 'string' && name !== '')
}

/** Account fields a bundle carries: never sessions, reset tokens or lockouts; hashes only when asked. */
const USER_FIELDS = ['id', 'name', 'email', 'role', 'opds', 'active', 'createdAt', 'updatedAt']

const forBundle = (slug: string, raw: Record<string, unknown>, options: ExportOptions): Record<string, unknown> => {
  if (slug === 'users') {
    const keep = options.withPasswords ? [...USER_FIELDS, 'hash', 'salt'] : USER_FIELDS
    return dropNulls(Object.fromEntries(Object.entries(raw).filter(([key]) => keep.includes(key)))) as Record<string, unknown>
  }
  return dropNulls(raw) as Record<string, unknown>
}

/**
 * Writes the whole content of the database behind `payload` into `dir` (which must not exist or be empty):
 * every exported collection with its version history, the globals, every upload's files, and the manifest
 * with counts and checksums. Every document is checked against its generated JSON Schema first: a database
 * whose content would not load back is reported, and nothing is left in `dir`.
 */
export const exportBundle = async (payload: Payload, dir: string, options: ExportOptions = {}): Promise<Manifest> => {
  const log = options.log ?? (() => {})
  const unclassified = [...unclassifiedCollections(payload), ...unclassifiedGlobals(payload)]
  if (unclassified.length) {
    throw new BundleError(`Koleksi tanpa aturan ekspor: ${unclassified.join(', ')}. Tambahkan ke EXPORTED/EXCLUDED di cms/exchange/bundle/format.ts agar tidak ada yang hilang diam-diam.`)
  }
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new BundleError(`Folder tujuan ${dir} tidak kosong; pilih folder baru agar tidak ada berkas yang tertimpa.`)
  const salt = newSalt()
  const key = options.withPersonalData ? bundleKey(options.bundleKey, salt) : undefined

  // Read and check everything before writing anything.
  const problems: string[] = []
  const collections: CollectionFile[] = []
  for (const slug of EXPORTED_COLLECTIONS) {
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const file = BUNDLE_PATHS.collection(slug)
    const { docs } = await payload.db.find({ collection: slug as CollectionSlug, pagination: false, limit: 0, sort: 'id' })
    const documents = docs.map((doc) => forBundle(slug, doc as Record<string, unknown>, options))
    const personal = PERSONAL_FIELDS[slug]
    if (personal) {
      // Clear text through the collection's own read hooks (the database holds it sealed with this deployment's key).
      const clear = key ? new Map((await payload.find({ collection: slug as CollectionSlug, pagination: false, limit: 0, depth: 0, overrideAccess: true, showHiddenFields: true })).docs.map((doc) => [doc.id, doc as unknown as Record<string, unknown>])) : undefined
      for (const doc of documents) {
        for (const dotted of personal.paths) {
          const value = clear ? getPath(clear.get(doc.id as number)!, dotted) : undefined
          setPath(doc, dotted, typeof value === 'string' && value !== '' && key ? sealForBundle(key, value) : undefined)
        }
      }
    }
    let versions: CollectionFile['versions'] = []
    if (config.versions) {
      const found = await payload.db.findVersions({ collection: slug as CollectionSlug, pagination: false, limit: 0, sort: 'id' })
      versions = found.docs.map((v) => {
        const { id: _versionId, ...version } = dropNulls(v.version) as Record<string, unknown>
        return dropNulls({ parent: v.parent, createdAt: v.createdAt, updatedAt: v.updatedAt, latest: (v as { latest?: boolean }).latest, autosave: (v as { autosave?: boolean }).autosave, version: { ...version, id: v.parent } }) as CollectionFile['versions'][number]
      })
    }
    documents.forEach((doc, index) => {
      for (const problem of schemaProblems(slug, doc)) problems.push(`${file}, dokumen ke-${index + 1} (id ${String(doc.id)}): ${problem}`)
    })
    versions.forEach((v, index) => {
      for (const problem of schemaProblems(slug, v.version)) problems.push(`${file}, versi ke-${index + 1} (dokumen id ${String(v.parent)}): ${problem}`)
    })
    collections.push({ collection: slug, documents, versions })
  }
  const globals: { slug: string; data: Record<string, unknown> }[] = []
  for (const slug of EXPORTED_GLOBALS) {
    if (!payload.config.globals.some((g) => g.slug === slug)) continue
    // The row id stays: the province's published shape has one (the import lets the target number its row).
    const { globalType: _type, ...data } = dropNulls(await payload.db.findGlobal({ slug: slug as GlobalSlug })) as Record<string, unknown>
    for (const problem of schemaProblems(slug, data)) problems.push(`${BUNDLE_PATHS.global(slug)}: ${problem}`)
    globals.push({ slug, data })
  }
  const uploads: { source: string; target: string }[] = []
  for (const { collection, documents } of collections) {
    const staticDir = payload.collections[collection as CollectionSlug].config.upload?.staticDir
    if (!staticDir) continue
    for (const doc of documents) {
      for (const name of uploadFilenames(doc)) {
        const source = path.join(staticDir, name)
        if (!existsSync(source)) problems.push(`${collection} id ${String(doc.id)}: berkas ${name} tidak ada di ${staticDir}`)
        uploads.push({ source, target: BUNDLE_PATHS.file(collection, name) })
      }
    }
  }
  if (problems.length) throw listProblems('Ekspor dibatalkan: isi basis data tidak lolos pemeriksaan skema, tidak ada yang ditulis.', problems)

  const created = !existsSync(dir)
  const files: Record<string, string> = {}
  const write = (relative: string, value: unknown) => {
    const target = path.join(dir, relative)
    mkdirSync(path.dirname(target), { recursive: true })
    const text = `${JSON.stringify(value, null, 1)}\n`
    writeFileSync(target, text)
    files[relative] = createHash('sha256').update(text).digest('hex')
  }
  try {
    for (const file of collections) {
      write(BUNDLE_PATHS.collection(file.collection), file)
      log(`  ${file.collection}: ${file.documents.length} dokumen, ${file.versions.length} versi`)
    }
    for (const { slug, data } of globals) write(BUNDLE_PATHS.global(slug), data)
    for (const { source, target } of uploads) {
      const full = path.join(dir, target)
      mkdirSync(path.dirname(full), { recursive: true })
      copyFileSync(source, full)
      files[target] = sha256File(full)
    }
    const manifest: Manifest = {
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source: { adapter: adapterKind(payload) },
      options: { withPasswords: Boolean(options.withPasswords), withPersonalData: Boolean(key) },
      ...(key ? { personalData: { cipher: 'aes-256-gcm' as const, kdf: 'scrypt' as const, salt, check: keyCheck(key) } } : {}),
      counts: {
        collections: Object.fromEntries(collections.map((c) => [c.collection, { documents: c.documents.length, versions: c.versions.length }])),
        globals: globals.length,
        files: uploads.length,
      },
      files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))),
    }
    const manifestProblems = bundleFileProblems('manifest', manifest)
    if (manifestProblems.length) throw listProblems('Manifes bundel tidak sah.', manifestProblems)
    writeFileSync(path.join(dir, BUNDLE_PATHS.manifest), `${JSON.stringify(manifest, null, 1)}\n`)
    return manifest
  } catch (error) {
    if (created) rmSync(dir, { recursive: true, force: true })
    else for (const entry of readdirSync(dir)) rmSync(path.join(dir, entry), { recursive: true, force: true })
    throw error
  }
}
