import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CONTENT_TYPES, explain, patternsOf, unwrapOptional } from '../../schemas/index.ts'
import { ALL_EXAMPLES } from '../../schemas/examples/index.ts'

/** Dotted paths of every required leaf field (arrays checked through their first row). */
const requiredPaths = (schema: z.ZodType, prefix = ''): string[] => {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType }
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'unknown') return []
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([key, child]) => requiredPaths(child, prefix ? `${prefix}.${key}` : key))
  if (def.type === 'array') return [prefix, ...requiredPaths(def.element!, `${prefix}.0`)]
  return [prefix]
}

/** Dotted paths of every field with a named format (a pattern), required or not. */
const formatPaths = (schema: z.ZodType, prefix = ''): string[] => {
  const { inner } = unwrapOptional(schema)
  const def = inner._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType }
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([key, child]) => formatPaths(child, prefix ? `${prefix}.${key}` : key))
  if (def.type === 'array') return formatPaths(def.element!, `${prefix}.0`)
  return patternsOf(inner).length > 0 ? [prefix] : []
}

describe('curated examples', () => {
  it('cover every content type', () => {
    expect(ALL_EXAMPLES.map((e) => e.type.slug).sort()).toEqual(CONTENT_TYPES.map((t) => t.slug).sort())
  })

  for (const { type, valid, invalid } of ALL_EXAMPLES) {
    describe(type.slug, () => {
      it.each(valid.map((e) => [e.name, e.doc] as const))('valid: %s', (_name, doc) => {
        expect(explain(type.contract, doc)).toEqual([])
      })

      it.each(invalid.map((e) => [e.name, e.doc, e.errorPath] as const))('invalid: %s', (_name, doc, errorPath) => {
        const errors = explain(type.contract, doc)
        expect(errors.map((e) => e.path)).toContain(errorPath)
        for (const error of errors) expect(error.message).not.toMatch(/^Invalid|^Input tidak valid$/)
      })

      it('has an invalid example for every required field and every format rule', () => {
        const covered = new Set(invalid.map((e) => e.errorPath))
        expect(requiredPaths(type.fields).filter((path) => !covered.has(path))).toEqual([])
        expect(formatPaths(type.fields).filter((path) => !covered.has(path))).toEqual([])
      })
    })
  }
})
