import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { schemaFileOf } from './format.ts'

/** The committed, generated JSON Schemas (`npm run generate:schemas`): what a bundle is checked against. */
const SCHEMA_DIR = path.join(import.meta.dirname, '..', '..', '..', 'schemas', 'json')

const ajv = new Ajv2020({ allErrors: true, strict: false })
;(addFormats as unknown as (ajv: Ajv2020) => void)(ajv)
const compiled = new Map<string, ValidateFunction>()

const validatorFor = (file: string): ValidateFunction => {
  let validate = compiled.get(file)
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as object)
    compiled.set(file, validate)
  }
  return validate
}

/** One ajv error in Bahasa Indonesia, naming the field (`lines.0.realisation`). */
const describe = (error: ErrorObject): string => {
  const at = error.instancePath.replace(/^\//, '').replaceAll('/', '.')
  const field = (name: string) => (at ? `${at}.${name}` : name)
  const where = at ? `kolom ${at}` : 'dokumen'
  const p = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return `kolom ${field(String(p.missingProperty))}: wajib diisi tetapi tidak ada`
    case 'type':
      return `${where}: harus bertipe ${String(p.type)}`
    case 'enum':
      return `${where}: harus salah satu dari ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `${where}: harus bernilai ${JSON.stringify(p.allowedValue)}`
    case 'pattern':
      return `${where}: bentuknya tidak sesuai (pola ${String(p.pattern)})`
    case 'format':
      return `${where}: bukan ${String(p.format)} yang sah`
    case 'minLength':
      return `${where}: minimal ${String(p.limit)} karakter`
    case 'maxLength':
      return `${where}: maksimal ${String(p.limit)} karakter`
    case 'minimum':
    case 'exclusiveMinimum':
      return `${where}: terlalu kecil (batas ${String(p.limit)})`
    case 'maximum':
    case 'exclusiveMaximum':
      return `${where}: terlalu besar (batas ${String(p.limit)})`
    case 'minItems':
      return `${where}: minimal ${String(p.limit)} butir`
    case 'additionalProperties':
      return `kolom ${field(String(p.additionalProperty))}: tidak dikenal`
    default:
      return `${where}: tidak sesuai skema (${error.keyword})`
  }
}

/** Problems of one document against the JSON Schema of its collection or global; empty when it is valid. */
export const schemaProblems = (slug: string, doc: unknown): string[] => {
  const validate = validatorFor(schemaFileOf(slug))
  if (validate(doc)) return []
  // anyOf/oneOf repeat their branches' errors: keep the specific ones, once each.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
  return [...new Set(errors.map(describe))]
}

/** Problems of a bundle file against one of the bundle's own schemas (manifest, collection file). */
export const bundleFileProblems = (name: 'manifest' | 'collection', value: unknown): string[] => schemaProblems(name, value)
