import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUNDLE_JSON_DIR, bundleJsonSchemas, JSON_DIR, jsonSchemas } from '../../scripts/generate-json-schema.ts'

describe('generated JSON Schema', () => {
  it('is committed exactly as zod generates it (run `npm run generate:schemas` after changing schemas/)', () => {
    const expected = jsonSchemas()
    expect(readdirSync(JSON_DIR).sort()).toEqual([...Object.keys(expected), 'bundle'].sort())
    for (const [file, text] of Object.entries(expected)) expect(readFileSync(path.join(JSON_DIR, file), 'utf8'), file).toBe(text)
  })

  it('covers the export bundle\'s other records and its manifest the same way (schemas/json/bundle/)', () => {
    const expected = bundleJsonSchemas()
    expect(readdirSync(BUNDLE_JSON_DIR).sort()).toEqual(Object.keys(expected).sort())
    for (const [file, text] of Object.entries(expected)) expect(readFileSync(path.join(BUNDLE_JSON_DIR, file), 'utf8'), `bundle/${file}`).toBe(text)
  })
})
