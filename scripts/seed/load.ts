import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { createLocalReq } from 'payload'
import { demoProvince } from './data.ts'
import { fileBytes, MIME } from './files.ts'
import { slugify } from '../../schemas/index.ts'
import type { SeedFile, SeedRef } from './types.ts'

const isRef = (value: unknown): value is SeedRef => typeof value === 'object' && value !== null && '$ref' in value
const isFile = (value: unknown): value is SeedFile => typeof value === 'object' && value !== null && '$file' in value

export interface SeedSummary {
  documents: Record<string, number>
  files: number
  users: number
}

/**
 * Loads the demo province into an empty database in one transaction: either all of it lands or
 * nothing does. Dates are relative to `today`, so the demo stays meaningful whenever it is seeded.
 */
export const loadDemoProvince = async (payload: Payload, today = new Date(), log: (line: string) => void = () => {}): Promise<SeedSummary> => {
  const demo = demoProvince(today)
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  const ids = new Map<string, number | string>()
  const summary: SeedSummary = { documents: {}, files: 0, users: 0 }
  const written: { collection: 'media' | 'documents'; filename: string }[] = []

  const upload = async (file: SeedFile) => {
    const data = await fileBytes(file)
    const ext = file.$file
    const opd = file.opd ? (ids.get(`opds:${file.opd}`) as number) : undefined
    const collection = ext === 'png' ? 'media' : 'documents'
    const doc = await payload.create({
      collection,
      data: ext === 'png' ? { alt: file.alt ?? file.name, opd } : { title: file.name, opd },
      // Numbered, because Payload's check for a free file name cannot see rows of an open transaction.
      file: { data, mimetype: MIME[ext], name: `${slugify(file.name)}-${summary.files + 1}.${ext}`, size: data.length },
      overrideAccess: true,
      req,
      depth: 0,
    })
    summary.files++
    written.push({ collection, filename: String(doc.filename) })
    return doc.id
  }

  const resolve = async (value: unknown): Promise<unknown> => {
    if (isRef(value)) {
      const id = ids.get(`${value.$ref}:${value.key}`)
      if (id === undefined) throw new Error(`seed: ${value.$ref} "${value.key}" is referred to before it exists`)
      return id
    }
    if (isFile(value)) return upload(value)
    if (Array.isArray(value)) {
      const out: unknown[] = []
      for (const item of value) out.push(await resolve(item))
      return out
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(value)) out[k] = await resolve(v)
      return out
    }
    return value
  }

  try {
    await payload.updateGlobal({ slug: 'province', data: demo.province, overrideAccess: true, req })
    await payload.updateGlobal({ slug: 'citizen-settings', data: demo.citizen, overrideAccess: true, req })
    for (const [slug, docs] of demo.collections) {
      const collection = payload.collections[slug as CollectionSlug]
      if (!collection) throw new Error(`seed: unknown collection ${slug}`)
      const drafts = Boolean(collection.config.versions?.drafts)
      for (const doc of docs) {
        const { _key, _status, ...fields } = doc
        const data = (await resolve(fields)) as Record<string, unknown>
        // Collections vary, so the generated per-collection types cannot help here.
        const created = await payload.create({
          collection: slug as CollectionSlug,
          data: drafts ? { ...data, _status } : data,
          draft: drafts && _status === 'draft',
          overrideAccess: true,
          req,
          depth: 0,
        } as never)
        if (_key) ids.set(`${slug}:${_key}`, created.id)
      }
      summary.documents[slug] = docs.length
      log(`  ${slug}: ${docs.length}`)
    }
    for (const user of demo.users) {
      await payload.create({
        collection: 'users',
        data: { ...user, opds: user.opds.map((key) => ids.get(`opds:${key}`) as number), active: true },
        overrideAccess: true,
        req,
      })
      summary.users++
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    removeFiles(payload, written)
    throw error
  }
  return summary
}

/** Files written by a seed that was rolled back, with their resized variants. */
const removeFiles = (payload: Payload, written: { collection: 'media' | 'documents'; filename: string }[]) => {
  for (const { collection, filename } of written) {
    const dir = payload.collections[collection].config.upload.staticDir!
    const stem = filename.replace(/\.[^.]+$/, '')
    for (const name of readdirSync(dir)) if (name === filename || name.startsWith(`${stem}-`)) rmSync(path.join(dir, name), { force: true })
  }
}

