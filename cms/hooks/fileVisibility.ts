import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, Field, PayloadRequest, Where } from 'payload'
import { refId } from '../../schemas/index.ts'

interface UploadRef {
  /** Dotted path for a `where` query, e.g. `files.file`. */
  path: string
  /** Same path with `*` where arrays are, to read values out of a document. */
  segments: string[]
  relationTo: string
}

/** Upload fields of a collection, top level and inside groups and arrays. */
const uploadRefs = (fields: Field[], prefix: string[] = [], segments: string[] = []): UploadRef[] =>
  fields.flatMap((field) => {
    if (!('name' in field)) return []
    if (field.type === 'upload' && typeof field.relationTo === 'string') return [{ path: [...prefix, field.name].join('.'), segments: [...segments, field.name], relationTo: field.relationTo }]
    if (field.type === 'group') return uploadRefs(field.fields, [...prefix, field.name], [...segments, field.name])
    if (field.type === 'array') return uploadRefs(field.fields, [...prefix, field.name], [...segments, field.name, '*'])
    return []
  })

const valuesAt = (doc: unknown, segments: string[]): unknown[] => {
  if (doc === null || doc === undefined) return []
  if (segments.length === 0) return [doc]
  const [head, ...rest] = segments
  if (head === '*') return Array.isArray(doc) ? doc.flatMap((row) => valuesAt(row, rest)) : []
  return valuesAt((doc as Record<string, unknown>)[head!], rest)
}

/** Files a document points at, per upload collection. */
const filesOf = (fields: Field[], ...docs: unknown[]) => {
  const files = new Map<string, Set<string | number>>()
  for (const ref of uploadRefs(fields)) {
    for (const doc of docs) {
      for (const value of valuesAt(doc, ref.segments)) {
        const id = refId(value)
        if (id !== undefined) (files.get(ref.relationTo) ?? files.set(ref.relationTo, new Set()).get(ref.relationTo)!).add(id)
      }
    }
  }
  return files
}

/**
 * A file is public exactly when some document that a visitor may read points at it. Worked out again
 * from the stored documents after every change, so withdrawing, exempting or unlinking makes it private.
 */
const refresh = async (req: PayloadRequest, files: Map<string, Set<string | number>>) => {
  if (files.size === 0) return
  // The same request (and so the same transaction), seen as a visitor to ask what is visible, and used as
  // the system to record the answer: the editor whose change triggered this may not set `public`.
  const anonymous = { ...req, user: null } as PayloadRequest
  // Every upload field of every collection, with what a visitor may read of that collection: worked out once.
  const places: { collection: CollectionSlug; ref: UploadRef; visitorSees: Where | true }[] = []
  for (const collection of req.payload.config.collections) {
    const refs = uploadRefs(collection.fields)
    if (refs.length === 0) continue
    const access = await collection.access.read({ req: anonymous })
    if (access === false) continue
    for (const ref of refs) places.push({ collection: collection.slug as CollectionSlug, ref, visitorSees: access })
  }
  const shownTo = async (uploadCollection: string, id: string | number) => {
    for (const { collection, ref, visitorSees } of places) {
      if (ref.relationTo !== uploadCollection) continue
      const where: Where = { and: [{ [ref.path]: { equals: id } }, ...(visitorSees === true ? [] : [visitorSees])] }
      if ((await req.payload.count({ collection, where, overrideAccess: true, req })).totalDocs > 0) return true
    }
    return false
  }
  for (const [uploadCollection, ids] of files) {
    for (const id of ids) {
      const visible = await shownTo(uploadCollection, id)
      await req.payload.update({ collection: uploadCollection as CollectionSlug, id, data: { public: visible }, overrideAccess: true, req: anonymous, depth: 0 })
    }
  }
}

export const refreshFilesAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req }) => {
  await refresh(req, filesOf(collection.fields, doc, previousDoc))
  return doc
}

export const refreshFilesAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  await refresh(req, filesOf(collection.fields, doc))
  return doc
}
