import type { CollectionAfterChangeHook, CollectionSlug, Field } from 'payload'

/** Upload fields of a collection, with their paths (top level and inside groups and arrays). */
const uploadPaths = (fields: Field[], prefix: string[] = []): { path: string[]; relationTo: string }[] =>
  fields.flatMap((field) => {
    if (field.type === 'upload' && typeof field.relationTo === 'string') return [{ path: [...prefix, field.name], relationTo: field.relationTo }]
    if ((field.type === 'group' || field.type === 'array') && 'name' in field) return uploadPaths(field.fields, [...prefix, field.name, ...(field.type === 'array' ? ['*'] : [])])
    return []
  })

const valuesAt = (doc: unknown, path: string[]): unknown[] => {
  if (path.length === 0) return [doc]
  if (doc === null || doc === undefined) return []
  const [head, ...rest] = path
  if (head === '*') return Array.isArray(doc) ? doc.flatMap((row) => valuesAt(row, rest)) : []
  return valuesAt((doc as Record<string, unknown>)[head!], rest)
}

/**
 * Files are private until the content that shows them is published; publishing the content makes its
 * files public. Content that must stay private (exempted PPID entries) passes `keepPrivate`.
 */
export const publishAttachments =
  (keepPrivate: (doc: Record<string, unknown>) => boolean = () => false): CollectionAfterChangeHook =>
  async ({ doc, collection, req }) => {
    if (doc._status !== 'published' || keepPrivate(doc)) return doc
    for (const { path, relationTo } of uploadPaths(collection.fields)) {
      for (const value of valuesAt(doc, path)) {
        const id = typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value
        if (id === null || id === undefined) continue
        await req.payload.update({ collection: relationTo as CollectionSlug, id: id as number, data: { public: true }, overrideAccess: true, req, depth: 0 })
      }
    }
    return doc
  }
