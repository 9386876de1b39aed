import type { CollectionConfig, Field, Validate } from 'payload'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { collections } from '../../cms/collections/index.ts'
import { CONTENT_TYPES, SINGLETON_TYPES, unwrapOptional } from '../../schemas/index.ts'

interface Leaf {
  path: string
  required: boolean
  schema: z.ZodType
}

const leaves = (shape: Record<string, z.ZodType>, prefix = '', parentOptional = false): Leaf[] =>
  Object.entries(shape).flatMap(([key, schema]) => {
    const path = prefix ? `${prefix}.${key}` : key
    const unwrapped = unwrapOptional(schema)
    const inner = unwrapped.inner
    const optional = parentOptional || unwrapped.optional
    const def = inner._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType }
    if (def.type === 'object' && !z.globalRegistry.get(schema)?.relationTo && !(z.globalRegistry.get(schema) as { widget?: string } | undefined)?.widget) {
      return leaves(def.shape!, path, optional)
    }
    if (def.type === 'array' && (def.element!._zod.def as { type: string }).type === 'object') {
      return [{ path, required: !optional, schema }, ...leaves((def.element as z.ZodObject).shape, `${path}.0`)]
    }
    return [{ path, required: !optional, schema }]
  })

const findField = (fields: Field[], path: string): Field | undefined => {
  const [head, ...rest] = path.split('.').filter((p) => p !== '0')
  const field = fields.find((f) => 'name' in f && f.name === head)
  if (!field || rest.length === 0) return field
  return 'fields' in field ? findField(field.fields, rest.join('.')) : undefined
}

describe('CMS fields follow schemas/', () => {
  for (const type of CONTENT_TYPES.filter((t) => !SINGLETON_TYPES.includes(t.slug))) {
    it(`${type.slug}: every field exists, is required exactly when the standard says, and refuses to stay empty when required`, async () => {
      const collection = (collections as CollectionConfig[]).find((c) => c.slug === type.slug)
      expect(collection, `collection ${type.slug}`).toBeDefined()
      const mismatches: string[] = []
      for (const leaf of leaves({ ...type.fields.shape, ...(type.privateFields?.shape ?? {}) })) {
        const field = findField(collection!.fields, leaf.path)
        if (!field) {
          mismatches.push(`${leaf.path}: missing`)
          continue
        }
        if (field.type === 'group') continue
        const required = field.type === 'checkbox' ? leaf.required : Boolean((field as { required?: boolean }).required)
        if (required !== leaf.required) mismatches.push(`${leaf.path}: required ${required}, standard says ${leaf.required}`)
        const validate = (field as { validate?: Validate }).validate
        if (field.type === 'checkbox') continue
        if (typeof validate !== 'function') {
          mismatches.push(`${leaf.path}: no validator`)
          continue
        }
        const verdict = await validate(undefined, { req: { i18n: { language: 'id' } }, siblingData: {}, path: leaf.path.split('.') } as never)
        if (leaf.required && verdict !== 'Wajib diisi') mismatches.push(`${leaf.path}: an empty value gave ${JSON.stringify(verdict)}`)
        if (!leaf.required && verdict !== true) mismatches.push(`${leaf.path}: optional, but an empty value gave ${JSON.stringify(verdict)}`)
      }
      expect(mismatches).toEqual([])
    })
  }
})
