import { z } from 'zod'
import { fieldMeta, unwrapOptional, type ContentType } from '../../schemas/index.ts'

/** What the site asks of an uploaded file, per upload collection: enough to link or render it. */
const FILE_SELECTION: Record<string, string> = {
  media: '{ id url filename mimeType filesize alt width height }',
  documents: '{ id url filename mimeType filesize title sha256 }',
}

/**
 * The GraphQL selection of a content type's published fields, derived from its schema, so the builder
 * asks for exactly what the contract checks. Relations come back as `{ id }` (OPDs also with their slug).
 */
export const selectionOf = (shape: Record<string, z.ZodType>): string =>
  Object.entries(shape)
    .map(([name, schema]) => {
      const meta = fieldMeta(schema)
      if (meta.upload) return `${name} ${FILE_SELECTION[meta.upload] ?? '{ id url }'}`
      if (meta.relationTo === 'opds') return `${name} { id slug }`
      if (meta.relationTo) return `${name} { id }`
      if (meta.widget === 'richText') return name
      const { inner } = unwrapOptional(schema)
      const def = inner._zod.def as { type: string; element?: z.ZodType }
      if (def.type === 'object') return `${name} { ${selectionOf((inner as z.ZodObject).shape)} }`
      if (def.type === 'array') return `${name} { ${selectionOf((unwrapOptional(def.element!).inner as z.ZodObject).shape)} }`
      return name
    })
    .join(' ')

export const pascal = (slug: string) =>
  slug
    .split('-')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('')

/**
 * Payload's name for a collection's list query: the slug in PascalCase, prefixed with `all` when its
 * singular is the same word (`news` -> `allNews`).
 */
export const listQueryName = (type: Pick<ContentType, 'slug'>, singular: (word: string) => string): string => {
  const plural = pascal(type.slug)
  return singular(plural) === plural ? `all${plural}` : plural
}
