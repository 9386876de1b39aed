import type { CollectionSlug, Field, Validate } from 'payload'
import { z } from 'zod'
import { dropNulls, FORMATS, fieldMeta, issueMessage, minimumLength, patternsOf, refId, unwrapOptional, type CrossIssue, type FieldMeta } from '../../schemas/index.ts'
import { activeUser, isOpdRole } from '../access/roles.ts'
import { langOf, MESSAGES, say } from '../messages.ts'

/**
 * Payload fields generated from the standard's zod schemas, so that required fields, formats, labels
 * and docs are written once, in schemas/. Each leaf validates itself with its own zod schema, so an
 * error names the field's own path (e.g. `lines.0.realisation`).
 */

export type FieldOverrides = Record<string, (field: Field) => Field>

/** The standard's multi-field rules of a type, run on the whole document being saved. */
export type CrossCheck = (doc: Record<string, unknown>) => CrossIssue[]

/**
 * Payload validates fields after collection hooks have run, so the multi-field rules are checked here,
 * inside field validation: each field reports the rule issues that name its own path.
 */
const withCrossRules =
  (validate: Validate, check: CrossCheck | undefined): Validate =>
  async (value, options) => {
    const own = await validate(value, options)
    if (own !== true || !check || !options.data) return own
    const path = options.path.join('.')
    const issue = check(dropNulls(options.data) as Record<string, unknown>).find((i) => i.path.join('.') === path)
    return issue ? issue.message[langOf(options.req)] : true
  }

/** Payload stores empty fields as null; the standard calls them absent. */
const absent = (value: unknown) => value === null || value === undefined || value === ''

const dropNull = (value: unknown) => (absent(value) ? undefined : value)

const leafValidate =
  (schema: z.ZodType): Validate =>
  (value, { req }) => {
    const result = schema.safeParse(dropNull(value), { reportInput: true })
    return result.success ? true : issueMessage(result.error.issues[0]!, langOf(req))
  }

/**
 * A relation must point at an existing document (for uploads, a file of an allowed type) that belongs to
 * the same OPD as the document, or to no OPD (province content): one OPD cannot borrow, and so publish,
 * another's drafts or private files.
 */
const relationValidate =
  (schema: z.ZodType, collection: string, mimeTypes?: readonly string[]): Validate =>
  async (value, { req, data }) => {
    const required = leafValidate(schema)(value, { req } as never)
    if (required !== true || absent(value)) return required
    const id = refId(value)
    const found = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      // OPD staff may only point at what they may read (their own, or what is published); Kominfo at anything.
      overrideAccess: !isOpdRole(activeUser(req)),
      req,
      pagination: false,
    })
    const doc = found.docs[0] as { mimeType?: string; opd?: unknown } | undefined
    if (!doc) {
      const labels = req.payload.collections[collection as CollectionSlug]?.config.labels.singular as Record<string, string> | undefined
      return say(MESSAGES.notFound(labels?.[langOf(req)] ?? collection, String(id)), req)
    }
    if (mimeTypes && !mimeTypes.includes(doc.mimeType ?? '')) return say(MESSAGES.wrongFileType(mimeTypes.join(', ')), req)
    const owner = refId(doc.opd)
    const ours = refId((data as { opd?: unknown } | undefined)?.opd)
    if (collection !== 'opds' && owner !== undefined && String(owner) !== String(ours)) return say(MESSAGES.otherOpdsRecord, req)
    return true
  }

const base = (name: string, meta: Partial<FieldMeta>, optional: boolean) => ({
  name,
  label: meta.label,
  required: !optional,
  admin: {
    ...(meta.help ? { description: meta.help } : {}),
    ...(meta.readOnly ? { readOnly: true } : {}),
  },
})

/** Dates stay plain `YYYY-MM-DD` text: a calendar day, without the time zone shift of a timestamp column. */
const isDate = (schema: z.ZodType) => patternsOf(schema).some((p) => p.source === FORMATS.date.pattern.source)

/** One Payload field for one zod field. */
export const fieldFromSchema = (name: string, schema: z.ZodType, check?: CrossCheck): Field => {
  const meta = fieldMeta(schema)
  if (!meta.label) throw new Error(`schemas: field "${name}" has no label`)
  const { inner, optional } = unwrapOptional(schema)
  const type = (inner._zod.def as { type: string }).type
  const common = base(name, meta, optional)

  if (meta.upload) {
    return { ...common, type: 'upload', relationTo: meta.upload as CollectionSlug, validate: withCrossRules(relationValidate(schema, meta.upload, meta.mimeTypes), check) } as Field
  }
  if (meta.relationTo) {
    return { ...common, type: 'relationship', relationTo: meta.relationTo as CollectionSlug, validate: withCrossRules(relationValidate(schema, meta.relationTo), check) } as Field
  }
  if (meta.widget === 'richText') {
    return { ...common, type: 'richText', validate: withCrossRules(leafValidate(schema), check) } as Field
  }
  switch (type) {
    case 'object': {
      const shape = (inner as z.ZodObject).shape
      return { name, label: meta.label, admin: common.admin, type: 'group', fields: fieldsFromSchema(shape, {}, check) } as Field
    }
    case 'array': {
      const element = (inner._zod.def as unknown as { element: z.ZodType }).element
      const minRows = minimumLength(inner)
      return {
        ...common,
        type: 'array',
        labels: { singular: meta.label, plural: meta.label },
        minRows,
        fields: fieldsFromSchema((element as z.ZodObject).shape, {}, check),
        // Rows validate themselves; the list only checks that it has enough of them.
        validate: leafValidate(optional ? z.array(z.unknown()).min(minRows ?? 0).optional() : z.array(z.unknown()).min(Math.max(1, minRows ?? 0))),
      } as Field
    }
    case 'enum': {
      const labels = meta.options ?? {}
      const values = (inner as z.ZodEnum).options as string[]
      return { ...common, type: 'select', options: values.map((value) => ({ value, label: labels[value] ?? { id: value, en: value } })), validate: withCrossRules(leafValidate(schema), check) } as Field
    }
    case 'number':
      return { ...common, type: 'number', validate: withCrossRules(leafValidate(schema), check) } as Field
    case 'boolean':
      return { ...common, required: false, type: 'checkbox', defaultValue: false } as Field
    case 'string':
      if (isDate(inner)) return { ...common, type: 'text', admin: { ...common.admin, placeholder: FORMATS.date.example }, validate: withCrossRules(leafValidate(schema), check) } as Field
      return { ...common, type: meta.widget === 'textarea' ? 'textarea' : 'text', validate: withCrossRules(leafValidate(schema), check) } as Field
    default:
      throw new Error(`schemas: field "${name}" has a zod type (${type}) the CMS cannot render`)
  }
}

export const fieldsFromSchema = (shape: Record<string, z.ZodType>, overrides: FieldOverrides = {}, check?: CrossCheck): Field[] =>
  Object.entries(shape).map(([name, schema]) => {
    const field = fieldFromSchema(name, schema, check)
    return overrides[name] ? overrides[name](field) : field
  })
