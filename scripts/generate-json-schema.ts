import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { CONTENT_TYPES } from '../schemas/index.ts'
import { bundleJsonSchemas } from '../cms/exchange/bundle/format.ts'

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

/** The records of an export bundle that are not content types (users, files, manifest...), in `schemas/json/bundle/`. */
export const BUNDLE_JSON_DIR = path.join(JSON_DIR, 'bundle')
export { bundleJsonSchemas }

if (process.argv[1] === import.meta.filename) {
  mkdirSync(JSON_DIR, { recursive: true })
  for (const file of readdirSync(JSON_DIR)) rmSync(path.join(JSON_DIR, file), { recursive: true })
  for (const [file, text] of Object.entries(jsonSchemas())) writeFileSync(path.join(JSON_DIR, file), text)
  mkdirSync(BUNDLE_JSON_DIR)
  const bundle = bundleJsonSchemas()
  for (const [file, text] of Object.entries(bundle)) writeFileSync(path.join(BUNDLE_JSON_DIR, file), text)
  console.log(`wrote ${CONTENT_TYPES.length} JSON Schemas to schemas/json/ and ${Object.keys(bundle).length} to schemas/json/bundle/`)
}
