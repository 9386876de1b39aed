import { z } from 'zod'
import type { Text } from './text.ts'

/**
 * What the standard says about one field, beyond its zod type. Stored in zod's global registry with
 * `.meta()`, so it also appears in the generated JSON Schema, and the CMS builds its form from it.
 */
export interface FieldMeta {
  /** Form label, both languages. */
  label: Text
  /** One line for developers and open-data users: what the field holds and why. */
  description: string
  /** Hint under the field in the admin, both languages. */
  help?: Text
  /** Long text: a multi-line box in forms. */
  widget?: 'textarea' | 'richText'
  /** The field holds the id of a document of this collection. */
  relationTo?: string
  /** The field holds the id of an uploaded file of this collection. */
  upload?: string
  /** Allowed upload MIME types for `upload` fields. */
  mimeTypes?: readonly string[]
  /** Labels of the values of an enum field. */
  options?: Record<string, Text>
  /** Set by the system (computed or stamped), never typed by a person. */
  readOnly?: boolean
}

declare module 'zod' {
  interface GlobalMeta extends Partial<FieldMeta> {}
}

/** Attach label and doc to a field schema. Every field of every content type goes through here. */
export const field = <T extends z.ZodType>(schema: T, label: Text, description: string, extra: Partial<FieldMeta> = {}): T =>
  schema.meta({ label, description, ...extra }) as T

const WRAPPERS = new Set(['optional', 'nullable', 'default'])

/** The schema inside optional/nullable/default wrappers, and whether there was one (the field may be absent). */
export const unwrapOptional = (schema: z.ZodType): { inner: z.ZodType; optional: boolean } => {
  let inner = schema
  let optional = false
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: z.ZodType }
    if (!WRAPPERS.has(def.type) || !def.innerType) return { inner, optional }
    optional = true
    inner = def.innerType
  }
}

/** Read a field's metadata, which `field()` puts on the outermost schema or on one it wraps. */
export const fieldMeta = (schema: z.ZodType): Partial<FieldMeta> => {
  let current: z.ZodType | undefined = schema
  while (current) {
    const meta = z.globalRegistry.get(current) as Partial<FieldMeta> | undefined
    if (meta?.label) return meta
    const def = current._zod.def as { type: string; innerType?: z.ZodType }
    current = WRAPPERS.has(def.type) ? def.innerType : undefined
  }
  return {}
}

/** The definitions of a schema's checks (zod keeps them on the schema's definition). */
const checkDefs = (schema: z.ZodType) =>
  ((schema._zod.def as { checks?: { _zod: { def: Record<string, unknown> } }[] }).checks ?? []).map((c) => c._zod.def)

/** Regular expressions a string schema must match: the named formats it uses. */
export const patternsOf = (schema: z.ZodType): RegExp[] =>
  checkDefs(schema)
    .filter((d) => d.format === 'regex')
    .map((d) => d.pattern as RegExp)

/** The least number of items (arrays) or characters (strings) a schema asks for, if any. */
export const minimumLength = (schema: z.ZodType): number | undefined =>
  checkDefs(schema).find((d) => d.check === 'min_length')?.minimum as number | undefined
