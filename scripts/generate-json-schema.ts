import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { CONTENT_TYPES } from '../schemas/index.ts'

/**
 * JSON Schema of every published content type, generated from zod for open-data users. The output is
 * committed; `npm test` fails when it differs from what this script would write.
 */
export const jsonSchemas = (): Record<string, string> =>
  Object.fromEntries(
    CONTENT_TYPES.map((type) => {
      const schema = z.toJSONSchema(type.published, { io: 'input', unrepresentable: 'any' })
      const document = { $id: `https://schemas.portal-opd.example/${type.slug}.schema.json`, title: type.name.en, ...schema }
      return [`${type.slug}.schema.json`, `${JSON.stringify(document, null, 2)}\n`]
    }),
  )

export const JSON_DIR = path.join(import.meta.dirname, '..', 'schemas', 'json')

if (process.argv[1] === import.meta.filename) {
  mkdirSync(JSON_DIR, { recursive: true })
  for (const file of readdirSync(JSON_DIR)) rmSync(path.join(JSON_DIR, file))
  for (const [file, text] of Object.entries(jsonSchemas())) writeFileSync(path.join(JSON_DIR, file), text)
  console.log(`wrote ${CONTENT_TYPES.length} JSON Schemas to schemas/json/`)
}
