import type { CollectionSlug, Payload, Where } from 'payload'
import { z } from 'zod'
import { contentType, fieldMeta, unwrapOptional } from '../../schemas/index.ts'
import { ALL_EXAMPLES } from '../../schemas/examples/index.ts'
import { samplePdf, samplePng } from '../../scripts/seed/files.ts'

let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

const unwrap = (schema: z.ZodType) => unwrapOptional(schema).inner

/** An existing document to point a relation at: of the same OPD if there is one, else of none (province content). */
const existingId = async (payload: Payload, collection: string, opd: number | string | undefined, mimeTypes?: readonly string[]) => {
  const hasOpd = payload.collections[collection as CollectionSlug]!.config.fields.some((f) => 'name' in f && f.name === 'opd')
  const owners: Where[] = !hasOpd || collection === 'opds' ? [{}] : [...(opd === undefined ? [] : [{ opd: { equals: opd } }]), { opd: { exists: false } }]
  for (const owner of owners) {
    const where: Where = { and: [owner, ...(mimeTypes ? [{ mimeType: { in: mimeTypes } }] : [])] }
    const found = await payload.find({ collection: collection as CollectionSlug, where, sort: 'id', limit: 1, depth: 0, overrideAccess: true })
    if (found.docs[0]) return found.docs[0].id
  }
  throw new Error(`no ${collection} document of this OPD to refer to`)
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

/** Private fields are not in the published examples; these complete a stored document. */
const PRIVATE_SAMPLES: Record<string, Record<string, unknown>> = {
  complaints: { message: 'Contoh isi pengaduan warga untuk pengujian.', reporter: { name: 'Warga Uji' } },
}

/**
 * Valid data for a new document of a content type, from its first curated example, with relations
 * pointed at documents that exist (of `opd` where possible) and unique fields made unique.
 */
export const sampleData = async (payload: Payload, slug: string, opd: number | string | undefined): Promise<Record<string, unknown>> => {
  const examples = ALL_EXAMPLES.find((e) => e.type.slug === slug)
  const type = contentType(slug)
  if (!examples || !type) throw new Error(`no examples for ${slug}`)
  // Province-level documents have no OPD; pick an example of the right level (e.g. a Renstra, not an RPJMD).
  const example = examples.valid.find((e) => ('opd' in e.doc) === (opd !== undefined)) ?? examples.valid[0]!
  const { id: _id, createdAt: _c, updatedAt: _u, ...doc } = { ...structuredClone(example.doc), ...PRIVATE_SAMPLES[slug] } as Record<string, unknown>
  if ('opd' in type.fields.shape) {
    if (opd === undefined) delete doc.opd
    else doc.opd = opd
  }
  await resolveRelations(payload, type.fields.shape, doc, opd)
  if ('slug' in doc) doc.slug = `contoh-${unique()}`
  if ('ticket' in doc) delete doc.ticket
  // A complaint is dated by the system when it is recorded (cms/collections/Complaints.ts).
  if (slug === 'complaints') {
    delete doc.receivedAt
    delete doc.dueAt
  }
  return doc
}

/** A valid upload for media (a PNG) or documents (a PDF), ready for the Local API's `file`. */
export const sampleFile = async (collection: 'media' | 'documents') => {
  const data = collection === 'media' ? await samplePng(`Contoh ${unique()}`) : samplePdf(`Contoh ${unique()}`)
  const [mimetype, ext] = collection === 'media' ? ['image/png', 'png'] : ['application/pdf', 'pdf']
  return { data, mimetype, name: `contoh-${unique()}.${ext}`, size: data.length }
}
