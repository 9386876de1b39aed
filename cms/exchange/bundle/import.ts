import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, copyFileSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Field, GlobalSlug, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { ERASED } from '../../citizen/retention.ts'
import { seal } from '../../citizen/seal.ts'
import { bundleKey, BundleKeyError, keyMatches, openFromBundle } from './crypto.ts'
import { adapterKind, BundleError, getPath, listProblems, setPath, sha256File, uploadFilenames } from './export.ts'
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_PATHS,
  BUNDLE_SEALED_PREFIX,
  EXPORTED_COLLECTIONS,
  EXPORTED_GLOBALS,
  PERSONAL_FIELDS,
  PERSONAL_PLACEHOLDER,
  type CollectionFile,
  type Manifest,
} from './format.ts'
import { bundleFileProblems, schemaProblems } from './validate.ts'

/** Values that stand for personal data no longer (or not) held: stored in clear, as the retention job leaves them. */
const CLEAR_MARKERS = [...Object.values(ERASED), PERSONAL_PLACEHOLDER]

export interface ImportOptions {
  /** The passphrase the bundle's personal data was encrypted with (BUNDLE_KEY). */
  bundleKey?: string
  log?: (line: string) => void
  /** The bundle as `readBundle` returned it, when the caller checked it already. */
  checked?: ReadBundle
}

export interface ImportSummary {
  documents: Record<string, number>
  versions: number
  globals: number
  files: number
}

export interface ReadBundle {
  manifest: Manifest
  collections: CollectionFile[]
  globals: { slug: string; data: Record<string, unknown> }[]
}

const listFiles = (root: string, dir = root): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(root, full) : [path.relative(root, full).split(path.sep).join('/')]
  })

const parseJson = (dir: string, relative: string, problems: string[]): unknown => {
  try {
    return JSON.parse(readFileSync(path.join(dir, relative), 'utf8'))
  } catch (error) {
    problems.push(`${relative}: bukan JSON yang sah (${(error as Error).message})`)
    return undefined
  }
}

/**
 * Reads and checks a whole bundle without touching any database: the manifest against its schema and
 * format version, every file against its checksum (none missing, none added), every document and version
 * against its generated JSON Schema, references to uploads' files, and the key for personal data. Throws a
 * BundleError listing every problem with file, document and field.
 */
export const readBundle = (dir: string, options: ImportOptions = {}): ReadBundle => {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new BundleError(`Folder bundel ${dir} tidak ditemukan.`)
  if (!existsSync(path.join(dir, BUNDLE_PATHS.manifest))) throw new BundleError(`${BUNDLE_PATHS.manifest} tidak ada di ${dir}: ini bukan bundel ekspor Portal OPD.`)
  const problems: string[] = []
  const manifest = parseJson(dir, BUNDLE_PATHS.manifest, problems) as Manifest | undefined
  if (!manifest) throw listProblems('Bundel ditolak, tidak ada yang ditulis.', problems)
  if (manifest.format !== BUNDLE_FORMAT) throw new BundleError(`${BUNDLE_PATHS.manifest}: format "${String(manifest.format)}" bukan bundel Portal OPD.`)
  if (manifest.formatVersion !== BUNDLE_FORMAT_VERSION) throw new BundleError(`${BUNDLE_PATHS.manifest}: versi format ${String(manifest.formatVersion)} tidak didukung (versi ini membaca ${BUNDLE_FORMAT_VERSION}).`)
  for (const problem of bundleFileProblems('manifest', manifest)) problems.push(`${BUNDLE_PATHS.manifest}: ${problem}`)
  if (problems.length) throw listProblems('Bundel ditolak, tidak ada yang ditulis.', problems)

  const listed = manifest.files
  const present = new Set(listFiles(dir).filter((file) => file !== BUNDLE_PATHS.manifest))
  for (const [file, hash] of Object.entries(listed)) {
    if (!present.has(file)) problems.push(`${file}: tercantum di manifes tetapi tidak ada di bundel`)
    else if (sha256File(path.join(dir, file)) !== hash) problems.push(`${file}: checksum SHA-256 tidak cocok dengan manifes (berkas berubah atau rusak)`)
  }
  for (const file of present) if (!(file in listed)) problems.push(`${file}: tidak tercantum di manifes`)
  if (problems.length) throw listProblems('Bundel ditolak, tidak ada yang ditulis.', problems)

  let key: Buffer | undefined
  if (manifest.personalData) {
    try {
      key = bundleKey(options.bundleKey, manifest.personalData.salt)
    } catch (error) {
      if (error instanceof BundleKeyError) throw new BundleError(`Bundel ini memuat data pribadi warga yang terenkripsi. ${error.message}`)
      throw error
    }
    if (!keyMatches(key, manifest.personalData.check)) throw new BundleError('BUNDLE_KEY salah: kunci ini tidak membuka data pribadi dalam bundel. Tidak ada yang ditulis.')
  }

  const collections: CollectionFile[] = []
  for (const slug of Object.keys(manifest.counts.collections)) {
    const relative = BUNDLE_PATHS.collection(slug)
    if (!EXPORTED_COLLECTIONS.includes(slug)) {
      problems.push(`${relative}: koleksi "${slug}" tidak dikenal oleh versi ini`)
      continue
    }
    const file = parseJson(dir, relative, problems) as CollectionFile | undefined
    if (!file) continue
    const shape = bundleFileProblems('collection', file)
    if (shape.length) {
      problems.push(...shape.map((p) => `${relative}: ${p}`))
      continue
    }
    if (file.collection !== slug) problems.push(`${relative}: berisi koleksi "${file.collection}", bukan "${slug}"`)
    const counts = manifest.counts.collections[slug]!
    if (counts.documents !== file.documents.length || counts.versions !== file.versions.length) problems.push(`${relative}: jumlah dokumen/versi tidak sama dengan manifes`)
    const ids = new Set<unknown>()
    file.documents.forEach((doc, index) => {
      const where = `${relative}, dokumen ke-${index + 1} (id ${String(doc.id)})`
      for (const problem of schemaProblems(slug, doc)) problems.push(`${where}: ${problem}`)
      if (ids.has(doc.id)) problems.push(`${where}: id ganda`)
      ids.add(doc.id)
      for (const name of uploadFilenames(doc)) if (!present.has(BUNDLE_PATHS.file(slug, name))) problems.push(`${where}: berkas ${BUNDLE_PATHS.file(slug, name)} tidak ada di bundel`)
      for (const dotted of PERSONAL_FIELDS[slug]?.paths ?? []) {
        const value = getPath(doc, dotted)
        if (value === undefined) continue
        if (!key) problems.push(`${where}: kolom ${dotted} berisi data pribadi tetapi manifes tidak menyatakan enkripsinya`)
        else if (typeof value !== 'string' || openFromBundle(key, value) === undefined) problems.push(`${where}: kolom ${dotted} tidak dapat dibuka dengan BUNDLE_KEY (rusak atau diubah)`)
      }
    })
    file.versions.forEach((version, index) => {
      const where = `${relative}, versi ke-${index + 1} (dokumen id ${String(version.parent)})`
      if (!ids.has(version.parent)) problems.push(`${where}: dokumen induknya tidak ada di bundel`)
      for (const problem of schemaProblems(slug, version.version)) problems.push(`${where}: ${problem}`)
    })
    collections.push(file)
  }
  const globals: ReadBundle['globals'] = []
  for (const slug of EXPORTED_GLOBALS) {
    const relative = BUNDLE_PATHS.global(slug)
    if (!(relative in listed)) continue
    const data = parseJson(dir, relative, problems) as Record<string, unknown> | undefined
    if (!data) continue
    for (const problem of schemaProblems(slug, data)) problems.push(`${relative}: ${problem}`)
    globals.push({ slug, data })
  }
  if (problems.length) throw listProblems('Bundel ditolak karena tidak lolos pemeriksaan; tidak ada yang ditulis.', problems)
  if (key) {
    // Personal data goes back to clear text here and is sealed with the target's own key on write.
    for (const file of collections) {
      for (const doc of file.documents) {
        for (const dotted of PERSONAL_FIELDS[file.collection]?.paths ?? []) {
          const value = getPath(doc, dotted)
          if (typeof value === 'string' && value.startsWith(BUNDLE_SEALED_PREFIX)) setPath(doc, dotted, openFromBundle(key, value))
        }
      }
    }
  }
  return { manifest, collections, globals }
}

/** Collections a collection's documents refer to (relationship and upload fields, at any depth). */
const referencesOf = (fields: Field[]): string[] =>
  fields.flatMap((field): string[] => {
    const own = 'relationTo' in field && (field.type === 'relationship' || field.type === 'upload') ? [field.relationTo].flat() : []
    const nested = 'fields' in field && Array.isArray(field.fields) ? referencesOf(field.fields) : []
    const tabs = field.type === 'tabs' ? field.tabs.flatMap((tab) => referencesOf(tab.fields)) : []
    const blocks = field.type === 'blocks' ? (field.blocks ?? []).flatMap((block) => referencesOf(block.fields)) : []
    return [...own, ...nested, ...tabs, ...blocks].map(String)
  })

/** Top-level fields of a collection that refer to the same collection (a programme's parent, an OPD's successor). */
const selfReferences = (payload: Payload, slug: string): string[] =>
  payload.collections[slug as CollectionSlug].config.fields.flatMap((field) => ('name' in field && 'relationTo' in field && field.relationTo === slug ? [field.name] : []))

/** Collections in an order where every document's references already exist (foreign keys hold on every insert). */
export const loadOrder = (payload: Payload, slugs: string[]): string[] => {
  const deps = new Map(slugs.map((slug) => [slug, new Set(referencesOf(payload.collections[slug as CollectionSlug].config.fields).filter((ref) => ref !== slug && slugs.includes(ref)))]))
  const order: string[] = []
  while (order.length < slugs.length) {
    const next = slugs.find((slug) => !order.includes(slug) && [...deps.get(slug)!].every((dep) => order.includes(dep)))
    if (!next) throw new Error(`bundle: circular references between ${slugs.filter((slug) => !order.includes(slug)).join(', ')}`)
    order.push(next)
  }
  return order
}

/** Tables and documents a target must not hold for a restore: any exported collection with a document. */
export const existingContent = async (payload: Payload): Promise<string[]> => {
  const found: string[] = []
  for (const slug of EXPORTED_COLLECTIONS) {
    if (!payload.collections[slug as CollectionSlug]) continue
    const { totalDocs } = await payload.db.count({ collection: slug as CollectionSlug })
    if (totalDocs > 0) found.push(`${slug} (${totalDocs})`)
  }
  return found
}

/** PostgreSQL serials do not move when ids are given: point each at the largest restored id. */
const resetSequences = async (payload: Payload, req: PayloadRequest, slugs: string[]) => {
  if (adapterKind(payload) !== 'postgres') return
  const db = payload.db as unknown as { tableNameMap: Map<string, string>; schemaName?: string; execute: (args: { db?: unknown; drizzle?: unknown; raw: string }) => Promise<unknown>; sessions: Record<string, { db: unknown }>; drizzle: unknown }
  const drizzle = req.transactionID ? db.sessions[String(await req.transactionID)]?.db : db.drizzle
  const schema = db.schemaName ?? 'public'
  for (const slug of slugs) {
    const table = db.tableNameMap.get(slug.replaceAll('-', '_'))
    if (!table) continue
    const qualified = `"${schema}"."${table}"`
    await db.execute({ drizzle, raw: `SELECT setval(pg_get_serial_sequence('${qualified}', 'id'), COALESCE((SELECT MAX(id) FROM ${qualified}), 0) + 1, false) WHERE pg_get_serial_sequence('${qualified}', 'id') IS NOT NULL` })
  }
}

/**
 * Loads a checked bundle into the EMPTY database behind `payload` (migrated already): globals, every
 * collection with the documents' own ids, timestamps, publish status and workflow stage, then the version
 * history, then the files. Writes go straight to the database adapter, so no hook runs: nothing is audited,
 * notified, re-validated, re-sealed twice or queued for a rebuild, and stored values stay as they were. One
 * transaction where the adapter has them; on any failure it is rolled back and the files written removed.
 */
export const importBundle = async (payload: Payload, dir: string, options: ImportOptions = {}): Promise<ImportSummary> => {
  const log = options.log ?? (() => {})
  const bundle = options.checked ?? readBundle(dir, options)
  const existing = await existingContent(payload)
  if (existing.length) throw new BundleError(`Basis data tujuan tidak kosong (${existing.join(', ')}); impor bundel hanya ke basis data baru agar tidak ada yang tertimpa. Tidak ada yang ditulis.`)

  const summary: ImportSummary = { documents: {}, versions: 0, globals: 0, files: 0 }
  const byCollection = new Map(bundle.collections.map((file) => [file.collection, file]))
  const order = loadOrder(payload, bundle.collections.map((file) => file.collection))
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  const written: string[] = []
  let at = 'global'
  try {
    for (const { slug, data } of bundle.globals) {
      const { id: _id, ...fields } = data
      // A global never saved has no row; the target's defaults apply to it as they did on the source.
      if (Object.keys(fields).length === 0) continue
      at = BUNDLE_PATHS.global(slug)
      await payload.db.createGlobal({ slug: slug as GlobalSlug, data: { ...fields }, req, returning: false })
      // createGlobal stamps the current time: put the source's timestamps back.
      await payload.db.updateGlobal({ slug: slug as GlobalSlug, data: fields, req, returning: false })
      summary.globals++
    }
    for (const slug of order) {
      const file = byCollection.get(slug)!
      const selfRefs = selfReferences(payload, slug)
      const inserted = new Set<unknown>()
      const later: Record<string, unknown>[] = []
      const personal = PERSONAL_FIELDS[slug]
      for (const source of file.documents) {
        const doc = structuredClone(source)
        if (personal) {
          for (const dotted of personal.paths) {
            const value = getPath(doc, dotted)
            // Stored sealed with the target's own key, as its intake would; markers of erased data stay as they are.
            if (typeof value === 'string' && value !== '') setPath(doc, dotted, CLEAR_MARKERS.includes(value) ? value : seal(value))
            else if (personal.required.includes(dotted)) setPath(doc, dotted, PERSONAL_PLACEHOLDER)
          }
        }
        // A reference to a document of the same collection that comes later is set once that one exists.
        const forward = selfRefs.filter((name) => doc[name] !== undefined && !inserted.has(doc[name]))
        const data = { ...doc }
        for (const name of forward) delete data[name]
        at = `${BUNDLE_PATHS.collection(slug)}, dokumen id ${String(doc.id)}`
        await payload.db.create({ collection: slug as CollectionSlug, data, customID: doc.id as number | string, req, returning: false })
        if (forward.length) later.push(doc)
        inserted.add(doc.id)
      }
      at = `${BUNDLE_PATHS.collection(slug)}, rujukan antardokumen`
      for (const doc of later) await payload.db.updateOne({ collection: slug as CollectionSlug, id: doc.id as number | string, data: doc, req, returning: false })
      summary.documents[slug] = file.documents.length
      log(`  ${slug}: ${file.documents.length}`)
    }
    for (const slug of order) {
      for (const version of byCollection.get(slug)!.versions) {
        at = `${BUNDLE_PATHS.collection(slug)}, versi dokumen id ${String(version.parent)}`
        await payload.db.createVersion({
          collectionSlug: slug as CollectionSlug,
          parent: version.parent,
          versionData: version.version as never,
          createdAt: version.createdAt,
          updatedAt: version.updatedAt,
          autosave: Boolean(version.autosave),
          req,
          returning: false,
        })
        summary.versions++
      }
    }
    at = 'urutan id'
    await resetSequences(payload, req, order)
    at = 'berkas unggahan'
    for (const file of bundle.collections) {
      const staticDir = payload.collections[file.collection as CollectionSlug].config.upload?.staticDir
      if (!staticDir) continue
      mkdirSync(staticDir, { recursive: true })
      for (const doc of file.documents) {
        for (const name of uploadFilenames(doc)) {
          const target = path.join(staticDir, name)
          if (!existsSync(target)) written.push(target)
          copyFileSync(path.join(dir, BUNDLE_PATHS.file(file.collection, name)), target)
          summary.files++
        }
      }
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    else await emptyAgain(payload, req)
    for (const file of written) rmSync(file, { force: true })
    throw new BundleError(`Pemuatan bundel gagal di ${at}: ${reason(error)}. Semua yang sudah ditulis dibatalkan; basis data kembali kosong.`)
  }
  return summary
}

/** What the database said, with the fields a validation error names (a unique value taken twice). */
const reason = (error: unknown): string => {
  const fields = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
  return fields?.length ? fields.map((f) => `kolom ${f.path}: ${f.message}`).join('; ') : (error as Error).message
}

/** Without transactions (MongoDB without a replica set): remove what was written. */
const emptyAgain = async (payload: Payload, req: PayloadRequest) => {
  for (const slug of EXPORTED_COLLECTIONS) {
    if (!payload.collections[slug as CollectionSlug]) continue
    await payload.db.deleteMany({ collection: slug as CollectionSlug, where: {}, req })
  }
}
