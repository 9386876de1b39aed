import type { CollectionSlug, Payload } from 'payload'
import { z } from 'zod'
import { contentType, fieldMeta } from '../../schemas/index.ts'
import { ALL_EXAMPLES } from '../../schemas/examples/index.ts'

let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

const unwrap = (schema: z.ZodType): z.ZodType => {
  let inner = schema
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: z.ZodType }
    if (!def.innerType || !['optional', 'nullable', 'default'].includes(def.type)) return inner
    inner = def.innerType
  }
}

/** An existing document to point a relation at, preferring the same OPD. */
const existingId = async (payload: Payload, collection: string, opd: number | string | undefined, mimeTypes?: readonly string[]) => {
  const hasOpd = payload.collections[collection as CollectionSlug]!.config.fields.some((f) => 'name' in f && f.name === 'opd')
  const where = {
    ...(hasOpd && opd !== undefined && collection !== 'opds' ? { opd: { equals: opd } } : {}),
    ...(mimeTypes ? { mimeType: { in: mimeTypes } } : {}),
  }
  const found = await payload.find({ collection: collection as CollectionSlug, where, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return found.docs[0].id
  const any = await payload.find({ collection: collection as CollectionSlug, where: mimeTypes ? { mimeType: { in: mimeTypes } } : {}, limit: 1, depth: 0, overrideAccess: true })
  if (!any.docs[0]) throw new Error(`no ${collection} document to refer to`)
  return any.docs[0].id
}

const resolveRelations = async (payload: Payload, shape: Record<string, z.ZodType>, value: Record<string, unknown>, opd: number | string | undefined) => {
  for (const [key, schema] of Object.entries(shape)) {
    if (value[key] === undefined) continue
    const meta = fieldMeta(schema)
    const target = meta.relationTo ?? meta.upload
    if (target === 'opds') value[key] = opd
    else if (target) value[key] = await existingId(payload, target, opd, meta.mimeTypes)
    else {
      const inner = unwrap(schema)
      const def = inner._zod.def as { type: string; element?: z.ZodType }
      if (def.type === 'object' && !meta.widget) await resolveRelations(payload, (inner as z.ZodObject).shape, value[key] as Record<string, unknown>, opd)
      if (def.type === 'array' && (unwrap(def.element!)._zod.def as { type: string }).type === 'object') {
        for (const row of value[key] as Record<string, unknown>[]) await resolveRelations(payload, (unwrap(def.element!) as z.ZodObject).shape, row, opd)
      }
    }
  }
}

/**
 * Valid data for a new document of a content type, from its first curated example, with relations
 * pointed at documents that exist (of `opd` where possible) and unique fields made unique.
 */
export const sampleData = async (payload: Payload, slug: string, opd: number | string | undefined): Promise<Record<string, unknown>> => {
  const examples = ALL_EXAMPLES.find((e) => e.type.slug === slug)
  const type = contentType(slug)
  if (!examples || !type) throw new Error(`no examples for ${slug}`)
  const { id: _id, createdAt: _c, updatedAt: _u, ...doc } = structuredClone(examples.valid[0]!.doc) as Record<string, unknown>
  if ('opd' in type.fields.shape) {
    if (opd === undefined) delete doc.opd
    else doc.opd = opd
  }
  await resolveRelations(payload, type.fields.shape, doc, opd)
  if ('slug' in doc) doc.slug = `contoh-${unique()}`
  if ('ticket' in doc) delete doc.ticket
  return doc
}

/** Valid data for a new upload of media or documents. */
export const sampleFile = (collection: 'media' | 'documents') =>
  collection === 'media'
    ? { mimetype: 'image/png', name: `contoh-${unique()}.png`, data: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001d7f4d1a40000000049454e44ae426082', 'hex') }
    : { mimetype: 'application/pdf', name: `contoh-${unique()}.pdf`, data: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n') }
